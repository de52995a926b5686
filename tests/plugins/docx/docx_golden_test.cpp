// Golden files of every XML part, indented for review: the example CV and the tricky CV.
// Regenerate with scripts/update-golden and review the diff.
#include <gtest/gtest.h>

#include <regex>

#include "docx_test_support.hpp"
#include "english_labels.hpp"
#include "golden.hpp"
#include "test_paths.hpp"

namespace cvport::docx::testing {
namespace {

const std::filesystem::path kGoldenDir =
    cvport::testing::source_dir() / "tests/plugins/docx/golden";

void expect_parts_golden(const std::string& docx, const std::string& folder) {
  for (const std::string& name : part_names(docx))
    cvport::testing::expect_golden(kGoldenDir / folder / name, indented_xml(read_part(docx, name)));
}

TEST(DocxGolden, ExampleCvParts) {
  expect_parts_golden(export_docx(example_cv()).docx, "baolin-li");
}

TEST(DocxGolden, TrickyCvParts) { expect_parts_golden(export_docx(tricky_cv()).docx, "tricky"); }

// The example in German, Japanese and Arabic: the parts that change with the language (the body,
// the footer's "page", the styles' w:lang), and no English title or month name in the text.
class DocxLanguageGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(DocxLanguageGolden, ExampleInTheLanguageMatchesItsGoldenParts) {
  Cv cv = example_cv();
  cv.language = GetParam();
  std::string docx = export_docx(cv).docx;
  std::string text;
  for (const char* part : {"word/document.xml", "word/footer1.xml", "word/styles.xml"}) {
    std::string xml = indented_xml(read_part(docx, part));
    cvport::testing::expect_golden(kGoldenDir / ("baolin-li." + GetParam()) / part, xml);
    // The text of each run on a line of its own: a heading is one run.
    if (std::string_view(part) == "word/styles.xml") continue;
    std::regex run_text("<w:t[^>]*>([^<]*)</w:t>");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), run_text); it != std::sregex_iterator(); ++it)
      text += (*it)[1].str() + "\n";
  }
  for (const std::string& english : cvport::testing::english_labels_in(text))
    ADD_FAILURE() << "English left in the " << GetParam() << " DOCX: " << english;
}

INSTANTIATE_TEST_SUITE_P(Languages, DocxLanguageGolden, ::testing::Values("de", "ja", "ar"));

TEST(DocxLanguage, RightToLeftLanguageLaysEveryParagraphOutRightToLeft) {
  Cv cv = example_cv();
  cv.language = "ar";
  std::string docx = export_docx(cv).docx;
  std::string document = read_part(docx, "word/document.xml");
  std::size_t paragraphs = 0, bidi = 0;
  for (std::size_t at = document.find("<w:p>"); at != std::string::npos; at = document.find("<w:p>", at + 1)) ++paragraphs;
  for (std::size_t at = document.find("<w:bidi/>"); at != std::string::npos; at = document.find("<w:bidi/>", at + 1)) ++bidi;
  EXPECT_GT(paragraphs, 50u);
  // Every paragraph but the date column's, which keeps the dates at the right margin.
  EXPECT_GT(bidi, paragraphs / 2) << bidi << " of " << paragraphs;
  EXPECT_NE(read_part(docx, "word/styles.xml").find("<w:lang w:val=\"ar\" w:bidi=\"ar\"/>"), std::string::npos);
  EXPECT_NE(document.find("<w:rtl/>"), std::string::npos); // the Arabic runs
  Cv english = example_cv();
  std::string english_docx = export_docx(english).docx;
  EXPECT_EQ(read_part(english_docx, "word/document.xml").find("<w:bidi/>"), std::string::npos);
  EXPECT_NE(read_part(english_docx, "word/styles.xml").find("<w:lang w:val=\"en\"/>"), std::string::npos);
}

} // namespace
} // namespace cvport::docx::testing
