#include "yaml_scalar_types.hpp"

#include <algorithm>
#include <regex>
#include <string>

namespace cvport {

bool plain_scalar_is_not_text(std::string_view text) {
  // The union of the YAML 1.1 type repository's regular expressions (bool, null, int, float,
  // timestamp, merge, value) and the YAML 1.2 core schema's, which they include.
  static const std::regex non_text(
      "|~|null|Null|NULL"
      "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
      "|[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|[1-9][0-9_]*(:[0-5]?[0-9])+)"
      "|[-+]?(([0-9][0-9_]*)?\\.[0-9._]*([eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+"
      "|[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|\\.(inf|Inf|INF))|\\.(nan|NaN|NAN)"
      "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?"
      "|<<|=",
      std::regex::optimize);
  // The words of the expression: the only matches that start with a letter.
  static constexpr std::string_view words[] = {
      "null", "Null", "NULL", "y",     "Y",     "yes",   "Yes", "YES", "n",  "N",   "no",  "No",  "NO",
      "true", "True", "TRUE", "false", "False", "FALSE", "on",  "On",  "ON", "off", "Off", "OFF"};
  // std::regex is slow (7 % of a 1,000-entry BibTeX import once), and most text cannot match: it
  // is answered here, from the expression's shape, and only numbers and dates reach the regex.
  if (text.empty()) return true;
  char first = text.front();
  if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))
    return std::find(std::begin(words), std::end(words), text) != std::end(words);
  if (first == '~' || first == '<' || first == '=') return text == "~" || text == "<<" || text == "=";
  if (std::string_view("-+0123456789.").find(first) == std::string_view::npos) return false;
  // Any other match but a timestamp (four digits and '-' first) holds only these characters.
  bool timestamp = text.size() > 4 && std::all_of(text.begin(), text.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
                   text[4] == '-';
  if (!timestamp && text.find_first_not_of("0123456789_.:+-abcdefABCDEFxoinINaA") != std::string_view::npos)
    return false;
  return std::regex_match(text.begin(), text.end(), non_text);
}

} // namespace cvport
