// How the CV owner is found in an author list, written once for the host and for importers: two
// spellings with the same key are the same name to cvport (core marks such an author `self`; an
// importer lists only spellings with keys of their own in person.name_variants).
#ifndef CVPORT_AUTHOR_NAMES_HPP
#define CVPORT_AUTHOR_NAMES_HPP

#include <cctype>
#include <string>
#include <string_view>

#include "cvport/utf8.hpp"

namespace cvport {

// The marks author lists put after a name for equal contribution or correspondence ("Lew*",
// "Lew^+", "Lew\u2020"): part of the spelling as written, not of the name.
inline bool is_contribution_mark(char32_t c) {
  return c == '*' || c == '^' || c == '+' || c == '#' || c == 0x2020 || c == 0x2021; // dagger, double dagger
}

// Lower case (ASCII), whitespace collapsed, dots, commas and contribution marks ignored:
// "B.  Li" ~ "b li" ~ "B. Li^+".
inline std::string owner_name_key(std::string_view name) {
  std::string key;
  for (std::size_t at = 0; at < name.size();) {
    std::size_t start = at;
    char32_t c = next_code_point(name, at);
    if (c == '.' || c == ',' || is_contribution_mark(c)) continue;
    if (c >= 0x80) {
      key.append(name.substr(start, at - start));
    } else if (std::isspace(int(c))) {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += char(std::tolower(int(c)));
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

} // namespace cvport

#endif
