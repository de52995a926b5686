// The words people write as the end of something still going on: "present", "heute",
// "actualidad", "настоящее время", "en cours". CLDR has no such word as such, so they come from
// three sources, each named below: cvport's own label for it in every language it writes
// (core/sdk/translations), CLDR's relative "now" and "today" in those languages (through ICU),
// and a short table of words found in other published lists and in real resume.json files.
#ifndef CVPORT_ONGOING_WORDS_HPP
#define CVPORT_ONGOING_WORDS_HPP

#include <set>
#include <string>
#include <string_view>

#include <unicode/locid.h>
#include <unicode/reldatefmt.h>

#include "cvport/folded_text.hpp"
#include "cvport/language.hpp"

namespace cvport {

namespace ongoing_words_detail {

// Words no CLDR or cvport label has, each with its source.
inline constexpr std::string_view kCitedWords[] = {
    // English, as resume.json files write it (cvport read these before any other language).
    "present", "now", "current", "today", "ongoing",
    "till now", // a published resume.json (the JSON Resume corpus cvport is measured on)
    "aktuell",  // German, in published resume.json files (same corpus)
    // DBpedia's words for "present" in the date ranges of Wikipedia infoboxes, per language
    // (dbpedia/extraction-framework, core/src/main/scala/org/dbpedia/extraction/config/mappings/
    // DateIntervalMappingConfig.scala, presentMap), for the languages cvport has labels for. Left
    // out: Spanish "fecha" ("date", a template's placeholder in resume.json files).
    "presente", "actualidad",                                // es
    "aujourd'hui", "en cours",                               // fr
    "in attività",                                           // it
    "heden",                                                 // nl
    "nadal", "obecnie",                                      // pl
    "atualidade", "atualmente", "agora",                     // pt
    "наши дни", "настоящее время", "наст. время", "н.вр",     // ru
    "atual", // pt: the "current" date label of a bilingual CV site (angeloocana/angeloocana, src/data/messages/pt.js)
};

using Words = std::set<std::string, std::less<>>;

inline void add_word(Words& words, std::string_view word) {
  std::string key = folded_word_key(word);
  if (!key.empty()) words.insert(key);
}

// The cited words and cvport's own labels: cheap, and they hold what files mostly write.
inline const Words& listed_words() {
  static const Words table = [] {
    Words words;
    for (std::string_view word : kCitedWords) add_word(words, word);
    for (const translation_data::Table& translation : translation_data::kTables)
      add_word(words, label(translation.language, "present"));
    return words;
  }();
  return table;
}

// CLDR's relative "now" and "today" in the languages cvport has labels for: ICU's formatters
// take some 13 ms to make, so they are asked only for a word the list lacks.
inline const Words& cldr_words() {
  static const Words table = [] {
    Words words;
    for (const translation_data::Table& translation : translation_data::kTables) {
      UErrorCode status = U_ZERO_ERROR;
      icu::RelativeDateTimeFormatter relative(icu::Locale(std::string(translation.language).c_str()), status);
      if (U_FAILURE(status)) continue;
      for (auto [direction, unit] : {std::pair{UDAT_DIRECTION_PLAIN, UDAT_ABSOLUTE_NOW},
                                     std::pair{UDAT_DIRECTION_THIS, UDAT_ABSOLUTE_DAY}}) {
        icu::UnicodeString text;
        status = U_ZERO_ERROR;
        relative.format(direction, unit, text, status);
        std::string utf8;
        if (U_SUCCESS(status)) add_word(words, text.toUTF8String(utf8));
      }
    }
    return words;
  }();
  return table;
}

} // namespace ongoing_words_detail

// Whether `text` is a word for "still going on", case, accents and a final full stop ignored:
// "Present", "HEUTE", "aujourd’hui" (CLDR's "today" in French), "obecnie", "настоящее время".
inline bool is_ongoing_word(std::string_view text) {
  using namespace ongoing_words_detail;
  std::string key = folded_word_key(text);
  return listed_words().contains(key) || cldr_words().contains(key);
}

} // namespace cvport

#endif // CVPORT_ONGOING_WORDS_HPP
