// Text that is hard to typeset: right-to-left scripts, CJK, emoji, control characters, 200
// authors, a 5,000-character title, a 50,000-character word. Each exports without a crash and without losing text.
#include <regex>

#include <gtest/gtest.h>

#include "docx_test_support.hpp"
#include "pdf_test_support.hpp"

namespace cvport::pdf::testing {
namespace {

Cv one_publication(Publication publication) {
  Cv cv;
  cv.person.name = "Jane Doe";
  cv.publications = {std::move(publication)};
  return cv;
}

TEST(PdfAdversarial, TrickyTextKeepsEveryScriptAndDropsOnlyControlCharacters) {
  ExportedPdf exported = export_pdf(docx::testing::tricky_cv(), "tricky");
  ASSERT_EQ(exported.bytes.rfind("%PDF-", 0), 0u);
  std::string text = pdftotext(exported.path, Extraction::raw);
  std::string flat = without_whitespace(text);
  for (std::string expected : {"Zoë Ångström-Okafor", "東京大学", "高性能计算", "研究員 (Researcher)",
                               "Montréal", "Ünïcødé Labs", "Builds fast systems for everyone", "Tabs and",
                               "Types <and> Effects & \"Other\" 'Things'", "修士論文: Ownership", "日本語",
                               "文本排版方法", "李小龙", "ZWJ emoji, flags", "and skin tones"})
    EXPECT_NE(flat.find(without_whitespace(expected)), std::string::npos) << expected << "\n" << text;
  EXPECT_EQ(text.find('\x01'), std::string::npos);
  EXPECT_EQ(text.find('\x0b'), std::string::npos);
}

// Hebrew and Arabic come back in logical order, the words as written: pdftotext's reading-order
// analysis (the default) puts a right-to-left run back in logical order, marks it with U+202B ...
// U+202C and may split a word where shaping moved its glyphs apart, so marks and spaces are ignored.
TEST(PdfAdversarial, RightToLeftTextExtractsInLogicalOrder) {
  ExportedPdf exported = export_pdf(docx::testing::tricky_cv(), "tricky-rtl");
  std::string flat = without_whitespace(pdftotext(exported.path));
  for (std::string mark : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E"})
    for (std::size_t at; (at = flat.find(mark)) != std::string::npos;) flat.erase(at, mark.size());
  for (std::string expected : {"האוניברסיטההעבריתבירושלים", "ביתהספרלהנדסה", "علومالحاسوب",
                               "דודכהן", "خبرةفيالبحثوالتطويرمنذ"})
    EXPECT_NE(flat.find(expected), std::string::npos) << expected;
}

TEST(PdfAdversarial, TwoHundredAuthorsAreAllListedInOrder) {
  Publication paper;
  paper.title = "A very collaborative paper";
  for (int i = 1; i <= 200; ++i) paper.authors.push_back({.name = "Author" + std::to_string(i), .self = i == 77});
  ExportedPdf exported = export_pdf(one_publication(paper), "authors-200");
  std::string flat = without_whitespace(pdftotext(exported.path, Extraction::raw));
  std::size_t at = 0;
  for (int i = 1; i <= 200; ++i) {
    std::size_t found = flat.find("Author" + std::to_string(i) + (i < 200 ? "," : ""), at);
    ASSERT_NE(found, std::string::npos) << "Author" << i;
    at = found;
  }
}

TEST(PdfAdversarial, AFiveThousandCharacterTitleIsKeptWhole) {
  Publication paper;
  for (int i = 0; paper.title.size() < 5000; ++i) paper.title += "segment" + std::to_string(i) + " ";
  paper.title.resize(5000);
  std::string unbroken(400, 'x'); // one word wider than the page breaks between characters
  paper.title.replace(1000, unbroken.size(), unbroken);
  ExportedPdf exported = export_pdf(one_publication(paper), "title-5000");
  // The title runs over a page break, where the page's footer is drawn.
  std::string text = pdftotext(exported.path, Extraction::raw);
  ASSERT_NE(text.find("Jane Doe \u00b7 page 1 of 2\n"), std::string::npos);
  std::string flat = without_whitespace(std::regex_replace(text, std::regex("Jane Doe \u00b7 page [0-9]+ of [0-9]+\n"), ""));
  EXPECT_NE(flat.find(without_whitespace(paper.title)), std::string::npos);
}

// A pasted base64 image or hash: one word of 50,000 characters. pango alone took seconds and
// grew with the square of the length; every character is still in the text, and nothing else.
TEST(PdfAdversarial, AFiftyThousandCharacterWordIsKeptWhole) {
  Publication paper;
  std::string word;
  for (int i = 0; word.size() < 50000; ++i) word += "Qm" + std::to_string(i % 10);
  paper.title = "Data " + word + " end";
  ExportedPdf exported = export_pdf(one_publication(paper), "word-50000");
  std::string text = pdftotext(exported.path, Extraction::raw);
  EXPECT_EQ(text.find("\u200b"), std::string::npos);
  std::string flat = without_whitespace(std::regex_replace(text, std::regex("Jane Doe \u00b7 page [0-9]+ of [0-9]+\n"), ""));
  EXPECT_NE(flat.find("Data" + word + "end"), std::string::npos);
}

TEST(PdfAdversarial, AnEntryTallerThanAPageRunsOnToTheNextPages) {
  Cv cv;
  cv.person.name = "Jane Doe";
  Work work;
  work.position = "Researcher";
  work.organization.name = "Lab";
  for (int i = 0; i < 150; ++i) work.highlights.push_back("Highlight number " + std::to_string(i));
  cv.work = {work};
  ExportedPdf exported = export_pdf(cv, "tall-entry");
  std::string text = pdftotext(exported.path, Extraction::raw);
  EXPECT_NE(text.find("Highlight number 149"), std::string::npos);
  // 150 lines of about 14 points do not fit on two A4 pages of 757 points.
  std::smatch pages;
  ASSERT_TRUE(std::regex_search(text, pages, std::regex("page 1 of ([0-9]+)")));
  EXPECT_GE(std::stoi(pages[1]), 3);
  EXPECT_NE(text.find("page " + pages[1].str() + " of " + pages[1].str()), std::string::npos);
}

TEST(PdfAdversarial, AnEmptyCvIsOnePageWithItsFooter) {
  ExportedPdf exported = export_pdf(Cv{}, "empty");
  EXPECT_NE(pdftotext(exported.path, Extraction::raw).find("page 1 of 1"), std::string::npos);
}

} // namespace
} // namespace cvport::pdf::testing
