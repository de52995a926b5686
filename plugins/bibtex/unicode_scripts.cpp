#include "unicode_scripts.hpp"

#include <utility>

#include "cvport/utf8.hpp"

namespace cvport::bibtex {

namespace {

// (character, its superscript): U+2070-U+207F, and U+00B9, U+00B2, U+00B3 for 1 2 3.
constexpr std::pair<char32_t, char32_t> kSuperscripts[] = {
    {'0', 0x2070}, {'1', 0x00B9}, {'2', 0x00B2}, {'3', 0x00B3}, {'4', 0x2074}, {'5', 0x2075},
    {'6', 0x2076}, {'7', 0x2077}, {'8', 0x2078}, {'9', 0x2079}, {'+', 0x207A}, {'-', 0x207B},
    {0x2212, 0x207B}, {'=', 0x207C}, {'(', 0x207D}, {')', 0x207E}, {'i', 0x2071}, {'n', 0x207F}};
// (character, its subscript): U+2080-U+209C.
constexpr std::pair<char32_t, char32_t> kSubscripts[] = {
    {'0', 0x2080}, {'1', 0x2081}, {'2', 0x2082}, {'3', 0x2083}, {'4', 0x2084}, {'5', 0x2085},
    {'6', 0x2086}, {'7', 0x2087}, {'8', 0x2088}, {'9', 0x2089}, {'+', 0x208A}, {'-', 0x208B},
    {0x2212, 0x208B}, {'=', 0x208C}, {'(', 0x208D}, {')', 0x208E}, {'a', 0x2090}, {'e', 0x2091},
    {'o', 0x2092}, {'x', 0x2093}, {'h', 0x2095}, {'k', 0x2096}, {'l', 0x2097}, {'m', 0x2098},
    {'n', 0x2099}, {'p', 0x209A}, {'s', 0x209B}, {'t', 0x209C}};

template <size_t N>
std::optional<std::string> in_script(std::string_view text, const std::pair<char32_t, char32_t> (&table)[N]) {
  if (text.empty()) return std::nullopt;
  std::string out;
  for (size_t at = 0; at < text.size();) {
    char32_t c = next_code_point(text, at);
    const std::pair<char32_t, char32_t>* found = nullptr;
    for (const auto& row : table)
      if (row.first == c) found = &row;
    if (!found) return std::nullopt;
    append_utf8(out, found->second);
  }
  return out;
}

} // namespace

std::optional<std::string> as_superscript(std::string_view text) { return in_script(text, kSuperscripts); }
std::optional<std::string> as_subscript(std::string_view text) { return in_script(text, kSubscripts); }

} // namespace cvport::bibtex
