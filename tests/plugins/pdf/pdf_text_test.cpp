// Text as pango receives it, and the same bytes for the same input.
#include <cstdlib>

#include <gtest/gtest.h>

#include "docx_test_support.hpp"
#include "pdf_test_support.hpp"
#include "text_cleaning.hpp"

namespace cvport::pdf {
namespace {

TEST(PdfText, ControlCharactersGoIllFormedUtf8IsReplacedTabsBecomeSpaces) {
  CleanText clean = clean_text("a\x01" "b\tc\r\nd\re\x7f" "f\xc2\x85g \xff!");
  EXPECT_EQ(clean.text, "ab c\nd\nefg \uFFFD!");
  EXPECT_EQ(clean.removed, 3);
  EXPECT_EQ(clean.replaced, 1);
  EXPECT_EQ(clean_text("Zoë 高 עברית \U0001F680").text, "Zoë 高 עברית \U0001F680");
}

// A date of the document information, without the "D:" that cairo 1.16 leaves out (the PDF
// standard makes it optional) and later versions write.
std::string info_date(const std::string& pdf, const std::string& key) {
  std::size_t at = pdf.find(key + " (");
  if (at == std::string::npos) return "missing";
  at += key.size() + 2;
  if (pdf.compare(at, 2, "D:") == 0) at += 2;
  return pdf.substr(at, pdf.find(')', at) - at);
}

TEST(PdfText, TheSameCvGivesTheSameBytes) {
  Cv cv = docx::testing::example_cv();
  std::string first = testing::export_pdf(cv, "same-1").bytes;
  std::string second = testing::export_pdf(cv, "same-2").bytes;
  ASSERT_GT(first.size(), 1000u);
  EXPECT_TRUE(first == second);
  EXPECT_EQ(first.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(info_date(first, "/CreationDate"), "20000101000000Z");
}

TEST(PdfText, SourceDateEpochSetsTheDates) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  std::string bytes = testing::export_pdf(docx::testing::example_cv(), "epoch").bytes;
  ::unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(info_date(bytes, "/CreationDate"), "20231114221320Z");
  EXPECT_EQ(info_date(bytes, "/ModDate"), "20231114221320Z");
}

} // namespace
} // namespace cvport::pdf
