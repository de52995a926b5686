// TO BE REPLACED by the shared rendering helpers of the SDK (core/sdk/include/cvport/, branch
// sdk-render): section order and titles, identifier URLs, address and place text, list joining.
// Until they land, the PDF layout calls these small functions and nothing else of the kind, so
// switching is one edit of the includes and this file's removal. Not copied from the DOCX plugin:
// written to the same contract so both formats show the same sections, titles and texts.
#ifndef CVPORT_PDF_SDK_STAND_INS_HPP
#define CVPORT_PDF_SDK_STAND_INS_HPP

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/plugin.hpp"

namespace cvport::pdf {

// The non-empty pieces joined with `separator`.
std::string join_nonempty(std::initializer_list<std::string_view> pieces, std::string_view separator);
std::string join_nonempty(const std::vector<std::string>& pieces, std::string_view separator);

// "Boston, MA, US".
std::string place_text(const Organization& organization);
// "360 Huntington Ave, 02115 Boston, MA, US".
std::string location_text(const Location& location);
// The organisation's web site, else its ROR record, else "".
std::string organization_url(const Organization& organization);
// "https://doi.org/10.1145/..." with the characters a URL cannot hold percent-encoded.
std::string doi_url(std::string_view doi);

enum class SectionKind {
  education, work, awards, funding, talks, publications, software, media, service,
  projects, volunteer, skills, languages, interests, certificates, references, custom
};

struct SectionChoice {
  SectionKind kind;
  std::string id;    // "education", or the slug of a custom section's title
  std::string title; // the heading
  std::string path;  // model path: "education", "sections[2]"
  std::size_t custom_index = 0;
};

// The sections to show: every section with data in the standard order (custom ones last), or
// those `requested` lists, in that order. An unknown id is a warning ("pdf.unknown-section"),
// a section with data left out a note ("pdf.section-omitted").
std::vector<SectionChoice> choose_sections(const Cv& cv, const std::vector<std::string>& requested,
                                           sdk::Diagnostics& diagnostics);

// The intro of a section (cv.intros, or the custom section's), "" when it has none.
const std::string& section_intro(const Cv& cv, const SectionChoice& section);

} // namespace cvport::pdf

#endif
