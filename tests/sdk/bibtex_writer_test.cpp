// The BibTeX example's writer, driven through the in-memory host as cvport would drive it.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "bibtex_options.hpp"
#include "cvport/sections_option.hpp"
#include "bibtex_writer.hpp"
#include "golden.hpp"
#include "memory_host.hpp"
#include "test_paths.hpp"

namespace bibtex {
namespace {

using cvport::testing::MemoryHost;

std::string header(std::string_view sections = "publications, software and talks") {
  return "% Encoding: UTF-8\n% Ada Lovelace: " + std::string(sections) + ", written by cvport.\n\n";
}

cvport::Cv ada() {
  cvport::Cv cv;
  cv.person.name = "Ada Lovelace";
  return cv;
}

cvport::Publication publication(std::string id, std::string type) {
  cvport::Publication item;
  item.id = std::move(id);
  item.type = std::move(type);
  item.title = "A Title";
  item.authors = {{.name = "Ada Lovelace", .self = true}};
  item.venue = {.short_name = "", .name = "The Venue"};
  item.date = {.year = 2020};
  item.publisher = "The Publisher";
  return item;
}

std::string export_bib(MemoryHost& host, const cvport::Cv& cv,
                       const cvport::Json& sections = cvport::Json::array()) {
  host.run_export(&write_bibtex, cv, cvport::Json{{"sections", sections}}, "biblatex");
  return host.outputs[""];
}

const cvport::testing::CapturedDiagnostic* find(const MemoryHost& host, std::string_view code) {
  for (const auto& diagnostic : host.diagnostics)
    if (diagnostic.code == code) return &diagnostic;
  return nullptr;
}

TEST(BibtexWriter, ExampleCvMatchesGolden) {
  std::filesystem::path source = cvport::testing::source_dir() / "tests" / "data" / "baolin-li.cvport.json";
  cvport::Cv cv = cvport::cv_from_json_text(cvport::testing::read_file(source));
  MemoryHost host;
  std::string bib = export_bib(host, cv);
  EXPECT_TRUE(host.diagnostics.empty()) << host.diagnostics.front().code << ": " << host.diagnostics.front().message;
  cvport::testing::expect_golden(
      cvport::testing::source_dir() / "tests" / "sdk" / "golden" / "baolin-li.bib", bib);
}

TEST(BibtexWriter, JournalArticleWithEveryField) {
  cvport::Cv cv = ada();
  cvport::Publication& article = cv.publications.emplace_back(publication("doe2024graphs", "journal-article"));
  article.title = "Graphs & GPUs: A Survey";
  article.authors = {{.name = "Jane Doe", .self = false}, {.name = "Li, Wei", .self = false}};
  article.et_al = true;
  article.venue = {.short_name = "JPDC", .name = "Journal of Parallel and Distributed Computing"};
  article.date = {.year = 2024, .month = 3};
  article.volume = "12";
  article.issue = "3";
  article.pages = "101-120";
  article.publisher = "Elsevier";
  article.doi = "10.1016/j.jpdc.2024.01.001";
  article.url = "https://example.org/paper";
  article.status = "in-press";
  article.award = "Best Paper";
  article.note = "Invited extension.";
  MemoryHost host;
  EXPECT_EQ(export_bib(host, cv), header() + "@article{doe2024graphs,\n"
                                             "  author       = {Jane Doe and Li, Wei and others},\n"
                                             "  title        = {Graphs \\& {GPUs}: A Survey},\n"
                                             "  journal      = {{Journal of Parallel and Distributed Computing}},\n"
                                             "  shortjournal = {{JPDC}},\n"
                                             "  year         = {2024},\n"
                                             "  month        = mar,\n"
                                             "  volume       = {12},\n"
                                             "  number       = {3},\n"
                                             "  pages        = {101--120},\n"
                                             "  publisher    = {Elsevier},\n"
                                             "  doi          = {10.1016/j.jpdc.2024.01.001},\n"
                                             "  url          = {https://example.org/paper},\n"
                                             "  note         = {In press. Best Paper. Invited extension},\n"
                                             "}\n\n");
  EXPECT_TRUE(host.diagnostics.empty());
}

struct TypeCase {
  const char* publication_type;
  const char* entry_start;
  const char* venue_line;
  const char* note_line; // "" = no note
};

TEST(BibtexWriter, EntryTypeAndVenueFieldFollowThePublicationType) {
  const TypeCase cases[] = {
      {"journal-article", "@article{p,", "  journal   = {{The Venue}},", ""},
      {"conference-paper", "@inproceedings{p,", "  booktitle = {{The Venue}},", ""},
      {"workshop-paper", "@inproceedings{p,", "  booktitle = {{The Venue}},", ""},
      {"book", "@book{p,", "  series    = {{The Venue}},", ""},
      {"book-chapter", "@incollection{p,", "  booktitle = {{The Venue}},", ""},
      {"thesis", "@phdthesis{p,", "  school    = {{The Venue}},", ""},
      {"report", "@techreport{p,", "  institution = {{The Venue}},", ""},
      {"preprint", "@unpublished{p,", "  howpublished = {{The Venue}},", "  note         = {Preprint},"},
      {"poster", "@unpublished{p,", "  eventtitle = {{The Venue}},", "  note       = {Poster},"},
      {"patent", "@patent{p,", "  howpublished = {{The Venue}},", ""},
      {"other", "@misc{p,", "  howpublished = {{The Venue}},", ""},
  };
  for (const TypeCase& test : cases) {
    cvport::Cv cv = ada();
    cv.publications.push_back(publication("p", test.publication_type));
    MemoryHost host;
    std::string bib = export_bib(host, cv);
    EXPECT_NE(bib.find(header() + test.entry_start + "\n"), std::string::npos) << test.publication_type << "\n" << bib;
    EXPECT_NE(bib.find(std::string(test.venue_line) + "\n"), std::string::npos) << test.publication_type << "\n" << bib;
    if (*test.note_line)
      EXPECT_NE(bib.find(test.note_line), std::string::npos) << test.publication_type << "\n" << bib;
    else
      EXPECT_EQ(bib.find("  note"), std::string::npos) << test.publication_type << "\n" << bib;
    EXPECT_TRUE(host.diagnostics.empty()) << test.publication_type;
  }
}

TEST(BibtexWriter, APatentCarriesItsNumber) {
  cvport::Cv cv = ada();
  cvport::Publication patent = publication("p", "patent");
  patent.number = "US 10,234,567 B2";
  cv.publications.push_back(patent);
  MemoryHost host;
  std::string bib = export_bib(host, cv);
  EXPECT_NE(bib.find("@patent{p,"), std::string::npos) << bib;
  EXPECT_NE(bib.find("  number"), std::string::npos) << bib;
  EXPECT_NE(bib.find("= {US 10,234,567 B2},"), std::string::npos) << bib;
}

TEST(BibtexWriter, ThesisWithoutVenueNamesThePublisherAsSchool) {
  cvport::Cv cv = ada();
  cvport::Publication& thesis = cv.publications.emplace_back(publication("t", "thesis"));
  thesis.venue = {};
  thesis.publisher = "Northeastern University";
  MemoryHost host;
  std::string bib = export_bib(host, cv);
  EXPECT_NE(bib.find("  school = {{Northeastern University}},\n"), std::string::npos) << bib;
  EXPECT_EQ(bib.find("publisher"), std::string::npos) << bib;
  EXPECT_TRUE(host.diagnostics.empty());
}

TEST(BibtexWriter, MissingRequiredFieldsAreWarningsAtTheModelField) {
  cvport::Cv cv = ada();
  cvport::Publication& article = cv.publications.emplace_back(publication("a", "journal-article"));
  article.venue = {};
  article.date = {};
  cvport::Publication& book = cv.publications.emplace_back(publication("b", "book"));
  book.publisher = "";
  MemoryHost host;
  export_bib(host, cv);
  ASSERT_EQ(host.diagnostics.size(), 3u);
  EXPECT_EQ(host.diagnostics[0].code, "biblatex.no-venue");
  EXPECT_EQ(host.diagnostics[0].path, "publications[0].venue");
  EXPECT_EQ(host.diagnostics[0].message,
            "A BibTeX @article needs its journal: add venue: {name: ...} to this publication.");
  EXPECT_EQ(host.diagnostics[1].code, "biblatex.no-year");
  EXPECT_EQ(host.diagnostics[1].path, "publications[0].date");
  EXPECT_EQ(host.diagnostics[2].code, "biblatex.no-publisher");
  EXPECT_EQ(host.diagnostics[2].path, "publications[1].publisher");
  for (const auto& diagnostic : host.diagnostics) EXPECT_EQ(diagnostic.severity, CVPORT_SEVERITY_WARNING);
}

TEST(BibtexWriter, FactsBibtexCannotHoldAreNotes) {
  cvport::Cv cv = ada();
  cvport::Publication& thesis = cv.publications.emplace_back(publication("t", "thesis"));
  thesis.venue.short_name = "NEU";
  thesis.date = {.year = 2024, .month = 5, .day = 2};
  cvport::Talk& talk = cv.talks.emplace_back();
  talk.title = "Undated";
  talk.date_label = "Fall 2016";
  MemoryHost host;
  std::string bib = export_bib(host, cv);
  ASSERT_EQ(host.diagnostics.size(), 3u);
  EXPECT_EQ(host.diagnostics[0].code, "biblatex.venue-short-dropped");
  EXPECT_EQ(host.diagnostics[0].path, "publications[0].venue.short");
  EXPECT_EQ(host.diagnostics[1].code, "biblatex.day-dropped");
  EXPECT_EQ(host.diagnostics[1].path, "publications[0].date");
  EXPECT_EQ(host.diagnostics[2].code, "biblatex.date-label-dropped");
  EXPECT_EQ(host.diagnostics[2].path, "talks[0].date_label");
  for (const auto& diagnostic : host.diagnostics) EXPECT_EQ(diagnostic.severity, CVPORT_SEVERITY_NOTE);
  EXPECT_NE(bib.find("  year      = {2024},\n  month     = may,\n"), std::string::npos) << bib;
}

TEST(BibtexWriter, SoftwareAndTalks) {
  cvport::Cv cv = ada();
  cv.software.push_back({.name = "Analytical Engine Emulator",
                         .description = "runs notes",
                         .date = {.year = 2020, .month = 5},
                         .doi = "10.5281/zenodo.1",
                         .url = "https://example.org/ae"});
  cvport::Talk& talk = cv.talks.emplace_back();
  talk.title = "On the GPU";
  talk.event = "Seminar";
  talk.host.name = "Univ";
  talk.host.department = "CS Dept";
  talk.date = {.year = 2021};
  talk.location.city = "London";
  talk.location.country = "GB";
  talk.url = "https://example.org/talk";
  talk.summary = "About it.";
  MemoryHost host;
  EXPECT_EQ(export_bib(host, cv), header() + "@software{analytical2020,\n"
                                             "  title    = {Analytical Engine Emulator},\n"
                                             "  year     = {2020},\n"
                                             "  month    = may,\n"
                                             "  doi      = {10.5281/zenodo.1},\n"
                                             "  url      = {https://example.org/ae},\n"
                                             "  abstract = {runs notes},\n"
                                             "}\n\n"
                                             "@unpublished{gpu2021,\n"
                                             "  author       = {Ada Lovelace},\n"
                                             "  title        = {On the {GPU}},\n"
                                             "  eventtitle   = {{Seminar}},\n"
                                             "  organization = {CS Dept, Univ},\n"
                                             "  venue        = {London, GB},\n"
                                             "  year         = {2021},\n"
                                             "  url          = {https://example.org/talk},\n"
                                             "  note         = {Invited talk, Seminar, CS Dept, Univ},\n"
                                             "  abstract     = {About it.},\n"
                                             "}\n\n");
  EXPECT_TRUE(host.diagnostics.empty());
}

TEST(BibtexWriter, AuthorNamesThatWouldSplitAreBracedWhole) {
  cvport::Cv cv = ada();
  cvport::Publication& item = cv.publications.emplace_back(publication("p", "other"));
  item.authors = {{.name = "Ben and Jerry", .self = false},
                  {.name = "Anderson Sandberg", .self = false},
                  {.name = "A, B, C, D", .self = false}};
  MemoryHost host;
  EXPECT_NE(export_bib(host, cv).find("  author       = {{Ben and Jerry} and Anderson Sandberg and {A, B, C, D}},\n"),
            std::string::npos)
      << host.outputs[""];
}

cvport::Cv clashing_cv() {
  cvport::Cv cv = ada();
  cv.publications.push_back(publication("miso", "conference-paper"));
  cv.publications.push_back(publication("li 2023 {x}", "conference-paper"));
  cv.software.push_back({.name = "MISO", .description = "", .date = {}, .doi = "10.5281/zenodo.7853719", .url = ""});
  cvport::Talk& talk = cv.talks.emplace_back();
  talk.title = "MISO";
  return cv;
}

TEST(BibtexWriter, KeysAreUniqueAndUsable) {
  MemoryHost host;
  std::string bib = export_bib(host, clashing_cv());
  EXPECT_NE(bib.find("@inproceedings{miso,"), std::string::npos) << bib;
  EXPECT_NE(bib.find("@inproceedings{li2023x,"), std::string::npos) << bib;
  EXPECT_NE(bib.find("@software{misob,"), std::string::npos) << bib;
  EXPECT_NE(bib.find("@unpublished{misoc,"), std::string::npos) << bib;
  const auto* changed = find(host, "biblatex.key-changed");
  ASSERT_NE(changed, nullptr);
  EXPECT_EQ(changed->path, "publications[1].id");
  EXPECT_EQ(changed->severity, CVPORT_SEVERITY_WARNING);
}

TEST(BibtexWriter, SectionsOptionSelectsSectionsWithoutChangingKeys) {
  MemoryHost host;
  std::string talks_only = export_bib(host, clashing_cv(), cvport::Json::array({"talks"}));
  EXPECT_EQ(talks_only, header("talks") + "@unpublished{misoc,\n"
                                          "  author = {Ada Lovelace},\n"
                                          "  title  = {{MISO}},\n"
                                          "  note   = {Invited talk},\n"
                                          "}\n\n");
  MemoryHost software_host;
  std::string software_only = export_bib(software_host, clashing_cv(), cvport::Json::array({"software"}));
  EXPECT_EQ(software_only.rfind(header("software"), 0), 0u);
  EXPECT_NE(software_only.find("@software{misob,"), std::string::npos);
  EXPECT_EQ(software_only.find("@inproceedings"), std::string::npos);
  EXPECT_EQ(software_only.find("@unpublished"), std::string::npos);
  EXPECT_EQ(find(software_host, "biblatex.key-changed"), nullptr); // the unusable publication id is not exported
}

TEST(BibtexWriter, NothingToExportIsAWarning) {
  MemoryHost host;
  EXPECT_EQ(export_bib(host, clashing_cv(), cvport::Json::array({"education"})), header("no entries"));
  ASSERT_NE(find(host, "biblatex.empty"), nullptr);
  EXPECT_EQ(find(host, "biblatex.empty")->severity, CVPORT_SEVERITY_WARNING);
}

TEST(BibtexOptions, TheSharedSectionsOption) {
  cvport::Json schema = cvport::Json::parse(options_schema());
  EXPECT_EQ(schema["properties"]["sections"], (cvport::Json{{"type", "array"},
                                                           {"items", {{"type", "string"}}},
                                                           {"default", cvport::Json::array()},
                                                           {"description", cvport::kSectionsOptionDescription}}));
  EXPECT_EQ(schema["additionalProperties"], false);
  EXPECT_TRUE(read_options(cvport::Json::object()).sections.empty());
  EXPECT_THROW(read_options({{"sections", 3}}), cvport::sdk::Error);
  cvport::Cv cv = clashing_cv();
  IncludedSections all = included_sections(cv, {});
  EXPECT_TRUE(all.publications && all.software && all.talks);
  // Ids and titles, as every format reads them; names of sections BibTeX cannot hold are no error.
  IncludedSections some = included_sections(cv, {"education", "Invited Talks", "software"});
  EXPECT_FALSE(some.publications);
  EXPECT_TRUE(some.software && some.talks);
}

TEST(BibtexWriter, UnknownSectionNamesAreWarningsAndOnlyWritableSectionsAreNoted) {
  MemoryHost host;
  cvport::Cv cv = clashing_cv();
  cv.education.resize(1);
  export_bib(host, cv, cvport::Json::array({"software", "nonsense"}));
  ASSERT_NE(find(host, "biblatex.unknown-section"), nullptr);
  EXPECT_EQ(find(host, "biblatex.unknown-section")->path, "options.sections[1]");
  std::vector<std::string> omitted;
  for (const auto& diagnostic : host.diagnostics)
    if (diagnostic.code == "biblatex.section-omitted") omitted.push_back(diagnostic.path);
  EXPECT_EQ(omitted, (std::vector<std::string>{"talks", "publications"})); // not education
}

} // namespace
} // namespace bibtex
