#include "markdown_options.hpp"

#include <algorithm>

namespace cvport::markdown {
namespace {

Json default_sections() {
  Json ids = Json::array();
  for (const StandardSection& section : kStandardSections) ids.push_back(section.id);
  ids.push_back(kAllCustomSections);
  return ids;
}

bool is_known_section(std::string_view id) {
  if (id == kAllCustomSections) return true;
  if (id.substr(0, kCustomSectionPrefix.size()) == kCustomSectionPrefix)
    return id.size() > kCustomSectionPrefix.size();
  return std::any_of(std::begin(kStandardSections), std::end(kStandardSections),
                     [&](const StandardSection& section) { return section.id == id; });
}

// The host converts `--option sections=a,b` by the schema; a comma-separated string is read
// the same way in case a host passes the text through.
std::vector<std::string> section_list(const Json& value) {
  std::vector<std::string> ids;
  if (value.is_string()) {
    std::string text = value.get<std::string>();
    size_t start = 0;
    while (start <= text.size()) {
      size_t comma = std::min(text.find(',', start), text.size());
      std::string id = text.substr(start, comma - start);
      id.erase(0, id.find_first_not_of(' '));
      id.erase(id.find_last_not_of(' ') + 1);
      if (!id.empty()) ids.push_back(id);
      start = comma + 1;
    }
    return ids;
  }
  if (!value.is_array())
    throw sdk::Error("markdown.bad-option", "", "the option \"sections\" must be a list of section ids");
  for (const Json& item : value) {
    if (!item.is_string())
      throw sdk::Error("markdown.bad-option", "", "the option \"sections\" must list section ids as strings");
    ids.push_back(item.get<std::string>());
  }
  return ids;
}

} // namespace

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
        {"sections",
         {{"type", "array"},
          {"items", {{"type", "string"}}},
          {"default", default_sections()},
          {"description",
           "The sections to write, in this order: education, work, awards, funding, talks, publications, "
           "software, media, service, skills, languages, interests, projects, volunteer, "
           "certificates, references; \"custom:<title>\" for the custom sections with that "
           "title, \"custom\" for every custom section not named before."}}}}},
      {"additionalProperties", false}};
  return schema.dump();
}

Options read_options(const Json& options, sdk::Diagnostics& diagnostics) {
  Options result;
  if (auto width = options.find("line-width"); width != options.end()) {
    if (!width->is_number_integer() || width->get<long long>() < 0)
      throw sdk::Error("markdown.bad-option", "",
                       "the option \"line-width\" must be a whole number, 0 or more");
    result.line_width = width->get<size_t>();
  }
  auto sections = options.find("sections");
  std::vector<std::string> ids =
      sections != options.end() ? section_list(*sections) : section_list(default_sections());
  for (size_t i = 0; i < ids.size(); ++i) {
    std::string path = "options.sections[" + std::to_string(i) + "]";
    if (!is_known_section(ids[i])) {
      diagnostics.warning(
          "markdown.unknown-section", path,
          "\"" + ids[i] +
              "\" is not a section id, so it was ignored; use one of education, work, "
              "awards, funding, talks, publications, software, media, service, skills, languages, interests, "
              "projects, volunteer, certificates, references, custom or custom:<title>.");
    } else if (std::find(result.sections.begin(), result.sections.end(), ids[i]) != result.sections.end()) {
      diagnostics.warning("markdown.duplicate-section", path,
                          "the section \"" + ids[i] +
                              "\" is listed twice; it is written once, at its first place.");
    } else {
      result.sections.push_back(ids[i]);
    }
  }
  return result;
}

} // namespace cvport::markdown
