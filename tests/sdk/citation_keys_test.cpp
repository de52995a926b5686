// Citation keys of the BibTeX example: usable characters, derived keys, unique suffixes.
#include <gtest/gtest.h>

#include "citation_keys.hpp"

namespace bibtex {
namespace {

TEST(KeyCharacters, KeepsWhatEveryCitationSyntaxAccepts) {
  EXPECT_EQ(key_characters("li2023clover"), "li2023clover");
  EXPECT_EQ(key_characters("Li 2023, {draft} #2"), "Li2023draft2");
  EXPECT_EQ(key_characters("doi:10.1145/3581784.3607034"), "doi:10.1145/3581784.3607034");
  EXPECT_EQ(key_characters("-.x_y"), "x_y"); // must start with a letter, digit or _
  EXPECT_EQ(key_characters("\u00e9t\u00e9"), "t");
}

TEST(DerivedKey, FirstSignificantWordAndYear) {
  EXPECT_EQ(derived_key("Building Cost-Efficient Machine Learning Inference Systems", 2023), "building2023");
  EXPECT_EQ(derived_key("The MISO System", 0), "miso");
  EXPECT_EQ(derived_key("Toward a Theory: of Things", 2020), "theory2020");
  EXPECT_EQ(derived_key("\u2014 !", 2020), "untitled2020");
}

TEST(CitationKeys, ClashesGetLetterThenNumberSuffixes) {
  CitationKeys keys;
  EXPECT_EQ(keys.claim("li2023"), "li2023");
  EXPECT_EQ(keys.claim("li2023"), "li2023b");
  EXPECT_EQ(keys.claim("li2023"), "li2023c");
  EXPECT_EQ(keys.claim("li2023b"), "li2023bb");
  for (char letter = 'd'; letter <= 'z'; ++letter) keys.claim("li2023");
  EXPECT_EQ(keys.claim("li2023"), "li2023-2");
  EXPECT_EQ(keys.claim("other"), "other");
}

} // namespace
} // namespace bibtex
