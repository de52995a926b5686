// The Markdown format's options ("line-width", "sections", "front-matter"), their JSON Schema and defaults.
#ifndef CVPORT_MARKDOWN_OPTIONS_HPP
#define CVPORT_MARKDOWN_OPTIONS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/plugin.hpp"

namespace cvport::markdown {

// The section ids, titles and default order are the SDK's registry (cvport/sections.hpp).
inline constexpr size_t kDefaultLineWidth = 80;

struct Options {
  size_t line_width = kDefaultLineWidth; // 0: no wrapping
  std::vector<std::string> sections;     // as listed (cvport/sections.hpp); empty: every section
  bool front_matter = false;             // a YAML metadata block first: pagetitle, lang, dir
};

// The FormatSpec options schema (JSON Schema text).
std::string options_schema();

// Reads the options the host passed (absent keys take their defaults). Throws sdk::Error on a
// wrong type. Unknown or repeated section names are reported when the sections are chosen.
Options read_options(const Json& options);

} // namespace cvport::markdown

#endif
