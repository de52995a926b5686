// LaTeX in field values read as what LaTeX prints: each case below was misread by the importer
// on real .bib files (a degree sign dropped, \frac{1}{2} as "12", \texorpdfstring's two texts
// run together, \LaTeX and \dots dropped).
#include <gtest/gtest.h>

#include "latex_unicode.hpp"
#include "unicode_scripts.hpp"

namespace cvport::bibtex {
namespace {

struct Case {
  std::string_view latex;
  std::string_view text;
};

void expect_read(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    UnknownCommands unknown;
    EXPECT_EQ(latex_to_unicode(c.latex, &unknown), c.text) << c.latex;
    EXPECT_TRUE(unknown.empty()) << c.latex << ": " << *unknown.begin();
  }
}

TEST(LatexAsPrinted, SymbolsLatexcodecLacks) {
  expect_read({
      {"with \\LaTeX\\ and \\TeX, \\LaTeXe", "with LaTeX and TeX, LaTeX2\u03B5"},
      {"and more\\dots", "and more\u2026"},
      {"\\ldots", "\u2026"},
      {"$\\ell$ and $\\mp$, \\textless 3 \\textgreater, 5\\,\\textmu m, \\euro 5", "\u2113 and \u2213, <3 >, 5 \u00B5m, \u20AC5"},
      {"$B \\to J/\\psi$", "B \u2192 J/\u03C8"},
      {"$\\Delta A$", "\u0394A"}, // a space after a letter only ends the command's name
      {"$f'$ and $h^\\prime$", "f\u2032 and h\u2032"},
  });
}

TEST(LatexAsPrinted, CommandsWhoseArgumentsPrintOtherwise) {
  expect_read({
      {"25$^{\\circ}$C, 25$^\\circ$C", "25\u00B0C, 25\u00B0C"},
      {"$\\frac{1}{2}$, $\\frac12$, $\\frac{a+b}{c}$", "1/2, 1/2, (a+b)/c"},
      {"$\\sqrt{s}=7$ TeV, $\\sqrt{s_{NN}}$, $\\sqrt{10}$, $\\sqrt[3]{x}$", "\u221As=7 TeV, \u221A(s_NN), \u221A10, \u221Bx"},
      {"\\textcolor{red}{excited} {\\color{blue} states}", "excited states"},
      {"\\texorpdfstring{$\\alpha$}{alpha} decay", "alpha decay"},
      {"a\\vspace{2mm}b a\\hspace*{1em}b", "ab a b"},
      {"\\underline{x}, \\uline{y}, \\sout{z}, {\\small w}", "x, y, z, w"},
      {"\\enquote{quoted} and \\enquote*{inner}", "\u201Cquoted\u201D and \u2018inner\u2019"},
      {"$\\bar{p}$, $\\overline{D}^0$", "p\u0304, D\u0305\u2070"},
      {"\\ce{Al2O3} and \\ce{2H2O}", "Al\u2082O\u2083 and 2H\u2082O"},
      {"\\noopsort{2025}in review", "in review"},
  });
}

// Raised and lowered text as Unicode's superscripts and subscripts where it has them all, else
// as written: in a formula with its ^ or _, in text plain.
TEST(LatexAsPrinted, SuperscriptsAndSubscripts) {
  expect_read({
      {"x\\textsuperscript{2}, CO\\textsubscript{2}", "x\u00B2, CO\u2082"},
      {"1\\textsuperscript{st}", "1st"},
      {"$D^0 \\to K^+K^-$, H$_2$O, $10^{-3}$", "D\u2070 \u2192 K\u207AK\u207B, H\u2082O, 10\u207B\u00B3"},
      {"$M_{\\odot}$, $e^{i\\pi}$", "M_\u2299, e^i\u03C0"},
      {"Lew^+ outside a formula", "Lew^+ outside a formula"},
  });
  EXPECT_EQ(as_superscript("(n+1)"), "\u207D\u207F\u207A\u00B9\u207E");
  EXPECT_EQ(as_subscript("ij"), std::nullopt); // no subscript j
  EXPECT_EQ(as_superscript(""), std::nullopt);
  // In a name the host reads "^+" as a mark of equal contribution: it stays as written.
  EXPECT_EQ(latex_to_unicode("Lew$^+$", nullptr, Scripts::as_written), "Lew^+");
}

// Text is given in Unicode's composed form (NFC), however the file wrote the accent: a file with
// "René" typed as e + U+0301 (as macOS writes it) and one with {\'e} give the same bytes.
TEST(LatexAsPrinted, ComposedUnicode) {
  EXPECT_EQ(latex_to_unicode("Rene\u0301 Dupre\u0301"), "Ren\u00E9 Dupr\u00E9");
  EXPECT_EQ(latex_to_unicode("Ren{\\'e} Dupr\\'{e}"), "Ren\u00E9 Dupr\u00E9");
  EXPECT_EQ(latex_to_unicode("$\\bar{a}$"), "\u0101"); // a with a combining macron is ā
  EXPECT_EQ(latex_to_unicode("\xE5\xB1\xB1\xE7\x94\xB0"), "\xE5\xB1\xB1\xE7\x94\xB0");
}

// A value nested a hundred thousand groups deep exhausted the decoder's stack (it recurses into each
// group and argument); below 200 levels the text is kept as written, braces dropped.
TEST(LatexAsPrinted, DeepNestingEndsWithTheTextKept) {
  for (std::string_view open : {"{", "$x^{", "\\textit{"}) {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += open;
    deep += "end";
    std::string text = latex_to_unicode(deep);
    EXPECT_EQ(text.substr(text.size() - 3), "end") << open;
  }
  std::string shallow = "{{{{\\'e}}}}";
  EXPECT_EQ(latex_to_unicode(shallow), "\u00E9");
}

} // namespace
} // namespace cvport::bibtex
