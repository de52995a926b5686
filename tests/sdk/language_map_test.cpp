// The one rule every reader of multilingual values follows ({en: "...", de: "..."} in a cvport
// source, {"de": ..., "en": ...} in a JSON Resume file): which keys are language tags, and which
// text is read.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cvport/language.hpp"

namespace {

using cvport::choose_language;
using cvport::find_language;
using cvport::is_language_tag;

TEST(LanguageTag, TakesTheShapeOfBcp47TagsAsFilesWriteThem) {
  for (const char* tag : {"en", "de", "sv", "fi", "gsw", "de-AT", "pt-BR", "pt_BR", "zh-Hans", "zh-Hant-TW", "es-419"})
    EXPECT_TRUE(is_language_tag(tag)) << tag;
  // Field names, upper case, single letters and empty subtags are not tags.
  for (const char* tag : {"", "e", "name", "short", "title", "English", "DE", "De", "de-", "-de", "de--AT", "de-A",
                          "de-ABCDEFGHI", "de AT", "d1"})
    EXPECT_FALSE(is_language_tag(tag)) << tag;
}

TEST(LanguageTag, FindsTheSameTagThenAMoreSpecificThenALessSpecificOne) {
  std::vector<std::string> tags{"de-AT", "en", "de"};
  EXPECT_EQ(find_language(tags, "de"), 2u);    // the same tag before its variant
  EXPECT_EQ(find_language(tags, "DE_at"), 0u); // case and "_" do not matter
  std::vector<std::string> regional{"en-GB", "de-CH"};
  EXPECT_EQ(find_language(regional, "de"), 1u);    // a more specific tag
  EXPECT_EQ(find_language(regional, "en-GB-oxendict"), 0u); // a less specific one
  EXPECT_EQ(find_language(regional, "de-AT"), std::nullopt); // a sibling region is no match
  EXPECT_EQ(find_language(regional, "d"), std::nullopt);  // a prefix that is no subtag
  EXPECT_EQ(find_language(regional, ""), std::nullopt);
}

TEST(LanguageChoice, FallsBackToTheCvsLanguageThenEnglishThenTheFirst) {
  std::vector<std::string> tags{"fr", "en", "de"};
  cvport::LanguageChoice wanted = choose_language(tags, "de", "fr");
  EXPECT_EQ(wanted.index, 2u);
  EXPECT_TRUE(wanted.wanted);
  cvport::LanguageChoice own = choose_language(tags, "ja", "fr");
  EXPECT_EQ(own.index, 0u);
  EXPECT_FALSE(own.wanted);
  EXPECT_EQ(choose_language(tags, "ja", "").index, 1u);   // English
  EXPECT_EQ(choose_language(tags, "ja", "it").index, 1u); // English, the CV's language missing too
  std::vector<std::string> no_english{"sv", "fi"};
  EXPECT_EQ(choose_language(no_english, "ja", "").index, 0u); // the first
  EXPECT_EQ(choose_language(no_english, "", "fi").index, 1u); // nothing wanted: the CV's language
  EXPECT_FALSE(choose_language(no_english, "", "fi").wanted);
}

} // namespace
