// The BibTeX example's text encoding: LaTeX specials, braces, whitespace, case protection.
#include <gtest/gtest.h>

#include "latex_text.hpp"

namespace bibtex {
namespace {

TEST(LatexText, EscapesEveryLatexSpecial) {
  EXPECT_EQ(latex_text("# $ % & ~ _ ^ \\"),
            "\\# \\$ \\% \\& \\textasciitilde{} \\_ \\textasciicircum{} \\textbackslash{}");
}

TEST(LatexText, PairedBracesAreEscapedLoneOnesSpelledOut) {
  // BibTeX counts \{ as a brace, so only a brace with a partner may be written that way.
  EXPECT_EQ(latex_text("a {b} c"), "a \\{b\\} c");
  EXPECT_EQ(latex_text("a } b {"), "a \\textbraceright{} b \\textbraceleft{}");
  EXPECT_EQ(latex_text("{{x}"), "\\textbraceleft{}\\{x\\}");
}

TEST(LatexText, KeepsUtf8AndPutsTextOnOneLine) {
  EXPECT_EQ(latex_text("  J\u00f6rg\t M\u00fcller \n\u2014 \u6771\u4eac  "),
            "J\u00f6rg M\u00fcller \u2014 \u6771\u4eac");
  EXPECT_EQ(latex_text("line one\r\nline two"), "line one line two");
}

TEST(LatexTitle, BracesWordsWhoseCapitalsMatter) {
  EXPECT_EQ(latex_title("Clover: Toward Sustainable AI with Carbon-Aware ML"),
            "Clover: Toward Sustainable {AI} with Carbon-Aware {ML}");
  EXPECT_EQ(latex_title("MISO: Exploiting Multi-Instance GPU Capability"),
            "{MISO}: Exploiting Multi-Instance {GPU} Capability");
  EXPECT_EQ(latex_title("on NISQ-Era Computers for ACM/IEEE (SC)"), "on {NISQ}-Era Computers for {ACM}/{IEEE} ({SC})");
  EXPECT_EQ(latex_title("QoS-Aware iPhone 5G Apps"), "{QoS}-Aware {iPhone} {5G} Apps");
}

TEST(LatexTitle, SingleCapitalsOnlyInsideAPhrase) {
  EXPECT_EQ(latex_title("A Study of Phase B"), "A Study of Phase {B}");
  EXPECT_EQ(latex_title("Clover: A Study"), "Clover: A Study");
  EXPECT_EQ(latex_title("Part II"), "Part {II}");
}

TEST(LatexTitle, EscapesInsideAndOutsideProtection) {
  EXPECT_EQ(latex_title("GPU & 100% of_it"), "{GPU} \\& 100\\% of\\_it");
  // Braces are balanced within each braced word, so a pair split by the braces is spelled out.
  EXPECT_EQ(latex_title("{GPU}"), "\\textbraceleft{}{GPU}\\textbraceright{}");
  EXPECT_EQ(latex_title("  Two   Spaces "), "Two Spaces");
}

TEST(LatexName, BracesTheWholeName) {
  EXPECT_EQ(latex_name("Journal of Parallel & Distributed Computing"),
            "{Journal of Parallel \\& Distributed Computing}");
  EXPECT_EQ(latex_name(""), "");
}

TEST(VerbatimText, PercentEncodesOnlyWhatWouldUnbalanceTheValue) {
  EXPECT_EQ(verbatim_text("https://example.org/a b{c}\\d%20#x_y~z"), "https://example.org/a%20b%7Bc%7D%5Cd%20#x_y~z");
  EXPECT_EQ(verbatim_text("10.1002/(SICI)1097-4636(199607)31:3<337::AID-JBM6>3.0.CO;2-L"),
            "10.1002/(SICI)1097-4636(199607)31:3<337::AID-JBM6>3.0.CO;2-L");
}

} // namespace
} // namespace bibtex
