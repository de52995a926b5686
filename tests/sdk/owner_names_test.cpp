// cvport/name_agreement.hpp and owner_spellings.hpp: whether two spellings may name one person,
// and which spelling of author lists is their owner, as the BibTeX importer chooses its file's
// owner and the host the owner of several inputs.
// The spellings are those of real author lists (.bib files, ORCID records).
#include "cvport/name_agreement.hpp"
#include "cvport/owner_spellings.hpp"

#include <gtest/gtest.h>

namespace {

using cvport::may_name_the_same_person;

TEST(NameAgreement, SameFamilyAndGivenNamesThatAgree) {
  EXPECT_TRUE(may_name_the_same_person("Adam Ginsburg", "A. Ginsburg"));
  EXPECT_TRUE(may_name_the_same_person("A. G. Ginsburg", "Adam Ginsburg"));  // a middle name more
  EXPECT_TRUE(may_name_the_same_person("Kathryn D. Huff", "K. Huff"));
  EXPECT_TRUE(may_name_the_same_person("Gabriel A Devenyi", "G A Devenyi")); // initials without dots
  EXPECT_TRUE(may_name_the_same_person("Jean-Pierre Dupont", "J.-P. Dupont"));
  EXPECT_TRUE(may_name_the_same_person("Ludwig van Beethoven", "L. van Beethoven"));
  EXPECT_TRUE(may_name_the_same_person("\xC3\x89mile Borel", "\xC3\x89. Borel")); // a two-byte initial
  EXPECT_TRUE(may_name_the_same_person("Micka\xC3\xABl Canouil", "Mickael Canouil"));   // accents do not count
  EXPECT_TRUE(may_name_the_same_person("Soon Ho Kong", "Soonho Kong"));
  EXPECT_TRUE(may_name_the_same_person("Matthew D. Lew", "Matthew D. Lew^+"));
  EXPECT_FALSE(may_name_the_same_person("Adam Ginsburg", "Andrew Ginsburg"));
  EXPECT_FALSE(may_name_the_same_person("Adam G. Ginsburg", "Adam Q. Ginsburg"));
  EXPECT_FALSE(may_name_the_same_person("A. Ginsburg", "Ginsburg"));         // too little to tell
  EXPECT_FALSE(may_name_the_same_person("Adam Ginsburg", "Adam Ginsberg"));
  EXPECT_FALSE(may_name_the_same_person("John Smith", "John Smith, Jr"));
  EXPECT_FALSE(may_name_the_same_person("Soon Ho Kong", "Soon Kong Ho"));
}

TEST(NameAgreement, ASpellingIsSplitIntoFoldedGivenNamesFamilyAndSuffix) {
  cvport::SplitPersonName split = cvport::split_person_name("J.-P. van  Dyck, Jr");
  EXPECT_EQ(split.given, (std::vector<std::string>{"j", "p", "van"}));
  EXPECT_EQ(split.family, "dyck");
  EXPECT_EQ(split.suffix, "jr");
  EXPECT_TRUE(cvport::writes_first_given_name(cvport::split_person_name("Baolin Li")));
  EXPECT_FALSE(cvport::writes_first_given_name(cvport::split_person_name("B. Li")));
}

TEST(OwnerSpellings, NamesTheMostUsedSpellingWithTheFirstNameWrittenOut) {
  // Initials only: the most used spelling stays the name.
  cvport::OwnerSpellings initials = cvport::choose_owner_spellings({{"K. Huff", 4}, {"K. D. Huff", 1}, {"P. Roe", 5}},
                                                                   {"K. Huff", "K. D. Huff", "P. Roe"});
  EXPECT_EQ(initials.name, "P. Roe");
  EXPECT_TRUE(initials.variants.empty());
  EXPECT_EQ(initials.entries, 5u);
  // Counted with their other spellings, the owner outnumbers a co-author on most of their papers.
  cvport::OwnerSpellings spread = cvport::choose_owner_spellings(
      {{"Frank Permenter", 8}, {"Soonho Kong", 6}, {"Soon Ho Kong", 3}}, {"Soonho Kong", "Frank Permenter", "Soon Ho Kong"});
  EXPECT_EQ(spread.name, "Soonho Kong");
  EXPECT_EQ(spread.variants, std::vector<std::string>{"Soon Ho Kong"});
  EXPECT_EQ(spread.entries, 9u);
  // A tie goes to the spelling the file uses first.
  cvport::OwnerSpellings tie = cvport::choose_owner_spellings({{"Kathryn Huff", 2}, {"Kathryn D. Huff", 2}},
                                                              {"Kathryn D. Huff", "Kathryn Huff"});
  EXPECT_EQ(tie.name, "Kathryn D. Huff");
  EXPECT_EQ(tie.variants, std::vector<std::string>{"Kathryn Huff"});
  EXPECT_TRUE(cvport::choose_owner_spellings({}, {}).name.empty());
}

// Only an allowed spelling can be the owner; its namesakes still count with it.
TEST(OwnerSpellings, OnlyAnAllowedSpellingCanBeTheOwner) {
  cvport::OwnerSpellings owner = cvport::choose_owner_spellings(
      {{"Frank Permenter", 8}, {"B. Li", 3}, {"Baolin Li", 2}}, {"Frank Permenter", "B. Li", "Baolin Li"}, {"B. Li"});
  EXPECT_EQ(owner.name, "Baolin Li");
  EXPECT_EQ(owner.variants, std::vector<std::string>{"B. Li"});
  EXPECT_EQ(owner.entries, 5u);
  EXPECT_TRUE(cvport::choose_owner_spellings({{"A", 1}}, {"A"}, {"Nobody"}).name.empty());
}

} // namespace
