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

// The months (bit m for month m) a folded word names: in the languages cvport has labels for
// (core/sdk/translations), and in the others.
struct Readings {
  std::uint16_t labelled = 0;
  std::uint16_t other = 0;
};

// A word's key: folded (cvport/folded_text.hpp), without the full stop of an abbreviation
// ("janv." and "janv" are the same word).
inline std::string month_key(std::string_view word) {
  std::string key = folded_text(word);
  while (!key.empty() && key.back() == '.') key.pop_back();
  return key;
}

inline bool has_ascii_digit(std::string_view text) {
  for (char c : text)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// Every month name of every locale ICU has (about 800, read once: some 50 ms). Names with
// digits ("10月", "M10") are left out: dates written that way are numeric, not words.
inline const std::map<std::string, Readings, std::less<>>& readings() {
  static const std::map<std::string, Readings, std::less<>> table = [] {
    std::map<std::string, Readings, std::less<>> words;
    int32_t count = 0;
    const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
    for (int32_t i = 0; i < count; ++i) {
      UErrorCode status = U_ZERO_ERROR;
      icu::DateFormatSymbols symbols(locales[i], status);
      if (U_FAILURE(status)) continue;
      bool labelled = find_translation(locales[i].getLanguage()) != nullptr;
      for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE})
        for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
          int32_t months = 0;
          const icu::UnicodeString* names = symbols.getMonths(months, context, width);
          for (int32_t month = 0; month < months && month < 12; ++month) {
            std::string name;
            names[month].toUTF8String(name);
            std::string key = month_key(name);
            if (key.empty() || has_ascii_digit(key)) continue;
            Readings& reading = words[key];
            (labelled ? reading.labelled : reading.other) |= std::uint16_t(1u << (month + 1));
          }
        }
    }
    return words;
  }();
  return table;
}

inline int month_of_bits(std::uint16_t bits) { return std::countr_zero(bits); }

} // namespace month_words_detail

// The month `word` names ("Oktober" -> 10, "janv." -> 1), case and accents ignored. A word that
// names different months in different languages is read as it is in the languages cvport has
// labels for when they agree ("mar" is March in English, Spanish, Italian and Polish, May in
// Teso); otherwise it is ambiguous ("listopad" is November in Polish and Czech, October in
// Croatian, and Polish decides; a word only other languages disagree on is left unread).
inline MonthWord month_of_word(std::string_view word) {
  using namespace month_words_detail;
  const auto& table = readings();
  auto found = table.find(month_key(word));
  if (found == table.end()) return {};
  for (std::uint16_t bits : {found->second.labelled, found->second.other}) {
    if (bits == 0) continue;
    if (std::popcount(bits) == 1) return {.month = month_of_bits(bits)};
    return {.ambiguous = true};
  }
  return {};
}

} // namespace cvport

#endif // CVPORT_MONTH_WORDS_HPP
