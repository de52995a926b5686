// The Markdown format's options ("line-width", "sections", "front-matter"), declared once: the
// declaration gives their JSON Schema, their defaults and the typed struct (cvport/typed_options.hpp).
#ifndef CVPORT_MARKDOWN_OPTIONS_HPP
#define CVPORT_MARKDOWN_OPTIONS_HPP

#include <string>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/sections_option.hpp"
#include "cvport/typed_options.hpp"

namespace cvport::markdown {

// The section ids, titles and default order are the SDK's registry (cvport/sections.hpp).
inline constexpr size_t kDefaultLineWidth = 80;

struct Options {
  size_t line_width = kDefaultLineWidth; // 0: no wrapping
  std::vector<std::string> sections;     // as listed (cvport/sections.hpp); empty: every section
  bool front_matter = false;             // a YAML metadata block first: pagetitle, lang, dir
};

template <class V> void describe_options(V& v, Options& o) {
  v.option("line-width", o.line_width,
           "Wrap lines at this many columns (markdownlint's MD013 limit is 80); 0 writes each paragraph on one line.",
           sdk::at_least(0));
  v.option(kSectionsOptionName, o.sections, kSectionsOptionDescription, sdk::section_ids());
  v.option("front-matter", o.front_matter,
           "Start with a YAML metadata block (pagetitle, lang, dir) for pandoc, Jekyll and Hugo: pandoc sets the HTML "
           "page's title, language and direction from it (dir: rtl for Arabic and Hebrew). Plain CommonMark has no "
           "metadata and would show the block as text.");
}

// The FormatSpec options schema (JSON Schema text).
inline std::string options_schema() { return sdk::options_schema<Options>(); }

// Reads the options the host passed (absent keys take their defaults). Throws
// sdk::Error("markdown.bad-option", ...) on a wrong type. Unknown or repeated section names are
// reported when the sections are chosen.
inline Options read_options(const Json& options) { return sdk::read_options<Options>(options, "markdown.bad-option"); }

} // namespace cvport::markdown

#endif
