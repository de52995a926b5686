#include "yaml_scalar_types.hpp"

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
  // Most text cannot match, and std::regex is slow (10 % of a 500-work ORCID import once): every
  // match is empty, or starts with one of these characters, and a match that starts with a letter
  // is one of the words above, five letters at most.
  if (text.empty()) return true;
  char first = text.front();
  bool letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
  if (letter && text.size() > 5) return false;
  if (std::string_view("~nNyYtTfFoO-+0123456789.<=").find(first) == std::string_view::npos) return false;
  return std::regex_match(text.begin(), text.end(), non_text);
}

} // namespace cvport
