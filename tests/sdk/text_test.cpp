// cvport/text.hpp and cvport/utf8.hpp: the text helpers every plugin shares.
#include "cvport/text.hpp"
#include "cvport/utf8.hpp"

#include <gtest/gtest.h>

namespace cvport {
namespace {

TEST(Trim, SpacesTabsAndLineBreaksAtBothEnds) {
  EXPECT_EQ(trim_space(" \t\r\n a b \n"), "a b");
  EXPECT_EQ(trimmed("  x  "), std::string("x"));
  EXPECT_EQ(trim_space("\u00A0x"), "\u00A0x"); // a no-break space is text
}

TEST(JoinNonempty, LeavesOutEmptyPiecesAndTheirSeparators) {
  EXPECT_EQ(join_nonempty({"Boston", "", "US"}, ", "), "Boston, US");
  EXPECT_EQ(join_nonempty({"", ""}, ", "), "");
  EXPECT_EQ(join_nonempty(std::vector<std::string>{"a", "b", ""}, " | "), "a | b");
  EXPECT_EQ(join_nonempty(std::vector<std::string_view>{"", "z"}, "-"), "z");
}

TEST(OneLine, CollapsesWhitespaceRunsAndTrims) {
  EXPECT_EQ(one_line("  Sparse\n\tsolvers \r\n for\n\nGPUs  "), "Sparse solvers for GPUs");
  EXPECT_EQ(one_line("Z\u00FCrich\u00A0Ана"), "Z\u00FCrich\u00A0Ана"); // a no-break space is text
  EXPECT_EQ(one_line(" \n "), "");
}

TEST(UnixLineEnds, CrLfAndLoneCrBecomeLf) {
  EXPECT_EQ(unix_line_ends("a\r\nb\rc\nd\r"), "a\nb\nc\nd\n");
  EXPECT_EQ(unix_line_ends("\r\r\n"), "\n\n");
  EXPECT_EQ(unix_line_ends("tab\tkept"), "tab\tkept");
}

TEST(SplitList, TrimsAndDropsEmptyPieces) {
  EXPECT_EQ(split_list("education, work,,custom:Grants & Funding , "),
            (std::vector<std::string>{"education", "work", "custom:Grants & Funding"}));
  EXPECT_EQ(split_list(""), std::vector<std::string>{});
  EXPECT_EQ(split_list("a;b", ';'), (std::vector<std::string>{"a", "b"}));
}

// The one reading of free text: a blank line (spaces and tabs allowed) ends a paragraph, a
// single line break stays inside one, every kind of line end counts, no paragraph is empty.
TEST(SplitParagraphs, BlankLinesSeparateParagraphsAndSingleBreaksStay) {
  using Paragraphs = std::vector<std::string>;
  EXPECT_EQ(split_paragraphs("a\nb\n\n \n\nc\n"), (Paragraphs{"a\nb", "c"}));
  EXPECT_EQ(split_paragraphs("a\r\n\r\nb\rc"), (Paragraphs{"a", "b\nc"}));
  EXPECT_EQ(split_paragraphs("\n\t\nonly\n\n"), (Paragraphs{"only"}));
  EXPECT_EQ(split_paragraphs("  indented\n  kept "), (Paragraphs{"  indented\n  kept "}));
  EXPECT_TRUE(split_paragraphs("").empty());
  EXPECT_TRUE(split_paragraphs(" \n\t\r\n").empty());
}

TEST(Utf8, DisplayWidthCountsWideCharactersTwice) {
  EXPECT_EQ(display_width("Mar 2021 \u2013 present"), 18u);
  EXPECT_EQ(display_width("2021\u5e743\u6708"), 9u); // 2021年3月: 4 + 2 + 1 + 2
  EXPECT_EQ(display_width("\U0001F393"), 2u);
  EXPECT_FALSE(is_wide_code_point(U'\u2013'));
  EXPECT_TRUE(is_wide_code_point(U'\uAC00'));
}

TEST(Utf8, EncodesAndDecodesEveryLength) {
  for (char32_t code_point : {U'A', U'\u00E9', U'\u4E2D', U'\U0001F600', U'\U0010FFFF'}) {
    std::string bytes;
    append_utf8(bytes, code_point);
    char32_t decoded = 0;
    EXPECT_EQ(decode_utf8(bytes, 0, decoded), bytes.size());
    EXPECT_EQ(decoded, code_point);
  }
}

TEST(Utf8, RefusesMalformedSequences) {
  char32_t c = 0;
  EXPECT_EQ(decode_utf8("\xC0\xAF", 0, c), 0u);         // overlong "/"
  EXPECT_EQ(decode_utf8("\xED\xA0\x80", 0, c), 0u);     // a surrogate
  EXPECT_EQ(decode_utf8("\xF4\x90\x80\x80", 0, c), 0u); // past U+10FFFF
  EXPECT_EQ(decode_utf8("\xE4\xB8", 0, c), 0u);         // cut short
  EXPECT_TRUE(is_valid_utf8("Zürich 中文 😀"));
  EXPECT_FALSE(is_valid_utf8("Z\xFCrich")); // Latin-1
  EXPECT_FALSE(is_valid_utf8("ok\x80"));
}

TEST(Utf8, CountsAndCutsAtCodePoints) {
  EXPECT_EQ(count_code_points("Zürich"), 6u);
  EXPECT_EQ(count_code_points("中文😀"), 3u);
  EXPECT_EQ(first_code_points("中文😀x", 2), "中文");
  EXPECT_EQ(first_code_points("Zürich", 2), "Zü");
  EXPECT_EQ(first_code_points("abc", 10), "abc");
  EXPECT_EQ(first_code_points("abc", 0), "");
}

TEST(Utf8, NextCodePointWalksAndReplacesWhatIsMalformed) {
  std::string_view text = "a\xC3\xA9\xFF\xF0\x9F\x98\x80";
  std::size_t at = 0;
  std::vector<char32_t> walked;
  while (at < text.size()) walked.push_back(next_code_point(text, at));
  EXPECT_EQ(walked, (std::vector<char32_t>{U'a', U'\u00E9', kReplacementCharacter, U'\U0001F600'}));
  EXPECT_EQ(at, text.size());
}

} // namespace
} // namespace cvport
