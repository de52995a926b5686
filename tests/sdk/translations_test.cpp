// The translation files (core/sdk/translations/*.json, compiled into cvport/translations_data.hpp):
// every language has exactly English's keys, with the same placeholders, and no empty label.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "cvport/language.hpp"
#include "cvport/sections.hpp"

namespace cvport {
namespace {

using translation_data::kTables;
using translation_data::Table;

std::set<std::string> keys(const Table& table) {
  std::set<std::string> result;
  for (const translation_data::Label& label : table.labels) result.insert(std::string(label.key));
  return result;
}

// "{n}", "{m}" and the other placeholders of a label, in order of their names.
std::multiset<std::string> placeholders(std::string_view text) {
  std::multiset<std::string> result;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    result.insert(std::string(text.substr(open, close - open + 1)));
  }
  return result;
}

TEST(Translations, TheFourteenLanguagesOfTheIssueAreThereEnglishFirst) {
  std::set<std::string> languages;
  for (const Table& table : kTables) languages.insert(std::string(table.language));
  EXPECT_EQ(languages, (std::set<std::string>{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja", "ko",
                                              "ar", "he"}));
  EXPECT_EQ(kTables[0].language, "en");
}

TEST(Translations, EveryLanguageHasExactlyTheEnglishKeys) {
  std::set<std::string> english = keys(kTables[0]);
  for (const Table& table : kTables) {
    std::set<std::string> own = keys(table);
    for (const std::string& key : english) EXPECT_TRUE(own.count(key)) << table.language << " lacks " << key;
    for (const std::string& key : own) EXPECT_TRUE(english.count(key)) << table.language << " has extra " << key;
  }
}

TEST(Translations, PlaceholdersAreTheSameInEveryLanguageAndNoLabelIsEmpty) {
  for (const Table& table : kTables)
    for (const translation_data::Label& translated : table.labels) {
      EXPECT_FALSE(translated.text.empty()) << table.language << " " << translated.key;
      std::string_view english = label("en", translated.key);
      EXPECT_EQ(placeholders(translated.text), placeholders(english))
          << table.language << " " << translated.key << ": \"" << translated.text << "\" vs \"" << english << "\"";
    }
}

TEST(Translations, EveryStandardSectionHasATitleInEveryLanguage) {
  for (const Table& table : kTables)
    for (const StandardSection& section : kStandardSections) {
      std::string title = section_title(section, table.language);
      EXPECT_FALSE(title.empty()) << table.language << " " << section.id;
      if (table.language == "en") {
        EXPECT_EQ(title, section.title);
      }
    }
}

TEST(Translations, ReviewedWordsOfTheIssue) {
  EXPECT_EQ(label("de", "section.work"), "Berufserfahrung");
  EXPECT_EQ(label("de", "section.education"), "Ausbildung");
  EXPECT_EQ(label("de", "present"), "heute");
  EXPECT_EQ(label("ja", "section.work"), "職歴");
  EXPECT_EQ(label("ja", "section.education"), "学歴");
  EXPECT_EQ(label("ja", "present"), "現在");
}

TEST(Language, TagsFindTheirLanguageIgnoringCaseAndSubtags) {
  ASSERT_NE(find_translation("de-AT"), nullptr);
  EXPECT_EQ(find_translation("de-AT")->language, "de");
  EXPECT_EQ(find_translation("PT_br")->language, "pt");
  EXPECT_EQ(find_translation("zh-Hans")->language, "zh");
  EXPECT_EQ(find_translation("")->language, "en");
  EXPECT_EQ(find_translation("tlh"), nullptr);
  EXPECT_EQ(find_translation("d"), nullptr);
  EXPECT_TRUE(translation_is_approximate("de-AT"));
  EXPECT_FALSE(translation_is_approximate("")) << "no language is English, not an approximation of it";
  EXPECT_FALSE(translation_is_approximate("DE"));
  EXPECT_FALSE(translation_is_approximate("tlh"));
}

TEST(Language, ArabicAndHebrewAreRightToLeft) {
  EXPECT_TRUE(is_right_to_left("ar"));
  EXPECT_TRUE(is_right_to_left("he-IL"));
  EXPECT_FALSE(is_right_to_left("en"));
  EXPECT_FALSE(is_right_to_left("ja"));
  EXPECT_FALSE(is_right_to_left(""));
}

TEST(Language, MissingLanguageOrKeyFallsBackToEnglish) {
  EXPECT_EQ(label("tlh", "present"), "present");
  EXPECT_EQ(label("de", "no.such.key"), "");
}

TEST(Language, FillAndSplitLabels) {
  EXPECT_EQ(fill_label(label("de", "page_n_of_m"), {{"n", "2"}, {"m", "3"}}), "Seite 2 von 3");
  EXPECT_EQ(fill_label(label("ko", "page_n_of_m"), {{"n", "2"}, {"m", "3"}}), "3쪽 중 2쪽");
  EXPECT_EQ(fill_label("{a} and {b}", {{"a", "x"}}), "x and {b}");
  auto [before, after] = split_label(label("ja", "page_n"), "n");
  EXPECT_EQ(before, "");
  EXPECT_EQ(after, "ページ");
}

} // namespace
} // namespace cvport
