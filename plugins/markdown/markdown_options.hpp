// The Markdown format's options ("line-width", "sections"), their JSON Schema and defaults.
#ifndef CVPORT_MARKDOWN_OPTIONS_HPP
#define CVPORT_MARKDOWN_OPTIONS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/plugin.hpp"

namespace cvport::markdown {

struct StandardSection {
  std::string_view id; // the model's field name, used in the "sections" option
  std::string_view title;
};

// The standard sections in their default order; "custom" (every section of cv.sections) follows.
inline constexpr StandardSection kStandardSections[] = {
    {"education", "Education"},    {"work", "Work Experience"},      {"awards", "Awards"},
    {"funding", "Funding"},        {"talks", "Invited Talks"},    {"publications", "Publications"}, {"software", "Software"},
    {"media", "Media Features"},   {"service", "Service"},           {"skills", "Skills"},
    {"languages", "Languages"},    {"interests", "Interests"},       {"projects", "Projects"},
    {"volunteer", "Volunteering"}, {"certificates", "Certificates"}, {"references", "References"},
};
inline constexpr std::string_view kAllCustomSections = "custom";
inline constexpr std::string_view kCustomSectionPrefix = "custom:";
inline constexpr size_t kDefaultLineWidth = 80;

struct Options {
  size_t line_width = kDefaultLineWidth; // 0: no wrapping
  std::vector<std::string> sections;     // checked ids, without repeats, in the order to write
};

// The FormatSpec options schema (JSON Schema text).
std::string options_schema();

// Reads the options the host passed (absent keys take their defaults); reports unknown or
// repeated section ids as warnings and leaves them out. Throws sdk::Error on a wrong type.
Options read_options(const Json& options, sdk::Diagnostics& diagnostics);

} // namespace cvport::markdown

#endif
