#include "yaml_scalar_types.hpp"

#include <algorithm>
#include <string>

namespace cvport {
namespace {

// The YAML 1.1 type repository's regular expressions (bool, null, int, float, timestamp, merge,
// value) and the YAML 1.2 core schema's, which they include, are matched here by hand: as one
// std::regex they cost 15 to 20 % of an import (about 90 million instructions for a 500-work
// ORCID record, measured with callgrind), since every year, volume and date of the written file
// is asked about. tests/core/yaml_scalar_types_test.cpp checks this matcher against that regular
// expression, string by string:
//
//   |~|null|Null|NULL
//   |y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
//   |[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(:[0-5]?[0-9])+)
//   |[-+]?(([0-9][0-9_]*)?\.[0-9._]*([eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+
//         |[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|\.(inf|Inf|INF))|\.(nan|NaN|NAN)
//   |[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \t].*)?
//   |<<|=

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether `text` is non-empty and every character is one of `allowed`.
bool all_of_set(std::string_view text, std::string_view allowed) {
  return !text.empty() && text.find_first_not_of(allowed) == std::string_view::npos;
}

constexpr std::string_view kDecimal = "0123456789_";

// [0-9][0-9_]*
bool is_decimal(std::string_view text) { return !text.empty() && is_digit(text.front()) && all_of_set(text, kDecimal); }

// [0-9]+
bool is_digits(std::string_view text) { return all_of_set(text, "0123456789"); }

// (:[0-5]?[0-9])+
bool is_sexagesimal_tail(std::string_view text) {
  if (text.empty()) return false;
  while (!text.empty()) {
    if (text.front() != ':') return false;
    size_t end = text.find(':', 1);
    std::string_view group = text.substr(1, end == std::string_view::npos ? text.npos : end - 1);
    bool valid = (group.size() == 1 && is_digit(group[0])) ||
                 (group.size() == 2 && group[0] >= '0' && group[0] <= '5' && is_digit(group[1]));
    if (!valid) return false;
    text = end == std::string_view::npos ? std::string_view() : text.substr(end);
  }
  return true;
}

// A head of [0-9][0-9_]* (or [1-9][0-9_]* when `nonzero_first`) and then (:[0-5]?[0-9])+.
bool is_sexagesimal(std::string_view text, bool nonzero_first) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view head = text.substr(0, colon);
  if (!is_decimal(head) || (nonzero_first && head.front() == '0')) return false;
  return is_sexagesimal_tail(text.substr(colon));
}

// [eE][-+]?[0-9]+
bool is_exponent(std::string_view text) {
  if (text.empty() || (text.front() != 'e' && text.front() != 'E')) return false;
  text.remove_prefix(1);
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  return is_digits(text);
}

// The integers, after an optional sign.
bool is_unsigned_int(std::string_view text) {
  if (text.size() > 2 && text[0] == '0' && text[1] == 'b') return all_of_set(text.substr(2), "01_");
  if (text.size() > 2 && text[0] == '0' && text[1] == 'x') return all_of_set(text.substr(2), "0123456789abcdefABCDEF_");
  if (text.size() > 2 && text[0] == '0' && text[1] == 'o') return all_of_set(text.substr(2), "01234567_");
  return is_decimal(text) || is_sexagesimal(text, true);
}

// The floats, after an optional sign.
bool is_unsigned_float(std::string_view text) {
  if (text == ".inf" || text == ".Inf" || text == ".INF") return true;
  // ([0-9][0-9_]*)?\.[0-9._]*([eE][-+]?[0-9]+)? : the integer part holds no '.', so it ends at the
  // first one; the fraction holds no 'e', so the exponent starts at the first one after it.
  if (size_t dot = text.find('.'); dot != std::string_view::npos) {
    std::string_view whole = text.substr(0, dot);
    std::string_view rest = text.substr(dot + 1);
    size_t e = rest.find_first_of("eE");
    std::string_view fraction = rest.substr(0, e);
    if ((whole.empty() || is_decimal(whole)) && (fraction.empty() || all_of_set(fraction, "0123456789._")) &&
        (e == std::string_view::npos || is_exponent(rest.substr(e))))
      return true;
  }
  // [0-9][0-9_]*[eE][-+]?[0-9]+
  if (size_t e = text.find_first_of("eE"); e != std::string_view::npos && is_decimal(text.substr(0, e)) && is_exponent(text.substr(e)))
    return true;
  // [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* : the last group ends at the first '.'.
  if (size_t dot = text.find('.'); dot != std::string_view::npos) {
    std::string_view fraction = text.substr(dot + 1);
    if ((fraction.empty() || all_of_set(fraction, kDecimal)) && is_sexagesimal(text.substr(0, dot), false)) return true;
  }
  return false;
}

// [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \t].*)?
bool is_timestamp(std::string_view text) {
  if (text.size() < 8 || !is_digits(text.substr(0, 4)) || text[4] != '-') return false;
  size_t at = 5;
  auto one_or_two_digits = [&] {
    size_t start = at;
    while (at < text.size() && at - start < 2 && is_digit(text[at])) ++at;
    return at > start;
  };
  if (!one_or_two_digits() || at >= text.size() || text[at] != '-') return false;
  ++at;
  if (!one_or_two_digits()) return false;
  if (at == text.size()) return true;
  char separator = text[at];
  // `.` in an ECMAScript expression matches any character but a line terminator.
  return (separator == 'T' || separator == 't' || separator == ' ' || separator == '\t') &&
         text.find_first_of("\n\r", at) == std::string_view::npos;
}

} // namespace

bool plain_scalar_is_not_text(std::string_view text) {
  // Most text is longer than the words below and starts as no number or timestamp does.
  if (text.size() > 5 && !is_digit(text.front()) && text.front() != '-' && text.front() != '+' && text.front() != '.')
    return false;
  static constexpr std::string_view words[] = {
      "",     "~",    "null", "Null",  "NULL",  "y",     "Y",   "yes", "Yes", "YES", "n",  "N",   "no",  "No",
      "NO",   "true", "True", "TRUE",  "false", "False", "FALSE", "on", "On", "ON",  "off", "Off", "OFF", "<<", "="};
  if (std::find(std::begin(words), std::end(words), text) != std::end(words)) return true;
  if (text == ".nan" || text == ".NaN" || text == ".NAN") return true;
  if (is_timestamp(text)) return true;
  std::string_view number = text;
  if (number.front() == '-' || number.front() == '+') number.remove_prefix(1);
  // Every number starts with a digit or '.', which most text does not.
  if (number.empty() || (!is_digit(number.front()) && number.front() != '.')) return false;
  return is_unsigned_int(number) || is_unsigned_float(number);
}

} // namespace cvport
