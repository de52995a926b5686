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

TEST(SplitList, TrimsAndDropsEmptyPieces) {
  EXPECT_EQ(split_list("education, work,,custom:Grants & Funding , "),
            (std::vector<std::string>{"education", "work", "custom:Grants & Funding"}));
  EXPECT_EQ(split_list(""), std::vector<std::string>{});
  EXPECT_EQ(split_list("a;b", ';'), (std::vector<std::string>{"a", "b"}));
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

} // namespace
} // namespace cvport
