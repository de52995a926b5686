// The options of the "orcid" format: each mapping choice the exporter makes is one of them.
#ifndef CVPORT_ORCID_OPTIONS_HPP
#define CVPORT_ORCID_OPTIONS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model_json.hpp"

namespace cvport::orcid {

// A user-named CV section sent to ORCID: "Patents=patent" maps sections[] titled "Patents"
// to works of type patent; a target may also be an affiliation section ("invited-position").
struct CustomSectionTarget {
  std::string title;
  std::string target;
};

struct Options {
  std::string contributor_role; // "author" | "none"
  std::string talks;            // a work type for talks, or "skip"
  std::string software;         // "with-doi" | "all" | "skip"
  bool include_media;
  std::string media_type;   // work type of media features when included
  std::string awards;       // "distinction" | "skip"
  std::string volunteer;    // "service" | "skip"
  std::string certificates; // "qualification" | "skip"
  bool venue_as_organization;
  std::string citation;   // "bibtex" | "none"
  bool person;            // researcher-urls, other-names, keywords, address
  std::string incomplete; // "separate" | "write" | "skip"
  int bulk_size;          // 1..100
  std::vector<CustomSectionTarget> custom_sections;
};

// The target named for a user-named section (the first, if several name it), or nullptr.
const CustomSectionTarget* target_of_section(const Options& options, std::string_view title);

// The JSON Schema of the options; its "default" values are the defaults.
const std::string& options_schema();

// `given` as the host passes it (defaults filled in) or partial (tests): missing options take
// the schema's defaults. Throws sdk::Error("orcid.bad-option", ...) on a value the schema
// refuses, so a test that passes one hears about it.
Options read_options(const Json& given);

// Every option with its value: `given`'s, or the default. What manifest.json records.
Json options_with_defaults(const Json& given);

} // namespace cvport::orcid

#endif
