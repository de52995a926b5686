// Line wrapping and block layout: widths, line starts that would open a block, hard breaks,
// list indentation.
#include <gtest/gtest.h>

#include "markdown_blocks.hpp"
#include "cvport/utf8.hpp"

namespace cvport::markdown {
namespace {

TEST(MarkdownBlocks, EscapesWordsThatWouldOpenABlockAtALineStart) {
  EXPECT_EQ(safe_line_start("-"), "\\-");
  EXPECT_EQ(safe_line_start("+"), "\\+");
  EXPECT_EQ(safe_line_start("---"), "\\---");
  EXPECT_EQ(safe_line_start("=="), "\\==");
  EXPECT_EQ(safe_line_start(":"), "\\:");
  EXPECT_EQ(safe_line_start("1."), "1\\.");
  EXPECT_EQ(safe_line_start("12)"), "12\\)");
  EXPECT_EQ(safe_line_start("a)"), "a\\)");
  EXPECT_EQ(safe_line_start("iv."), "iv\\.");
  EXPECT_EQ(safe_line_start("(b)"), "\\(b)");
  EXPECT_EQ(safe_line_start("#3"), "\\#3");
  EXPECT_EQ(safe_line_start(">50x"), "\\>50x");
  EXPECT_EQ(safe_line_start(std::string("1.") + kGlue + "\u00B7"), std::string("1\\.") + kGlue + "\u00B7");
}

TEST(MarkdownBlocks, LeavesOrdinaryWordsAtALineStartAlone) {
  for (const char* word : {"1.5", "-x", "+1", "etc.", "word", "(see", "**bold**", "\u00B7", "2020"})
    EXPECT_EQ(safe_line_start(word), word);
}

TEST(MarkdownBlocks, WrapsAtWordsWithinTheWidth) {
  std::vector<std::string> lines = wrap("one two three four five six seven", "- ", "  ", 12);
  EXPECT_EQ(lines, (std::vector<std::string>{"- one two", "  three four", "  five six", "  seven"}));
}

TEST(MarkdownBlocks, KeepsAWordLongerThanALineWholeOnALineOfItsOwn) {
  std::string url = "<https://example.org/a/very/long/path/that/cannot/break>";
  std::vector<std::string> lines = wrap("see " + url + " now", "", "", 20);
  EXPECT_EQ(lines, (std::vector<std::string>{"see", url, "now"}));
  for (const std::string& line : lines) EXPECT_TRUE(fits_line(line, 20)) << line;
}

TEST(MarkdownBlocks, EscapesAListMarkerThatWrappingMovesToALineStart) {
  std::vector<std::string> lines = wrap("Ends with a number 1. and - dash", "", "", 18);
  EXPECT_EQ(lines, (std::vector<std::string>{"Ends with a number", "1\\. and - dash"}));
  lines = wrap("Ends with a dash - and more", "", "", 16);
  EXPECT_EQ(lines, (std::vector<std::string>{"Ends with a dash", "\\- and more"}));
}

TEST(MarkdownBlocks, NeverStartsALineWithAGluedSeparatorUnlessTheWordCannotFit) {
  std::string separator = std::string(1, kGlue) + "\u00B7";
  std::vector<std::string> lines = wrap("aaaaa bbbb" + separator + " cccc", "", "", 11);
  EXPECT_EQ(lines, (std::vector<std::string>{"aaaaa", "bbbb \u00B7 cccc"}));
  // A glued word wider than a line is cut at its glue, so no space lies past the limit.
  lines = wrap("x <https://example.org/long/long/long>" + separator + " y", "", "", 20);
  EXPECT_EQ(lines, (std::vector<std::string>{"x", "<https://example.org/long/long/long>", "\u00B7 y"}));
}

TEST(MarkdownBlocks, ZeroWidthMeansOneLinePerParagraph) {
  std::string text(300, 'a');
  text += " b c";
  EXPECT_EQ(wrap(text, "", "", 0).size(), 1u);
}

TEST(MarkdownBlocks, MeasuresWideCharactersAsTwoColumns) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("\u00e9t\u00e9"), 3u);
  EXPECT_EQ(display_width("\u65e5\u672c"), 4u);
  EXPECT_EQ(display_width("\U0001F393"), 2u); // two UTF-16 units, as markdownlint counts it
}

TEST(MarkdownBlocks, FitsLineFollowsMarkdownlintMd013) {
  EXPECT_TRUE(fits_line("short", 10));
  EXPECT_TRUE(fits_line("ok https://a.very.long.example.org/", 10)); // only the last word is over
  EXPECT_FALSE(fits_line("https://a.very.long.example.org/ x", 10));
  EXPECT_TRUE(fits_line("anything at all here", 0));
}

TEST(MarkdownBlocks, SeparatesBlocksWithOneBlankLineAndEndsWithOneNewline) {
  Document document(80);
  document.heading(1, "Name");
  document.paragraph({"First", "after a hard break"});
  document.heading(2, "Section");
  document.bullet_list({{{"item"}, {{{"child"}, {}}}}});
  EXPECT_EQ(document.text(), "# Name\n\nFirst\\\nafter a hard break\n\n## Section\n\n- item\n  - child\n");
}

TEST(MarkdownBlocks, DropsEmptySegmentsSoNoLineIsEmptyOrABareBackslash) {
  Document document(80);
  document.paragraph({"", "one", "", "two", ""});
  document.paragraph({""});
  EXPECT_EQ(document.text(), "one\\\ntwo\n");
}

TEST(MarkdownBlocks, IndentsNumberedItemsToTheirContent) {
  Document document(20);
  std::vector<ListItem> items(10, ListItem{{"word word word word"}, {}});
  items[9].children.push_back({{"child"}, {}});
  document.numbered_list(items);
  std::string text = document.text();
  EXPECT_NE(text.find("1. word word word\n   word\n2. "), std::string::npos) << text;
  EXPECT_NE(text.find("10. word word word\n    word\n    - child\n"), std::string::npos) << text;
}

} // namespace
} // namespace cvport::markdown
