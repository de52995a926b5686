#include "bibtex_options.hpp"

#include "cvport/plugin.hpp"
#include "cvport/sections_option.hpp"

namespace bibtex {

std::string options_schema() {
  cvport::Json schema = {{"type", "object"},
                         {"properties", {{cvport::kSectionsOptionName, cvport::sections_option_schema()}}},
                         {"additionalProperties", false}};
  return schema.dump();
}

BibtexOptions read_options(const cvport::Json& options) {
  std::optional<std::vector<std::string>> sections = cvport::read_sections_option(options);
  if (!sections)
    throw cvport::sdk::Error("biblatex.bad-option", "", "the option sections must be a list of section ids");
  return {.sections = std::move(*sections)};
}

IncludedSections included_sections(const cvport::Cv& cv, const std::vector<std::string>& sections) {
  if (sections.empty()) return {};
  IncludedSections included{.publications = false, .software = false, .talks = false};
  std::vector<cvport::CvSection> all = cvport::all_sections(cv);
  for (const std::string& name : sections) {
    const cvport::CvSection* section = cvport::find_section(all, name);
    if (!section) continue;
    included.publications |= section->kind == cvport::SectionKind::publications;
    included.software |= section->kind == cvport::SectionKind::software;
    included.talks |= section->kind == cvport::SectionKind::talks;
  }
  return included;
}

} // namespace bibtex
