// How the CV owner is found in an author list, written once for the host and for importers: two
// spellings with the same key are the same name to cvport (core marks such an author `self`; an
// importer lists only spellings with keys of their own in person.name_variants).
#ifndef CVPORT_AUTHOR_NAMES_HPP
#define CVPORT_AUTHOR_NAMES_HPP

#include <cctype>
#include <string>
#include <string_view>

namespace cvport {

// Lower case (ASCII), whitespace collapsed, dots and commas ignored: "B.  Li" ~ "b li". So are the
// marks author lists put after a name for equal contribution or correspondence ("Lew*", "Lew^+",
// "Lew\u2020"), which are part of the spelling as written, not of the name.
inline std::string owner_name_key(std::string_view name) {
  std::string key;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = name[i];
    if (c == '.' || c == ',' || c == '*' || c == '^' || c == '+' || c == '#') continue;
    if (name.substr(i, 3) == "\xE2\x80\xA0" || name.substr(i, 3) == "\xE2\x80\xA1") { // dagger, double dagger
      i += 2;
      continue;
    }
    if (std::isspace(c)) {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += char(std::tolower(c));
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

} // namespace cvport

#endif
