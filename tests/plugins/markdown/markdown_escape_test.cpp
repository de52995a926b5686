// Escaping of user text, links and destinations: the exact Markdown each rule writes.
// markdown_consumers_test.cpp checks that the real parsers render these texts literally.
#include <gtest/gtest.h>

#include "cvport/render.hpp"
#include "markdown_escape.hpp"

namespace cvport::markdown {
namespace {

TEST(MarkdownEscape, EscapesCharactersThatOpenInlineMarkupAnywhere) {
  EXPECT_EQ(escape_text("5*3"), "5\\*3");
  EXPECT_EQ(escape_text("[PhD]"), "\\[PhD\\]");
  EXPECT_EQ(escape_text("x<y"), "x\\<y");
  EXPECT_EQ(escape_text("a | b"), "a \\| b");
  EXPECT_EQ(escape_text("`code`"), "\\`code\\`");
  EXPECT_EQ(escape_text("C:\\temp"), "C:\\\\temp");
  EXPECT_EQ(escape_text("H~2~O"), "H\\~2\\~O");
  EXPECT_EQ(escape_text("x^2"), "x\\^2");
  EXPECT_EQ(escape_text("$5 to $10"), "\\$5 to \\$10");
  EXPECT_EQ(escape_text("@cite"), "\\@cite");
}

TEST(MarkdownEscape, LeavesCharactersThatAreOnlyMarkupElsewhereAsTheyAre) {
  // ">" and "#" open blocks only at a line start (safe_line_start handles that); "!" is an
  // image only before "[", which is always escaped.
  EXPECT_EQ(escape_text("speedup (>50x)"), "speedup (>50x)");
  EXPECT_EQ(escape_text("C# and F#"), "C# and F#");
  EXPECT_EQ(escape_text("Wow! ![img](y)"), "Wow! !\\[img\\](y)");
}

TEST(MarkdownEscape, EscapesUnderscoresExceptBetweenLettersOrDigits) {
  EXPECT_EQ(escape_text("snake_case_name"), "snake_case_name");
  EXPECT_EQ(escape_text("_private and trailing_"), "\\_private and trailing\\_");
  EXPECT_EQ(escape_text("__init__"), "\\_\\_init\\_\\_");
}

TEST(MarkdownEscape, EscapesAmpersandsOnlyWhereTheyWouldStartAnEntity) {
  EXPECT_EQ(escape_text("AT&T and R&D"), "AT&T and R&D");
  EXPECT_EQ(escape_text("&amp; &copy; &#169; &#xA9;"), "\\&amp; \\&copy; \\&#169; \\&#xA9;");
  EXPECT_EQ(escape_text("a & b; c&d;"), "a & b; c\\&d;");
}

TEST(MarkdownEscape, CollapsesWhitespaceAndTrims) {
  EXPECT_EQ(escape_text("  two\t\twords \n here  "), "two words here");
}

TEST(MarkdownEscape, TurnsWebAndMailAddressesIntoAutolinks) {
  EXPECT_EQ(escape_text("see https://example.org/a_b."), "see <https://example.org/a_b>.");
  EXPECT_EQ(escape_text("(https://example.org/path_(x))"), "(<https://example.org/path_(x)>)");
  EXPECT_EQ(escape_text("mail zoe_o@example.org!"), "mail <zoe_o@example.org>!");
  EXPECT_EQ(escape_text("HTTPS://EXAMPLE.ORG"), "<HTTPS://EXAMPLE.ORG>");
}

TEST(MarkdownEscape, KeepsWwwAddressesAsTextThatGfmDoesNotLink) {
  EXPECT_EQ(escape_text("www.example.com"), "www\\.example.com");
  EXPECT_EQ(escape_text("awww.example"), "awww.example");
}

TEST(MarkdownEscape, LinkTextKeepsAddressesAsText) {
  EXPECT_EQ(escape_link_text("https://x.org/a_b*c"), "https://x.org/a_b\\*c");
}

TEST(MarkdownEscape, WritesUrlsThatNoReaderCanReadDifferentlyAsExplicitLinks) {
  EXPECT_EQ(url_link("https://example.org/~zoe/a_b(c)"), "<https://example.org/~zoe/a_b(c)>");
  EXPECT_EQ(url_link("https://example.org/a b"), "[https://example.org/a b](https://example.org/a%20b)");
  EXPECT_EQ(url_link("https://example.org/?a=1&amp;b=2"),
            "[https://example.org/?a=1\\&amp;b=2](https://example.org/?a=1&amp;amp;b=2)");
  EXPECT_EQ(url_link("https://example.org/caf\u00e9"),
            "[https://example.org/caf\u00e9](https://example.org/caf\u00e9)");
}

TEST(MarkdownEscape, EscapesLinkDestinations) {
  EXPECT_EQ(link_destination("https://x.org/a (b)\\c<d>"), "https://x.org/a%20\\(b\\)\\\\c%3Cd%3E");
  EXPECT_EQ(link_destination("https://x.org/?q=a&b=c"), "https://x.org/?q=a&b=c");
  EXPECT_EQ(link_destination("https://x.org/?q=&lt;"), "https://x.org/?q=&amp;lt;");
}

TEST(MarkdownEscape, TheSdksDoiUrlsBecomeValidLinkDestinations) {
  EXPECT_EQ(doi_url("10.1145/3581784.3607034"), "https://doi.org/10.1145/3581784.3607034");
  EXPECT_EQ(doi_url("10.1000/a#b?c%d e<f>"), "https://doi.org/10.1000/a%23b%3Fc%25d%20e%3Cf%3E");
  EXPECT_EQ(link("10.1002/(SICI)1097", doi_url("10.1002/(SICI)1097")),
            "[10.1002/(SICI)1097](https://doi.org/10.1002/\\(SICI\\)1097)");
}

TEST(MarkdownEscape, LinksWithVagueTextShowTheAddressInstead) {
  EXPECT_EQ(link("GitHub", "https://github.com/x"), "[GitHub](https://github.com/x)");
  EXPECT_EQ(link("Here", "https://x.org"), "Here <https://x.org>");
  EXPECT_EQ(link("click  here!", "https://x.org"), "click here! <https://x.org>");
}

TEST(MarkdownEscape, EmailsThatCannotBeAutolinksStayText) {
  EXPECT_EQ(email_link("zoe@example.org"), "<zoe@example.org>");
  EXPECT_EQ(email_link("zoe@localhost_x"), "zoe\\@localhost_x");
}

TEST(MarkdownEscape, HeadingsHideTrailingPunctuationAndEscapeHashesAndBraces) {
  EXPECT_EQ(heading_text("Patents"), "Patents");
  EXPECT_EQ(heading_text("Notes:"), "Notes&#58;");
  EXPECT_EQ(heading_text("Baolin Li Jr."), "Baolin Li Jr&#46;");
  EXPECT_EQ(heading_text("Wow!!"), "Wow!&#33;");
  EXPECT_EQ(heading_text("\u6ce8\u610f\uff1a"), "\u6ce8\u610f&#65306;");
  EXPECT_EQ(heading_text("C# {beta} #"), "C\\# \\{beta\\} \\#");
  EXPECT_EQ(heading_text("Why?"), "Why?");
}

} // namespace
} // namespace cvport::markdown
