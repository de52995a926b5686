// The month a word names, in any language CLDR has: "Oktober", "janv.", "enero", "setembro",
// "październik", "października", "октября", "Sept". The names come from ICU (CLDR's month names,
// wide and abbreviated, in the forms used inside a date and standing alone), never from a table
// typed here. Readers of dates people wrote (cvport/liberal_date.hpp) use it.
#ifndef CVPORT_MONTH_WORDS_HPP
#define CVPORT_MONTH_WORDS_HPP

#include <bit>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include "cvport/folded_text.hpp"
#include "cvport/language.hpp"

namespace cvport {

struct MonthWord {
  int month = 0;          // 1-12; 0 when the word names no month, or several
  bool ambiguous = false; // the word names different months in different languages
};

namespace month_words_detail {

// Months by a folded word: bit m for month m.
using MonthNames = std::map<std::string, std::uint16_t, std::less<>>;

inline bool has_ascii_digit(std::string_view text) {
  for (char c : text)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// The month names of the locales ICU has that `take` accepts. Names with digits ("10月",
// "M10") are left out: dates written that way are numeric, not words.
template <class Take> MonthNames month_names(Take take) {
  MonthNames words;
  int32_t count = 0;
  const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
  for (int32_t i = 0; i < count; ++i) {
    if (!take(locales[i])) continue;
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(locales[i], status);
    if (U_FAILURE(status)) continue;
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE})
      for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t months = 0;
        const icu::UnicodeString* names = symbols.getMonths(months, context, width);
        for (int32_t month = 0; month < months && month < 12; ++month) {
          std::string name;
          names[month].toUTF8String(name);
          std::string key = folded_word_key(name);
          if (!key.empty() && !has_ascii_digit(key)) words[key] |= std::uint16_t(1u << (month + 1));
        }
      }
  }
  return words;
}

// The languages cvport has labels for (core/sdk/translations), without regional variants: 16
// locales, read in about 4 ms. Most month names people write are found here.
inline const MonthNames& labelled_month_names() {
  static const MonthNames table = month_names(
      [](const icu::Locale& locale) { return !*locale.getCountry() && find_translation(locale.getLanguage()); });
  return table;
}

// Every language ICU has, and its scripts ("sr-Latn"), without regional variants (about 250
// locales, read in about 25 ms; all 800 take 80): only for a word the first table lacks.
inline const MonthNames& all_month_names() {
  static const MonthNames table = month_names([](const icu::Locale& locale) { return !*locale.getCountry(); });
  return table;
}

} // namespace month_words_detail

// The month `word` names ("Oktober" -> 10, "janv." -> 1), case and accents ignored. A word that
// names different months in different languages is read as it is in the languages cvport has
// labels for when they agree ("mar" is March in English, Spanish, Italian and Polish, May in
// Teso; "listopad" is November in Polish and Czech, October in Croatian: Polish decides);
// otherwise it is ambiguous, and so is a word only other languages disagree on.
inline MonthWord month_of_word(std::string_view word) {
  using namespace month_words_detail;
  std::string key = folded_word_key(word);
  // The second table is read only when the first lacks the word.
  for (const MonthNames& (*table)() : {&labelled_month_names, &all_month_names}) {
    auto found = table().find(key);
    if (found == table().end()) continue;
    if (std::popcount(found->second) == 1) return {.month = std::countr_zero(found->second)};
    return {.ambiguous = true};
  }
  return {};
}

} // namespace cvport

#endif // CVPORT_MONTH_WORDS_HPP
