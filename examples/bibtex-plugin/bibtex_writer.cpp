#include "bibtex_writer.hpp"

#include <vector>

#include "bib_record.hpp"
#include "bibtex_options.hpp"
#include "bibtex_records.hpp"
#include "citation_keys.hpp"
#include "latex_text.hpp"

namespace bibtex {

namespace {

std::string item_path(std::string_view section, size_t index) {
  return std::string(section) + "[" + std::to_string(index) + "]";
}

// Every item's key, claimed in one fixed order (publications, software, talks) whatever the
// options say, so that leaving a section out never changes the keys of the others. A changed
// publication id is reported when the publications are exported.
struct Keys {
  std::vector<std::string> publications, software, talks;
};

Keys assign_keys(const cvport::Cv& cv, bool report_changes, cvport::sdk::Diagnostics& diagnostics) {
  CitationKeys keys;
  Keys assigned;
  for (size_t i = 0; i < cv.publications.size(); ++i) {
    const cvport::Publication& publication = cv.publications[i];
    std::string wanted = key_characters(publication.id);
    if (wanted.empty()) wanted = derived_key(publication.title, publication.date.year);
    std::string key = keys.claim(wanted);
    if (key != publication.id && report_changes)
      diagnostics.warning("biblatex.key-changed", item_path("publications", i) + ".id",
                          "The id \"" + publication.id + "\" is not a usable citation key; the entry is cited as \"" +
                              key + "\". Use ASCII letters, digits and - _ : . / in ids.");
    assigned.publications.push_back(key);
  }
  for (const cvport::Software& software : cv.software)
    assigned.software.push_back(keys.claim(derived_key(software.name, software.date.year)));
  for (const cvport::Talk& talk : cv.talks)
    assigned.talks.push_back(keys.claim(derived_key(talk.title, talk.date.year)));
  return assigned;
}

// "publications, software and talks", as far as the options include them.
std::string section_list(const IncludedSections& options) {
  std::vector<std::string_view> names;
  if (options.publications) names.push_back("publications");
  if (options.software) names.push_back("software");
  if (options.talks) names.push_back("talks");
  if (names.empty()) return "no entries";
  std::string list(names.front());
  for (size_t i = 1; i < names.size(); ++i) list += (i + 1 == names.size() ? " and " : ", ") + std::string(names[i]);
  return list;
}

} // namespace

void write_bibtex(cvport::sdk::ExportContext& context) {
  const cvport::Cv& cv = context.cv;
  BibtexOptions read = read_options(context.options);
  IncludedSections options = included_sections(cv, read.sections);
  // Unknown or repeated names are warnings; a section left out is worth a note only if BibTeX
  // could have held it.
  cvport::report_section_choice(cvport::choose_sections(cv, read.sections), context.diagnostics, "biblatex",
                                [](cvport::SectionKind kind) {
                                  return kind == cvport::SectionKind::publications ||
                                         kind == cvport::SectionKind::software || kind == cvport::SectionKind::talks;
                                });
  Keys keys = assign_keys(cv, options.publications, context.diagnostics);

  std::vector<BibRecord> records;
  if (options.publications)
    for (size_t i = 0; i < cv.publications.size(); ++i)
      records.push_back(publication_record(cv.publications[i], keys.publications[i], item_path("publications", i),
                                           context.diagnostics));
  if (options.software)
    for (size_t i = 0; i < cv.software.size(); ++i)
      records.push_back(
          software_record(cv.software[i], keys.software[i], item_path("software", i), context.diagnostics));
  if (options.talks)
    for (size_t i = 0; i < cv.talks.size(); ++i)
      records.push_back(talk_record(cv.talks[i], cv.person, keys.talks[i], item_path("talks", i), context.diagnostics));
  if (records.empty())
    context.diagnostics.warning("biblatex.empty", "",
                                "The CV has no publications, software or talks to export (see the option sections).");

  // JabRef's encoding line tells the tools that read it that the file is UTF-8.
  std::string text =
      "% Encoding: UTF-8\n% " + cvport::one_line(cv.person.name) + ": " + section_list(options) + ", written by cvport.\n\n";
  for (const BibRecord& record : records) text += render_record(record);
  context.output.primary().write(text);
}

} // namespace bibtex
