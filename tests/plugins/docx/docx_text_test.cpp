// Tricky text end to end (what the host delivers: no control characters, cvport_plugin.h):
// markup characters escaped, accents, CJK, emoji kept byte for byte, right-to-left runs
// marked, line breaks and tabs kept.
#include <gtest/gtest.h>

#include "base64.hpp"
#include "docx_test_support.hpp"
#include "unicode_text.hpp"

namespace cvport::docx::testing {
namespace {

std::string all_text(const pugi::xml_document& document) {
  std::string text;
  for (pugi::xml_node p : body_paragraphs(document)) text += paragraph_text(p) + "\n";
  return text;
}

TEST(DocxText, TabsAndEveryKindOfLineEndAreKept) {
  // The host keeps TAB, LF and CR in model text (cvport_plugin.h); CR alone or before LF is one
  // line break, as LF is.
  Cv cv;
  cv.person.name = "Plain";
  cv.work.resize(1);
  cv.work[0].organization.name = "Lab";
  cv.work[0].highlights = {"carriage\rreturn", "windows\r\nline", "unix\nline", "tab\there"};
  pugi::xml_document document = parse_part(export_docx(cv).docx, "word/document.xml");
  std::vector<std::string> shapes;
  for (pugi::xml_node p : body_paragraphs(document)) {
    std::string shape;
    for (pugi::xml_node run : p.children("w:r"))
      for (pugi::xml_node child : run.children())
        shape += std::string(child.name()) == "w:t" ? child.text().get() : "<" + std::string(child.name()) + ">";
    if (shape.find("line") != std::string::npos || shape.find("carriage") != std::string::npos ||
        shape.find("tab") != std::string::npos)
      shapes.push_back(shape);
  }
  EXPECT_EQ(shapes, (std::vector<std::string>{"carriage<w:br>return", "windows<w:br>line", "unix<w:br>line",
                                              "tab<w:tab>here"}));
}

TEST(DocxText, MarkupCharactersAreEscapedAndReadBackUnchanged) {
  Exported exported = export_docx(tricky_cv());
  std::string document = read_part(exported.docx, "word/document.xml");
  EXPECT_NE(document.find("Types &lt;and&gt; Effects &amp; \"Other\" 'Things'"), std::string::npos);
  std::string text = all_text(parse_part(exported.docx, "word/document.xml"));
  EXPECT_NE(text.find("Types <and> Effects & \"Other\" 'Things'"), std::string::npos);
  EXPECT_NE(text.find("高性能计算 & <systems> \"fast\" 'safe'"), std::string::npos);
}

TEST(DocxText, AccentsCjkAndEmojiAreKeptByteForByte) {
  std::string text = all_text(parse_part(export_docx(tricky_cv()).docx, "word/document.xml"));
  for (const char* expected :
       {"Zoë Ångström-Okafor", "東京大学", "研究員 (Researcher)", "Ünïcødé Labs, Zürich",
        "👩‍💻 ZWJ emoji, flags 🇨🇦, and skin tones 👍🏽.", "修士論文: Ownership",
        "Best Paper 🏆", "文本排版方法"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
}

TEST(DocxText, VeryLongWordsAreKeptWhole) {
  std::string word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
  std::string text = all_text(parse_part(export_docx(tricky_cv()).docx, "word/document.xml"));
  EXPECT_NE(text.find(word + word + word), std::string::npos);
}

TEST(DocxText, RightToLeftRunsAreMarked) {
  pugi::xml_document document = parse_part(export_docx(tricky_cv()).docx, "word/document.xml");
  bool hebrew_marked = false, arabic_marked = false;
  for (pugi::xpath_node run : document.select_nodes("//w:r")) {
    std::string text = run.node().child("w:t").text().get();
    bool rtl = run.node().child("w:rPr").child("w:rtl");
    if (text.find("האוניברסיטה") != std::string::npos) hebrew_marked = rtl;
    if (text.find("علوم الحاسوب") != std::string::npos) arabic_marked = rtl;
    if (text.find("Ph.D.") != std::string::npos) {
      EXPECT_FALSE(rtl) << text;
    }
  }
  EXPECT_TRUE(hebrew_marked);
  EXPECT_TRUE(arabic_marked);
}

TEST(DocxText, ParagraphsWhollyInARightToLeftScriptAreBidi) {
  pugi::xml_document document = parse_part(export_docx(tricky_cv()).docx, "word/document.xml");
  int checked = 0;
  for (pugi::xml_node p : body_paragraphs(document)) {
    std::string text = paragraph_text(p);
    bool is_bidi = p.child("w:pPr").child("w:bidi");
    // The Arabic intro reads right to left; the entry line with a Hebrew university name and
    // an English date keeps the CV's direction, so the date stays at the right.
    if (text == "خبرة في البحث والتطوير منذ 2017.") {
      EXPECT_TRUE(is_bidi);
      ++checked;
    } else if (text.rfind("האוניברסיטה", 0) == 0 || text.rfind("Ph.D.", 0) == 0) {
      EXPECT_FALSE(is_bidi) << text;
      ++checked;
    } else {
      EXPECT_FALSE(is_bidi) << text;
    }
  }
  EXPECT_EQ(checked, 3);
}

TEST(DocxText, SplitByDirectionKeepsNeutralsWithTheParagraphDirection) {
  auto segments = split_by_direction("abc שלום עולם, def (עברית)");
  std::vector<std::pair<std::string, bool>> actual;
  for (const auto& s : segments) actual.emplace_back(std::string(s.text), s.right_to_left);
  std::vector<std::pair<std::string, bool>> expected = {
      {"abc ", false}, {"שלום עולם", true}, {", def (", false}, {"עברית", true}, {")", false}};
  EXPECT_EQ(actual, expected);
  EXPECT_TRUE(split_by_direction("").empty());
  EXPECT_EQ(split_by_direction("2024 – 🚀").size(), 1u);
}

TEST(DocxText, TabsAndLineBreaksInFreeTextBecomeWordTabsAndBreaks) {
  pugi::xml_document document = parse_part(export_docx(tricky_cv()).docx, "word/document.xml");
  bool found = false;
  for (pugi::xml_node p : body_paragraphs(document))
    if (paragraph_style(p) == "CVSummary") {
      EXPECT_EQ(paragraph_text(p),
                "Builds fast systems for everyone \U0001F680. Tabs\tand\nnew lines.");
      // Its line ends in a break: aligned at the left, not justified as the style says.
      EXPECT_STREQ(p.child("w:pPr").child("w:jc").attribute("w:val").value(), "left");
      found = true;
    }
  EXPECT_TRUE(found);
}

// What each paragraph of `style` holds, with "<br>" for a line break and " [left]" when the
// paragraph is aligned at the left against its style.
std::vector<std::string> paragraph_shapes(const pugi::xml_document& document, std::string_view style) {
  std::vector<std::string> shapes;
  for (pugi::xml_node p : body_paragraphs(document)) {
    if (paragraph_style(p) != style) continue;
    std::string shape = paragraph_text(p);
    for (std::size_t at = shape.find('\n'); at != std::string::npos; at = shape.find('\n', at))
      shape.replace(at, 1, "<br>");
    if (p.child("w:pPr").child("w:jc")) shape += std::string(" [") + p.child("w:pPr").child("w:jc").attribute("w:val").value() + "]";
    shapes.push_back(shape);
  }
  return shapes;
}

// A blank line starts a new paragraph of the same style (no <w:br/> between the two), as in the
// PDF and Markdown; a single line break stays a break, in a paragraph aligned at the left, since
// Word and LibreOffice spread the words of a broken line across a justified one.
TEST(DocxText, ABlankLineStartsANewParagraphOfTheSameStyle) {
  Cv cv;
  cv.person.name = "Paragraphs";
  cv.person.summary = "First paragraph.\n\nSecond paragraph.";
  cv.intros.work = "An intro\r\n \r\nin two.\n\n\n";
  Work& work = cv.work.emplace_back();
  work.organization.name = "Lab";
  work.summary = "Line one\nline two\n\t\nA last paragraph.";
  pugi::xml_document document = parse_part(export_docx(cv).docx, "word/document.xml");

  EXPECT_EQ(paragraph_shapes(document, "CVSummary"),
            (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
  EXPECT_EQ(paragraph_shapes(document, "CVSectionIntro"), (std::vector<std::string>{"An intro", "in two."}));
  EXPECT_EQ(paragraph_shapes(document, "CVEntryDetails"),
            (std::vector<std::string>{"Line one<br>line two [left]", "A last paragraph."}));
  for (pugi::xml_node p : body_paragraphs(document))
    if (paragraph_style(p) == "CVSummary" || paragraph_style(p) == "CVSectionIntro") {
      EXPECT_FALSE(p.select_node(".//w:br")) << paragraph_text(p);
    }
}

TEST(DocxText, SpacesAtRunEdgesArePreserved) {
  std::string document = read_part(export_docx(tricky_cv()).docx, "word/document.xml");
  EXPECT_NE(document.find("<w:t xml:space=\"preserve\">, </w:t>"), std::string::npos);
}

TEST(DocxText, Base64DecodingAcceptsPaddingAndLineBreaks) {
  EXPECT_EQ(decode_base64("aGVsbG8gd29ybGQ="), "hello world");
  EXPECT_EQ(decode_base64("aGVs\nbG8="), "hello");
  EXPECT_EQ(decode_base64("aGVsbG8"), "hello");
  EXPECT_EQ(decode_base64(base64_encode(std::string("\0\xff\x10", 3))),
            std::string("\0\xff\x10", 3));
  EXPECT_FALSE(decode_base64("a$b="));
  EXPECT_FALSE(decode_base64("aGVsbG8=x"));
  EXPECT_FALSE(decode_base64("a"));
}

} // namespace
} // namespace cvport::docx::testing
