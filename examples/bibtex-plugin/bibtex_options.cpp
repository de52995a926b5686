#include "bibtex_options.hpp"


namespace bibtex {

std::string options_schema() { return cvport::sdk::options_schema<BibtexOptions>(); }

BibtexOptions read_options(const cvport::Json& options) {
  return cvport::sdk::read_options<BibtexOptions>(options, "biblatex.bad-option");
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
