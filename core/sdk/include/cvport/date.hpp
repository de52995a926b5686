// Partial dates: parsing and formatting of the model's Date.
#ifndef CVPORT_DATE_HPP
#define CVPORT_DATE_HPP

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "cvport/model.hpp"

namespace cvport {

inline bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

inline int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" and, when `allow_present`, "present".
// Returns nothing for anything else, including impossible dates such as 2023-02-29.
inline std::optional<Date> parse_date(std::string_view text, bool allow_present) {
  if (allow_present && text == "present") return Date{.present = true};
  auto digits = [&](size_t pos, size_t count) -> int {
    if (pos + count > text.size()) return -1;
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  Date date;
  date.year = digits(0, 4);
  if (date.year < 1) return std::nullopt;
  if (text.size() >= 7) {
    if (text[4] != '-') return std::nullopt;
    date.month = digits(5, 2);
    if (date.month < 1 || date.month > 12) return std::nullopt;
  }
  if (text.size() == 10) {
    if (text[7] != '-') return std::nullopt;
    date.day = digits(8, 2);
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
  }
  return date;
}

// Month names for messages and for reading dates written out in English.
inline std::string_view month_name(int month) {
  static constexpr std::string_view names[] = {"January", "February", "March",     "April",   "May",      "June",
                                               "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? names[month - 1] : std::string_view{};
}

// Why "YYYY-MM-DD" has the right shape but names no day: "September has 30 days",
// "February 2023 has 28 days". Empty when the text is not of that shape or the day exists.
inline std::string impossible_day_reason(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return {};
  auto month_only = parse_date(text.substr(0, 7), false);
  if (!month_only || parse_date(text, false)) return {};
  int day = 0;
  for (char c : text.substr(8, 2)) {
    if (c < '0' || c > '9') return {};
    day = day * 10 + (c - '0');
  }
  std::string month(month_name(month_only->month));
  if (month_only->month == 2) month += " " + std::to_string(month_only->year);
  if (day == 0) return "days start at 01";
  return month + " has " + std::to_string(days_in_month(month_only->year, month_only->month)) + " days";
}

// The canonical text of a date: "2023", "2023-06", "2023-06-01", "present" or "".
inline std::string format_date(const Date& date) {
  if (date.present) return "present";
  if (date.year == 0) return "";
  char buffer[16];
  if (date.day != 0)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  else if (date.month != 0)
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  else
    std::snprintf(buffer, sizeof buffer, "%04d", date.year);
  return buffer;
}

// Orders two dates by what they say; a missing month or day counts as earlier than any.
// "present" is later than every calendar date.
inline int compare_dates(const Date& a, const Date& b) {
  if (a.present || b.present) return int(a.present) - int(b.present);
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month != b.month && a.month != 0 && b.month != 0) return a.month < b.month ? -1 : 1;
  if (a.day != b.day && a.day != 0 && b.day != 0) return a.day < b.day ? -1 : 1;
  return 0;
}

// Dates as a reader sees them, in the CV's language: display_date and display_range in
// cvport/date_text.hpp.

} // namespace cvport

#endif // CVPORT_DATE_HPP
