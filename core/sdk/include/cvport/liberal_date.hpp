// Reading the dates people write: ISO 8601 (2019, 2019-06, 2019-06-01) and also "06/2019",
// "2019-6", "June 2019", "Now" and days that do not exist. The JSON Resume importer reads real
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

#include "cvport/date.hpp"
#include "cvport/model.hpp"
#include "cvport/text.hpp"

namespace cvport {

struct LiberalDate {
  std::optional<Date> date; // what was read; nothing when the text is no date at all
  bool rewritten = false;   // the text was not the ISO form of `date` (a note says so)
  std::string problem;      // why part of the text was not kept ("September has 30 days"), or why none was
};

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

inline std::optional<Date> read_numeric(std::string_view text) {
  for (char separator : {'-', '/', '.'}) {
    auto parts = numeric_parts(text, separator);
    if (!parts) continue;
    auto [a, b, c] = *parts;
    if (a.size() == 4 && b.size() <= 2) // 2019/06, 2019-6, 2019/06/01
      return calendar_date(number(a), number(b), c.empty() ? 0 : (c.size() <= 2 ? number(c) : -1));
    if (a.size() <= 2 && b.size() == 4 && c.empty()) // 06/2019, 6.2019
      return calendar_date(number(b), number(a), 0);
    return std::nullopt; // 01/02/2019: day and month cannot be told apart
  }
  return std::nullopt;
}

// "June 2019", "Jun 2019", "Sept. 2019", "June, 2019".
inline std::optional<Date> read_month_year(std::string_view text) {
  size_t space = text.find_last_of(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view year = text.substr(space + 1);
  std::string_view month = text.substr(0, space);
  while (!month.empty() && (month.back() == ',' || month.back() == ' ')) month.remove_suffix(1);
  int month_number = english_month(month);
  if (!month_number || year.size() != 4 || !all_digits(year)) return std::nullopt;
  return calendar_date(number(year), month_number, 0);
}

} // namespace liberal_date_detail

// `allow_present`: the words for an ongoing entry ("present", "now", "current", "today",
// "ongoing", in any case) give Date{.present = true}.
inline LiberalDate read_liberal_date(std::string_view text, bool allow_present) {
  LiberalDate result;
  if (auto iso = parse_date(text, allow_present)) {
    result.date = iso;
    return result;
  }
  result.rewritten = true;
  std::string word = lower_ascii(text);
  if (word == "present" || word == "now" || word == "current" || word == "today" || word == "ongoing") {
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
  if (auto numeric = liberal_date_detail::read_numeric(text)) {
    result.date = numeric;
    return result;
  }
  if (auto written = liberal_date_detail::read_month_year(text)) {
    result.date = written;
    return result;
  }
  result.rewritten = false;
  result.problem = "expected a date such as 2019-06, 06/2019 or June 2019" +
                   std::string(allow_present ? ", or \"present\"" : "") + ", found \"" + std::string(text) + "\"";
  return result;
}

} // namespace cvport

#endif
