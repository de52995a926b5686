// How the CV owner is found in an author list, written once for the host and for importers: two
// spellings with the same key are the same name to cvport (core marks such an author `self`; an
// importer lists only spellings with keys of their own in person.name_variants).
#ifndef CVPORT_AUTHOR_NAMES_HPP
#define CVPORT_AUTHOR_NAMES_HPP

#include <algorithm>
#include <cctype>
#include <iterator>
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

// Whether a printed name is a body's rather than a person's: two words or more, one of them a
// word bodies name themselves with (collaboration, consortium, partnership, team, group, ...).
// A body is never a CV's owner (the BibTeX importer's guess, the host's across inputs).
inline bool names_a_group(std::string_view name) {
  static constexpr std::string_view kGroupWords[] = {
      "collaboration", "collaborations", "collaborative", "consortium", "consortia", "partnership",
      "team",          "group",          "initiative",    "project",    "contributors", "investigators",
      "committee",     "council",        "alliance",      "network"};
  auto is_group_word = [](std::string_view word) {
    return std::any_of(std::begin(kGroupWords), std::end(kGroupWords), [&](std::string_view group_word) {
      return group_word.size() == word.size() && std::equal(word.begin(), word.end(), group_word.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == b;
             });
    });
  };
  auto in_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  };
  std::size_t words = 0;
  bool group_word = false;
  for (std::size_t at = 0; at < name.size();) {
    if (!in_word(name[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < name.size() && in_word(name[end])) ++end;
    ++words;
    group_word = group_word || is_group_word(name.substr(at, end - at));
    at = end;
  }
  return words >= 2 && group_word;
}

} // namespace cvport

#endif
