// Text as pango receives it, and the same bytes for the same input.
#include <cstdlib>

#include <gtest/gtest.h>

#include "docx_test_support.hpp"
#include "pdf_test_support.hpp"
#include "long_words.hpp"
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

std::string without_zero_width_spaces(std::string text) {
  for (std::size_t at; (at = text.find("\u200b")) != std::string::npos;) text.erase(at, 3);
  return text;
}

TEST(PdfText, OnlyWordsLongerThanAnyLineGetBreakOpportunities) {
  std::string ordinary = "Words of an ordinary paragraph, " + std::string(kLongWordCodePoints, 'y') + " and more";
  EXPECT_EQ(break_long_words(ordinary), ordinary); // a word of exactly the limit is left alone
  std::string token(kLongWordCodePoints + 1, 'x');
  std::string broken = break_long_words("see " + token + " here");
  EXPECT_EQ(without_zero_width_spaces(broken), "see " + token + " here");
  EXPECT_EQ(broken.rfind("see xxxxxxxx\u200bxxxxxxxx\u200b", 0), 0u);
  std::size_t breaks = (broken.size() - token.size() - 9) / 3;
  EXPECT_EQ(breaks, kLongWordCodePoints / kLongWordStride); // every 8 characters of 257
}

// Only between two printable ASCII characters: a base character keeps its combining mark, and a
// long word of a script with its own line breaking (Thai) is left to pango.
TEST(PdfText, LongWordsAreBrokenOnlyBetweenAsciiCharacters) {
  std::string accents;
  for (std::size_t i = 0; i < kLongWordCodePoints; ++i) accents += "e\u0301";
  EXPECT_EQ(break_long_words(accents), accents);
  std::string thai;
  for (std::size_t i = 0; i < kLongWordCodePoints; ++i) thai += "\u0e01";
  EXPECT_EQ(break_long_words(thai), thai);
  std::string mixed(300, 'a');
  mixed.append("\u0e01bbbbb");
  std::string broken = break_long_words(mixed);
  EXPECT_EQ(without_zero_width_spaces(broken), mixed);
  EXPECT_NE(broken, mixed);
  EXPECT_EQ(broken.find("\u200b\u0e01"), std::string::npos); // nothing next to the Thai letter
  EXPECT_EQ(broken.find("\u0e01\u200b"), std::string::npos);
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
