#include "markdown_options.hpp"

#include "cvport/sections_option.hpp"

namespace cvport::markdown {

std::string options_schema() {
  Json schema = {
      {"type", "object"},
      {"properties",
       {{"line-width",
         {{"type", "integer"},
          {"minimum", 0},
          {"default", kDefaultLineWidth},
          {"description", "Wrap lines at this many columns (markdownlint's MD013 limit is 80); 0 writes each "
                          "paragraph on one line."}}},
        {kSectionsOptionName, sections_option_schema()},
        {"front-matter",
         {{"type", "boolean"},
          {"default", false},
          {"description", "Start with a YAML metadata block (pagetitle, lang, dir) for pandoc, Jekyll and Hugo: pandoc "
                          "sets the HTML page's title, language and direction from it (dir: rtl for Arabic "
                          "and Hebrew). Plain CommonMark has no metadata and would show the block as text."}}}}},
      {"additionalProperties", false}};
  return schema.dump();
}

Options read_options(const Json& options) {
  Options result;
  if (auto width = options.find("line-width"); width != options.end()) {
    if (!width->is_number_integer() || width->get<long long>() < 0)
      throw sdk::Error("markdown.bad-option", "",
                       "the option \"line-width\" must be a whole number, 0 or more");
    result.line_width = width->get<size_t>();
  }
  std::optional<std::vector<std::string>> sections = read_sections_option(options);
  if (!sections)
    throw sdk::Error("markdown.bad-option", "", "the option \"sections\" must be a list of section ids");
  result.sections = std::move(*sections);
  if (auto front_matter = options.find("front-matter"); front_matter != options.end()) {
    if (!front_matter->is_boolean())
      throw sdk::Error("markdown.bad-option", "", "the option \"front-matter\" must be true or false");
    result.front_matter = front_matter->get<bool>();
  }
  return result;
}

} // namespace cvport::markdown
