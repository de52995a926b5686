// Variants: one view of a CV for one audience (docs/source-format.md, "Variants"). The host
// applies a variant to the model before any format sees it, so every format shows the same
// selection; the ORCID bundle, a record that should be complete, gets the whole CV unless asked.
#ifndef CVPORT_VARIANT_HPP
#define CVPORT_VARIANT_HPP

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/diagnostics.hpp"
#include "cvport/model.hpp"
#include "cvport/options.hpp"

namespace cvport {

// What the command line asks for: a declared variant (--variant NAME), and the host's options
// that make or change one (--option tags=ml,systems, --option selected=true,
// --option orcid.variant=apply).
struct VariantRequest {
  std::string name;               // --variant; "" = none declared
  std::vector<std::string> tags;  // --option tags=: replaces the variant's include_tags
  std::string tags_argument;      // "--option tags=ml,systems", for messages
  bool selected_only = false;     // --option selected=true
  bool apply_to_orcid = false;    // --option orcid.variant=apply

  bool given() const { return !name.empty() || !tags.empty() || selected_only; }
};

// The host options of VariantRequest, by key.
inline constexpr std::string_view kTagsOption = "tags";
inline constexpr std::string_view kSelectedOption = "selected";
inline constexpr std::string_view kOrcidVariantOption = "variant"; // scoped: orcid.variant
// The formats that ignore a variant unless --option <id>.variant=apply: their output is a record
// that should be complete.
inline constexpr std::string_view kCompleteRecordFormats[] = {"orcid"};

// Moves the host's options out of `assignments` into `request`, so no format receives them or
// calls them unknown. A bad value is a usage error in `usage`.
void take_variant_options(std::vector<OptionAssignment>& assignments, VariantRequest& request,
                          DiagnosticList& usage);

struct AppliedVariant {
  Cv cv;                          // the CV as the variant shows it
  std::vector<std::string> sections; // the variant's section list, for formats with a sections option
  bool empty = false;             // the variant leaves no entry: nothing is to be written
  // For each list the variant shortened ("publications", "sections[2].entries"), the index in the
  // source of each entry kept, so a format's message about the shown CV is placed in the source.
  std::map<std::string, std::vector<size_t>> kept;
};

// Applies `request` to `cv` (read from `file`). Problems go into `diagnostics` with model paths of
// the source (variants[0].include_tags[1]) for the caller to locate. nullopt on an error: an
// unknown variant or section.
std::optional<AppliedVariant> apply_variant(const Cv& cv, const VariantRequest& request, const std::string& file,
                                            DiagnosticList& diagnostics);

// What `cvport validate` says of the variants the file declares: each is applied as
// `cvport export --variant NAME` would apply it, so an unknown section (error), a tag no entry
// carries and a variant that leaves nothing (warnings) are found before an export. Model paths, as
// apply_variant's.
void check_declared_variants(const Cv& cv, const std::string& file, DiagnosticList& diagnostics);

// Rewrites the paths of diagnostics about the shown CV ("publications[0].doi") to the source's
// ("publications[3].doi").
void restore_source_paths(const AppliedVariant& applied, DiagnosticList& diagnostics);

} // namespace cvport

#endif
