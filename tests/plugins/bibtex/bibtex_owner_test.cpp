// Who the CV's owner is in a .bib that names none: the author of the most lists, unless the file
// marks its owner in bold, and never a collaboration.
#include <gtest/gtest.h>

#include "bib_names.hpp"
#include "cvport/author_names.hpp"
#include "bibtex_test_support.hpp"

namespace cvport::testing {
namespace {

// CV templates bold the owner's name (\textbf{Doe, J.}; biblatex's \mkbibbold part by part) and
// underline their students'. The bold name, wrapped whole, is split as a name ("J. Doe", not one
// family name "Doe, J."), and is the owner even when a co-author is named in more lists.
TEST(BibtexOwner, ABoldNameIsTheOwner) {
  Imported result = import_bib(
      "@article{b1, author = {Roe, Rich and \\textbf{Doe, J.}}, title = {One}, journal = {J}, year = 2020}\n"
      "@article{b2, author = {\\textbf{Doe, J.} and Roe, Rich}, title = {Two}, journal = {J}, year = 2021}\n"
      "@article{b3, author = {Roe, Rich and {\\mkbibbold{Doe}}, \\mkbibbold{Jane} and \\underline{Moe, Mary}},\n"
      "  title = {Three}, journal = {J}, year = 2022}\n"
      "@article{b4, author = {Roe, Rich and \\underline{Moe, Mary} and Poe, Edgar}, title = {Four}, journal = {J}, year = 2023}\n");
  ASSERT_EQ(result.cv.publications.size(), 4u);
  EXPECT_EQ(author_names(result.cv.publications[0]), (std::vector<std::string>{"Rich Roe", "J. Doe"}));
  EXPECT_EQ(author_names(result.cv.publications[2]), (std::vector<std::string>{"Rich Roe", "Jane Doe", "Mary Moe"}));
  EXPECT_EQ(result.cv.person.name, "Jane Doe"); // Rich Roe is in 4 lists, Jane Doe in 3
  EXPECT_EQ(result.cv.person.name_variants, std::vector<std::string>{"J. Doe"});
  const CapturedDiagnostic* owner = result.find("bibtex.owner-inferred");
  ASSERT_NE(owner, nullptr);
  EXPECT_NE(owner->message.find("\"Jane Doe\", written in bold, as CV templates mark their owner, and named in the most author "
                                "lists of those in bold (3)"), std::string::npos)
      << owner->message;
  // Without bold, the counts decide.
  Imported plain = import_bib("@article{b1, author = {Roe, Rich and Doe, J.}, title = {One}, year = 2020}\n"
                              "@article{b2, author = {Roe, Rich}, title = {Two}, year = 2021}\n");
  EXPECT_EQ(plain.cv.person.name, "Rich Roe");
}

// A collaboration named in every list of a LIGO member's CV was taken for the owner ("LIGO
// Scientific, Virgo, and KAGRA Collaborations"); it is a body, not a person.
TEST(BibtexOwner, ACollaborationIsNeverTheOwner) {
  Imported result = import_bib(
      "@article{c1, author = {{LIGO Scientific, Virgo, and KAGRA Collaborations}}, title = {One}, year = 2021}\n"
      "@article{c2, author = {{LIGO Scientific, Virgo, and KAGRA Collaborations}}, title = {Two}, year = 2022}\n"
      "@article{c3, author = {{LIGO Scientific, Virgo, and KAGRA Collaborations} and Doe, Jane}, title = {Three}, year = 2023}\n"
      "@article{c4, author = {Doe, Jane and Roe, Rich}, title = {Four}, year = 2024}\n");
  EXPECT_EQ(result.cv.person.name, "Jane Doe");
  EXPECT_TRUE(cvport::names_a_group("LISA Consortium Waveform Working Group"));
  EXPECT_TRUE(cvport::names_a_group("The LHCb collaboration"));
  EXPECT_TRUE(cvport::names_a_group("ALMA Partnership"));
  EXPECT_FALSE(cvport::names_a_group("Julian D. Marshall"));
  EXPECT_FALSE(cvport::names_a_group("Group")); // one word: a family name
}

// One spelling written with a combining accent (NFD, as macOS writes it) and one with {\'e}: the
// same name, one spelling, not two that look alike.
TEST(BibtexOwner, AccentsComposedOrNotAreOneSpelling) {
  Imported result = import_bib("@article{k1, author = {Rene\u0301 Dupre\u0301 and Roe, Rich}, title = {One}, year = 2020}\n"
                               "@article{k2, author = {Dupr{\\'e}, Ren{\\'e} and Poe, Edgar}, title = {Two}, year = 2021}\n");
  ASSERT_EQ(result.cv.publications.size(), 2u);
  EXPECT_EQ(result.cv.person.name, "Ren\u00E9 Dupr\u00E9");
  EXPECT_TRUE(result.cv.person.name_variants.empty());
  EXPECT_EQ(author_names(result.cv.publications[0])[0], "Ren\u00E9 Dupr\u00E9");
}

} // namespace
} // namespace cvport::testing
