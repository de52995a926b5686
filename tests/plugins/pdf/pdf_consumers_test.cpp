// The example CV's PDF as poppler-utils and qpdf read it: every fact in the extracted text, in
// reading order; fonts embedded as subsets; a clean structure; the right page size; a bookmark
// per section; link annotations on the DOIs and URLs; the extracted layout against its golden file.
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "docx_test_support.hpp"
#include "english_labels.hpp"
#include "golden.hpp"
#include "pdf_test_support.hpp"
#include "test_paths.hpp"

namespace cvport::pdf::testing {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kExampleSections = {"Education",     "Work Experience",  "Awards and Honors",
                                                   "Invited Talks", "Publications",     "Software and Data",
                                                   "Media Features", "Service"};

const ExportedPdf& example_pdf() {
  static const ExportedPdf exported = export_pdf(docx::testing::example_cv(), "baolin-li");
  return exported;
}

// Every fact of tests/data/seed-facts.txt is in pdftotext's text. Lines wrap wherever the page
// ends, inside URLs too, so the comparison ignores white space.
TEST(PdfConsumers, PdftotextHoldsEveryFactOfTheSeedCv) {
  std::string text = without_whitespace(pdftotext(example_pdf().path, Extraction::raw));
  std::istringstream facts(cvport::testing::read_file(cvport::testing::source_dir() / "tests/data/seed-facts.txt"));
  int checked = 0;
  for (std::string line; std::getline(facts, line);) {
    if (line.rfind("# ", 0) == 0 || line.find_first_not_of(" \t\r") == std::string::npos) continue;
    EXPECT_NE(text.find(without_whitespace(line)), std::string::npos) << "missing fact: " << line;
    ++checked;
  }
  EXPECT_GT(checked, 100);
}

// What an applicant tracking system parses: section after section, each entry's title before
// its details, the date on the title's line.
TEST(PdfConsumers, TextComesOutInReadingOrder) {
  std::string text = pdftotext(example_pdf().path, Extraction::raw);
  std::size_t at = text.find("Baolin Li");
  ASSERT_NE(at, std::string::npos);
  for (const std::string& heading : kExampleSections) {
    std::size_t found = text.find(heading + "\n", at);
    ASSERT_NE(found, std::string::npos) << heading << " missing or out of order";
    EXPECT_TRUE(text[found - 1] == '\n' || text[found - 1] == '\f') << heading << " is not a line of its own";
    at = found;
  }
  Cv cv = docx::testing::example_cv();
  std::string flat = without_whitespace(text);
  std::size_t previous = 0;
  for (const Publication& publication : cv.publications) {
    std::size_t title = flat.find(without_whitespace(publication.title), previous);
    ASSERT_NE(title, std::string::npos) << publication.title;
    std::size_t author = flat.find(without_whitespace(publication.authors.back().name), title);
    std::size_t venue = flat.find(without_whitespace(publication.venue.name), title);
    EXPECT_LT(author, venue) << publication.title;
    EXPECT_NE(venue, std::string::npos) << publication.title;
    previous = title;
  }
  for (const char* line : {"ML System Research Intern, Netflix, Los Gatos, CA, US Summer 2023\n",
                          "System Engineer, Silicon Labs, Austin, TX, US 2017 \u2013 2019\n",
                          "Northeastern University, Boston, MA, US 2024\n"})
    EXPECT_NE(text.find(line), std::string::npos) << "not one line: " << line;
}

// Checks the lines of pdffonts: every font embedded, as a subset (a tagged name); returns how many.
int check_fonts_embedded_as_subsets(const fs::path& pdf) {
  std::string fonts = command_output("pdffonts '" + pdf.string() + "'");
  std::istringstream lines(fonts);
  std::string line;
  std::getline(lines, line); // header
  std::getline(lines, line); // ----
  int count = 0;
  for (; std::getline(lines, line); ++count) {
    std::istringstream words(line);
    std::vector<std::string> fields{std::istream_iterator<std::string>(words), {}};
    EXPECT_GE(fields.size(), 5u) << line;
    if (fields.size() < 5) continue;
    // name type [encoding] emb sub uni object ID: the three flags sit before "object ID".
    std::size_t n = fields.size();
    EXPECT_EQ(fields[n - 5], "yes") << "not embedded: " << line;
    EXPECT_EQ(fields[n - 4], "yes") << "not a subset: " << line;
    EXPECT_EQ(fields[0].find('+'), 6u) << "a subset's name has a tag: " << line;
  }
  return count;
}

TEST(PdfConsumers, EveryFontIsEmbeddedAsASubset) {
  EXPECT_GE(check_fonts_embedded_as_subsets(example_pdf().path), 3); // regular, bold, italic at least
  // The fallback fonts too: CJK, Hebrew, Arabic.
  EXPECT_GE(check_fonts_embedded_as_subsets(export_pdf(docx::testing::tricky_cv(), "tricky-fonts").path), 5);
}

TEST(PdfConsumers, QpdfFindsNoError) {
  std::string check = command_output("qpdf --check '" + example_pdf().path.string() + "'");
  EXPECT_NE(check.find("No syntax or stream encoding errors found"), std::string::npos) << check;
  EXPECT_EQ(check.find("WARNING"), std::string::npos) << check;
}

TEST(PdfConsumers, PageSizeFollowsTheOption) {
  std::string a4 = command_output("pdfinfo '" + example_pdf().path.string() + "'");
  EXPECT_NE(a4.find("Page size:       595.276 x 841.89 pts (A4)"), std::string::npos) << a4;
  EXPECT_NE(a4.find("Creator:         cvport 1.0.0"), std::string::npos) << a4;
  EXPECT_NE(a4.find("Author:          Baolin Li"), std::string::npos) << a4;
  EXPECT_NE(a4.find("Title:           Baolin Li \u2013 Curriculum Vitae"), std::string::npos) << a4;
  ExportedPdf letter = export_pdf(docx::testing::example_cv(), "letter", {{"page-size", "letter"}});
  std::string info = command_output("pdfinfo '" + letter.path.string() + "'");
  EXPECT_NE(info.find("Page size:       612 x 792 pts (letter)"), std::string::npos) << info;
}

TEST(PdfConsumers, TheOutlineHasOneEntryPerSection) {
  Json outlines = Json::parse(
      command_output("qpdf --json --json-key=outlines '" + example_pdf().path.string() + "'"))["outlines"];
  std::vector<std::string> titles;
  for (const Json& outline : outlines) titles.push_back(outline["title"].get<std::string>());
  EXPECT_EQ(titles, kExampleSections);
  for (const Json& outline : outlines) EXPECT_GE(outline["destpageposfrom1"].get<int>(), 1);
}

// The URI of every link annotation, from qpdf's JSON of the objects.
std::set<std::string> link_targets(const fs::path& pdf) {
  Json objects = Json::parse(command_output("qpdf --json=1 --json-key=objects '" + pdf.string() + "'"))["objects"];
  std::set<std::string> uris;
  for (const auto& object : objects.items()) {
    const Json& value = object.value();
    if (!value.is_object() || value.value("/Subtype", "") != "/Link" || !value.contains("/A")) continue;
    const Json& action = value["/A"];
    if (action.is_object() && action.contains("/URI")) {
      std::string uri = action["/URI"].get<std::string>();
      if (uri.rfind("u:", 0) == 0) uri = uri.substr(2); // qpdf 11 marks text strings "u:"
      uris.insert(uri);
    }
  }
  return uris;
}

TEST(PdfConsumers, LinksPointAtTheDoisAndOrganisations) {
  std::set<std::string> uris = link_targets(example_pdf().path);
  Cv cv = docx::testing::example_cv();
  int dois = 0;
  for (const Software& software : cv.software) {
    if (software.doi.empty()) continue;
    EXPECT_TRUE(uris.count("https://doi.org/" + software.doi)) << software.doi;
    ++dois;
  }
  EXPECT_EQ(dois, 6);
  EXPECT_TRUE(uris.count(cv.education.front().institution.ror)) << cv.education.front().institution.ror;
}

TEST(PdfConsumers, LinksPointAtEmailHomePageOrcidAndEncodedDois) {
  std::set<std::string> uris = link_targets(export_pdf(docx::testing::tricky_cv(), "tricky-links").path);
  for (std::string uri : {"mailto:zoe@example.org", "https://zoe.example.org/", "https://orcid.org/0000-0002-1825-0097",
                          "https://github.com/zoe-ao", "https://doi.org/10.5281/zenodo.1234567",
                          "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O",
                          "https://example.org/paper.pdf?x=1&y=2", "https://ror.org/057zh3y96"})
    EXPECT_TRUE(uris.count(uri)) << uri;
}

TEST(PdfConsumers, LayoutTextMatchesTheGoldenFile) {
  cvport::testing::expect_golden(cvport::testing::source_dir() / "tests/plugins/pdf/golden/baolin-li.layout.txt",
                                 pdftotext(example_pdf().path, Extraction::layout));
}

// A right-to-left CV is laid out as a mirror of a left-to-right one: the date column at the left
// margin, the bullets to the right of their text (pdftotext -layout keeps each line's positions).
TEST(PdfConsumers, ARightToLeftCvHasItsDatesAtTheLeftAndItsBulletsAtTheRight) {
  Cv cv = docx::testing::example_cv();
  cv.language = "ar";
  std::string text = pdftotext(export_pdf(cv, "baolin-li-rtl").path, Extraction::layout);
  std::istringstream lines(text);
  size_t dated = 0, bulleted = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("Northeastern University, Boston") != std::string::npos) {
      EXPECT_EQ(line.rfind("\u0662\u0660\u0662\u0664", 0), 0u) << "the date (2024) starts the line: " << line;
      ++dated;
    }
    if (line.find("\u2022") != std::string::npos) {
      EXPECT_TRUE(line.ends_with("\u2022")) << "the bullet ends the line: " << line;
      ++bulleted;
    }
  }
  EXPECT_EQ(dated, 1u);
  EXPECT_GT(bulleted, 10u);
}

// The example in German, Japanese and Arabic, as pdftotext -layout extracts it: titles, labels,
// dates and the footer's "page N of M" in the language, no English title or month name left.
class PdfLanguageGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(PdfLanguageGolden, LayoutTextInTheLanguageMatchesItsGoldenFile) {
  Cv cv = docx::testing::example_cv();
  cv.language = GetParam();
  std::string text = pdftotext(export_pdf(cv, "baolin-li-" + GetParam()).path, Extraction::layout);
  for (const std::string& english : cvport::testing::english_labels_in(text))
    ADD_FAILURE() << "English left in the " << GetParam() << " PDF: " << english;
  cvport::testing::expect_golden(
      cvport::testing::source_dir() / "tests/plugins/pdf/golden" / ("baolin-li." + GetParam() + ".layout.txt"), text);
}

INSTANTIATE_TEST_SUITE_P(Languages, PdfLanguageGolden, ::testing::Values("de", "ja", "ar"));

} // namespace
} // namespace cvport::pdf::testing
