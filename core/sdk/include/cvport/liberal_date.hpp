// Reading the dates people write: ISO 8601 (2019, 2019-06, 2019-06-01) and also "06/2019",
// "2019-6", "15.01.2019", "01/15/2019", "June 2019", "Oktober 2022", "15 janvier 2019" (month
// names of every language, cvport/month_words.hpp), "2022年10月", "2022년 10월"
// (cvport/cjk_date.hpp), "Now", "heute" (cvport/ongoing_words.hpp), days that do not exist and
// an ISO date with a hyphen left at its end ("1987-01-"). The JSON Resume importer reads real
// resume.json files with it (every form docs/formats/jsonresume.md lists); the source reader uses
// it to suggest the ISO form of a date it refuses ("2019-9": write "2019-09").
#ifndef CVPORT_LIBERAL_DATE_HPP
#define CVPORT_LIBERAL_DATE_HPP

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/cjk_date.hpp"
#include "cvport/date.hpp"
#include "cvport/model.hpp"
#include "cvport/month_words.hpp"
#include "cvport/ongoing_words.hpp"
#include "cvport/text.hpp"

namespace cvport {

struct LiberalDate {
  std::optional<Date> date; // what was read; nothing when the text is no date at all
  bool rewritten = false;   // the text was not the ISO form of `date` (a note says so)
  std::string problem;      // why part of the text was not kept ("September has 30 days"), or why none was,
                            // or how a doubt was settled ("03/04/2019" read day first)
};

// Which number comes first in a numeric date with a day ("15/01/2019" day first, "01/15/2019"
// month first). A date such as "03/04/2019" cannot tell; other dates of the same file may.
enum class DayOrder { unknown, day_first, month_first };

namespace liberal_date_detail {

inline bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

inline int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// A calendar date from numbers, when they name one (day 0 = not given).
inline std::optional<Date> calendar_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  if (day != 0 && day > days_in_month(year, month)) return std::nullopt;
  return Date{.year = year, .month = month, .day = day};
}

// "June", "jun", "Jun.", "Sept" -> 6, 9; 0 for anything else.
inline int english_month(std::string_view word) {
  std::string name = lower_ascii(word);
  if (!name.empty() && name.back() == '.') name.pop_back();
  if (name == "sept") return 9;
  for (int month = 1; month <= 12; ++month) {
    std::string full = lower_ascii(month_name(month));
    if (name == full || name == full.substr(0, 3)) return month;
  }
  return 0;
}

// Splits "06/2019", "2019/06/01", "06.2019" at one kind of separator.
inline std::optional<std::array<std::string_view, 3>> numeric_parts(std::string_view text, char separator) {
  std::array<std::string_view, 3> parts{};
  size_t count = 0, start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    if (count == 3 || !all_digits(text.substr(start, end - start))) return std::nullopt;
    parts[count++] = text.substr(start, end - start);
    start = end + 1;
  }
  if (count < 2) return std::nullopt;
  return parts;
}

// The parts of a numeric date with a day and a four-digit year at the end: "15/01/2019",
// "15.01.2019", "1-15-2019".
inline std::optional<std::array<int, 3>> day_month_year_numbers(std::string_view text) {
  for (char separator : {'/', '.', '-'}) {
    auto parts = numeric_parts(text, separator);
    if (!parts) continue;
    auto [a, b, c] = *parts;
    if (a.size() <= 2 && b.size() <= 2 && c.size() == 4) return std::array{number(a), number(b), number(c)};
    return std::nullopt;
  }
  return std::nullopt;
}

inline std::string month_and_day_text(const Date& date) {
  return std::to_string(date.day) + " " + std::string(month_name(date.month)) + " " + std::to_string(date.year);
}

// "15/01/2019" (day first: no month 15), "01/15/2019" (month first). When both numbers could be
// the month ("03/04/2019"), `order` decides, else day first: the order of most of the world, and
// the only one of dates written with dots; the problem says how it was read.
inline std::optional<Date> read_day_month_year(std::string_view text, DayOrder order, std::string& problem) {
  auto numbers = day_month_year_numbers(text);
  if (!numbers) return std::nullopt;
  auto [first, second, year] = *numbers;
  auto day_first = calendar_date(year, second, first), month_first = calendar_date(year, first, second);
  if (first == 0 || second == 0) return std::nullopt;
  if (!day_first || !month_first || first == second) return day_first ? day_first : month_first;
  bool read_day_first = order != DayOrder::month_first;
  const Date& read = read_day_first ? *day_first : *month_first;
  const Date& other = read_day_first ? *month_first : *day_first;
  problem = std::string(text) + ": the day and the month cannot be told apart; read as " + month_and_day_text(read) +
            (order == DayOrder::unknown ? " (day first, as most of the world writes dates)"
                                        : " (as other dates of the file are written)") +
            ", not " + month_and_day_text(other) + "; write " + format_date(read) + " or " + format_date(other);
  return read;
}

inline std::optional<Date> read_numeric(std::string_view text) {
  for (char separator : {'-', '/', '.'}) {
    auto parts = numeric_parts(text, separator);
    if (!parts) continue;
    auto [a, b, c] = *parts;
    if (a.size() == 4 && b.size() <= 2) // 2019/06, 2019-6, 2019/06/01
      return calendar_date(number(a), number(b), c.empty() ? 0 : (c.size() <= 2 ? number(c) : -1));
    if (a.size() <= 2 && b.size() == 4 && c.empty()) // 06/2019, 6.2019
      return calendar_date(number(b), number(a), 0);
    return std::nullopt; // a day, month and year: read_day_month_year
  }
  return std::nullopt;
}

// "June 2019", "Jun 2019", "Sept. 2019", "June, 2019", "Oktober 2022", "janv. 2020", "enero de
// 2020", "октября 2020 г.", "15 janvier 2019", "June 15, 2019": a month's name in any language,
// a four-digit year and perhaps a day. `problem` says why a month's name was not read.
inline std::optional<Date> read_written_date(std::string_view text, std::string& problem) {
  // Words CLDR's own date patterns put beside the month and the year: "MMMM 'de' y" (es, pt,
  // ca, gl), "d 'de' MMMM" (es), "LLLL y 'г'." (ru); "of" and "r." (Polish "roku") as people write.
  static constexpr std::string_view kJoiningWords[] = {"de", "del", "di", "of", "the", "г", "r"};
  std::string folded = folded_text(text);
  std::vector<std::string> words;
  std::string word;
  for (char c : folded + " ") {
    if (c == ' ' || c == ',') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  int year = 0, day = 0;
  std::string month;
  for (std::string& part : words) {
    std::string_view bare = part;
    while (!bare.empty() && bare.back() == '.') bare.remove_suffix(1); // "15." (German), "janv."
    if (std::find(std::begin(kJoiningWords), std::end(kJoiningWords), bare) != std::end(kJoiningWords)) continue;
    if (all_digits(bare) && bare.size() == 4 && year == 0) {
      year = number(bare);
    } else if (all_digits(bare) && bare.size() <= 2 && day == 0) {
      day = number(bare);
    } else if (!all_digits(bare) && !bare.empty()) {
      month += (month.empty() ? "" : " ") + std::string(bare);
    } else {
      return std::nullopt;
    }
  }
  if (year == 0 || month.empty()) return std::nullopt;
  MonthWord named = month_of_word(month);
  if (named.ambiguous)
    problem = "\"" + std::string(text) + "\": \"" + month +
              "\" names different months in different languages; write the date as ISO 8601 (2019-06)";
  if (!named.month) return std::nullopt;
  return calendar_date(year, named.month, day);
}

} // namespace liberal_date_detail

// What a numeric date with a day shows of the order of day and month ("15/01/2019": day first);
// unknown when it shows nothing ("03/04/2019", "2019-06"). An importer looks at every date of a
// file with it, and reads the doubtful ones in the order the others show.
inline DayOrder numeric_day_order(std::string_view text) {
  auto numbers = liberal_date_detail::day_month_year_numbers(text);
  if (!numbers) return DayOrder::unknown;
  auto [first, second, year] = *numbers;
  if (first > 12 && second >= 1 && second <= 12) return DayOrder::day_first;
  if (second > 12 && first >= 1 && first <= 12) return DayOrder::month_first;
  return DayOrder::unknown;
}

// `allow_present`: the words for an ongoing entry in any language cvport knows ("present",
// "now", "heute", "actualidad", cvport/ongoing_words.hpp), in any case, give
// Date{.present = true}. `order`: how the file writes numeric dates with a day, when known.
inline LiberalDate read_liberal_date(std::string_view text, bool allow_present, DayOrder order = DayOrder::unknown) {
  LiberalDate result;
  if (auto iso = parse_date(text, allow_present)) {
    result.date = iso;
    return result;
  }
  result.rewritten = true;
  // Only words need ICU's data (some milliseconds to load): numeric forms never ask for it.
  bool has_letter = std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
  if (has_letter && is_ongoing_word(text)) {
    if (allow_present) {
      result.date = Date{.present = true};
    } else {
      result.rewritten = false;
      result.problem = "\"" + std::string(text) + "\" is not a date here (only an end date can be ongoing)";
    }
    return result;
  }
  // An ISO timestamp: its date part.
  if (text.size() > 10 && text[10] == 'T') {
    if (auto day = parse_date(text.substr(0, 10), false)) {
      result.date = day;
      return result;
    }
  }
  if (std::string reason = impossible_day_reason(text); !reason.empty()) {
    result.date = parse_date(text.substr(0, 7), false);
    result.problem = std::string(text) + ": " + reason + "; the date is kept to the month";
    return result;
  }
  // "1987-01-", "1987-": the day or month left out and its hyphen left in (real resume.json files).
  if (text.size() > 4 && text.back() == '-') {
    if (auto shorter = parse_date(text.substr(0, text.size() - 1), false)) {
      result.date = shorter;
      result.problem = std::string(text) + ": nothing follows the last hyphen; read as " + format_date(*shorter);
      return result;
    }
  }
  if (auto numeric = liberal_date_detail::read_numeric(text)) {
    result.date = numeric;
    return result;
  }
  if (auto day_first = liberal_date_detail::read_day_month_year(text, order, result.problem)) {
    result.date = day_first;
    return result;
  }
  std::string month_problem;
  if (has_letter) {
    if (auto cjk = read_cjk_date(text)) {
      result.date = cjk;
      return result;
    }
    if (auto written = liberal_date_detail::read_written_date(text, month_problem)) {
      result.date = written;
      return result;
    }
  }
  result.rewritten = false;
  result.problem = month_problem.empty()
                       ? "expected a date such as 2019-06, 06/2019 or June 2019" +
                             std::string(allow_present ? ", or \"present\"" : "") + ", found \"" + std::string(text) +
                             "\""
                       : month_problem;
  return result;
}

} // namespace cvport

#endif
