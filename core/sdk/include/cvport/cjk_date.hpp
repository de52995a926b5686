// Dates as Japanese, Chinese and Korean write them, found in real resume.json files: "2022年10月",
// "2022年10月15日", "2022年", "2022년 10월", "2022년 10월 15일". The forms are CLDR's, through
// ICU's DateTimePatternGenerator, never typed here: the best patterns for the skeletons yMMMd,
// yMMM and y in ja, zh and ko ("y年M月d日", "y年M月", "y年"; "y년 MMM d일", "y년 MMM", "y년", whose
// MMM is "10월"), each parsed by ICU. Readers of dates people wrote (cvport/liberal_date.hpp) use it.
#ifndef CVPORT_CJK_DATE_HPP
#define CVPORT_CJK_DATE_HPP

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/smpdtfmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "cvport/model.hpp"

namespace cvport {

namespace cjk_date_detail {

// One of CLDR's patterns, and what a date read with it holds.
struct DatePattern {
  const char* locale;
  icu::UnicodeString pattern;
  bool has_month = false;
  bool has_day = false;
  icu::UnicodeString last_word; // what the pattern writes after its last field: "日", "年"; may be empty
};

// The words a pattern writes after its last field ("y年M月" -> "月"; "y년 MMM" -> ""), unquoted.
inline icu::UnicodeString last_word(const icu::UnicodeString& pattern) {
  icu::UnicodeString word;
  for (int32_t i = pattern.length(); i > 0; --i) {
    char16_t c = pattern.charAt(i - 1);
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) break;
    if (c != u'\'') word.insert(0, c);
  }
  return word;
}

// `text` without its white space: people write "2022 年 10 月" as well as "2022年10月", and
// "2022년10월" as well as CLDR's "2022년 10월", so white space is left out of the pattern and of
// the text alike.
inline icu::UnicodeString without_white_space(const icu::UnicodeString& text) {
  icu::UnicodeString kept;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isUWhiteSpace(c)) kept.append(c);
  }
  return kept;
}

// The patterns, the longest first, so that "2022年10月15日" is not taken for a month and more.
inline const std::vector<DatePattern>& date_patterns() {
  static const std::vector<DatePattern> patterns = [] {
    std::vector<DatePattern> found;
    for (const char* locale : {"ja", "zh", "ko"}) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::DateTimePatternGenerator> generator(
          icu::DateTimePatternGenerator::createInstance(icu::Locale(locale), status));
      if (U_FAILURE(status)) continue;
      for (auto [skeleton, has_month, has_day] : {std::tuple{u"yMMMd", true, true}, std::tuple{u"yMMM", true, false},
                                                   std::tuple{u"y", false, false}}) {
        status = U_ZERO_ERROR;
        icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(skeleton), status);
        pattern = without_white_space(pattern);
        bool known = std::any_of(found.begin(), found.end(), [&](const DatePattern& p) { return p.pattern == pattern; });
        if (U_SUCCESS(status) && !known) // zh's patterns are ja's
          found.push_back({.locale = locale, .pattern = pattern, .has_month = has_month, .has_day = has_day,
                           .last_word = last_word(pattern)});
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DatePattern& a, const DatePattern& b) { return a.has_day + a.has_month > b.has_day + b.has_month; });
    return found;
  }();
  return patterns;
}

// A parser of each pattern, made once per thread: making one takes some 20 µs, and an ICU format
// is not to be shared between threads.
struct DateParser {
  const DatePattern* pattern;
  std::unique_ptr<icu::SimpleDateFormat> format;
  std::unique_ptr<icu::Calendar> calendar;
};

inline std::vector<DateParser>& date_parsers() {
  thread_local std::vector<DateParser> parsers = [] {
    std::vector<DateParser> made;
    for (const DatePattern& pattern : date_patterns()) {
      UErrorCode status = U_ZERO_ERROR;
      icu::Locale locale(pattern.locale);
      auto format = std::make_unique<icu::SimpleDateFormat>(pattern.pattern, locale, status);
      std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(locale, status));
      if (U_FAILURE(status)) continue;
      format->setLenient(false); // no month 13, no 30 February
      calendar->setLenient(false);
      made.push_back({&pattern, std::move(format), std::move(calendar)});
    }
    return made;
  }();
  return parsers;
}

} // namespace cjk_date_detail

// The date `text` writes in one of CLDR's Japanese, Chinese or Korean forms, with a four-digit
// year; nothing for anything else, and for a day or month that does not exist ("2022年2月30日").
inline std::optional<Date> read_cjk_date(std::string_view text) {
  using namespace cjk_date_detail;
  icu::UnicodeString written =
      without_white_space(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size()))));
  // ICU reads "22年" as 2022 (a two-digit year): a CV's year is written in full.
  for (int32_t i = 0; i < 5; ++i) {
    bool digit = i < written.length() && written.charAt(i) >= u'0' && written.charAt(i) <= u'9';
    if (digit != (i < 4)) return std::nullopt;
  }
  for (DateParser& parser : date_parsers()) {
    // ICU takes a text that stops before the pattern's last word ("2022年10月15"): not a CV's date.
    if (!written.endsWith(parser.pattern->last_word)) continue;
    parser.calendar->clear();
    icu::ParsePosition position(0);
    parser.format->parse(written, *parser.calendar, position);
    if (position.getErrorIndex() >= 0 || position.getIndex() != written.length()) continue;
    UErrorCode status = U_ZERO_ERROR;
    int year = parser.calendar->get(UCAL_YEAR, status), month = parser.calendar->get(UCAL_MONTH, status) + 1,
        day = parser.calendar->get(UCAL_DATE, status);
    if (U_FAILURE(status) || year < 1) continue;
    return Date{.year = year, .month = parser.pattern->has_month ? month : 0, .day = parser.pattern->has_day ? day : 0};
  }
  return std::nullopt;
}

} // namespace cvport

#endif // CVPORT_CJK_DATE_HPP
