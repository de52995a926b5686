// Country names to ISO 3166-1 alpha-2 codes, for readers of formats where people write
// "Deutschland" or "USA" where a code belongs (JSON Resume's countryCode). The data is generated
// at build time from Debian's iso-codes (cmake/generate_iso_3166.py), never typed in by hand.
#ifndef CVPORT_COUNTRIES_HPP
#define CVPORT_COUNTRIES_HPP

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "cvport/iso_3166_names.hpp"
#include "cvport/utf8.hpp"

namespace cvport {

// The key `text` is looked up by: each code point folded as iso_3166::character_folds says
// (case, diacritics, compatibility forms, punctuation), runs of spaces made one, the ends trimmed,
// a leading English "the " dropped ("The Netherlands"). Empty if `text` is not valid UTF-8.
// cmake/generate_iso_3166.py makes the keys of the table the same way.
inline std::string country_lookup_key(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  const auto& folds = iso_3166::character_folds;
  for (std::size_t at = 0; at < text.size();) {
    char32_t code_point = 0;
    std::size_t length = decode_utf8(text, at, code_point);
    if (length == 0) return {};
    auto fold = std::lower_bound(folds.begin(), folds.end(), code_point,
                                 [](const iso_3166::CharacterFold& f, char32_t c) { return f.code_point < c; });
    if (fold != folds.end() && fold->code_point == code_point) folded += fold->folded;
    else folded += text.substr(at, length);
    at += length;
  }
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key += c;
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

// The ISO 3166-1 alpha-2 code `text` stands for: an alpha-2 code in any case ("us"), an alpha-3
// code ("DEU"), an English name of iso-codes ("United States of America", "Bolivia") or its short
// form ("Palestine" for "Palestine, State of"), its translation into one of iso_3166::name_languages
// (the major European languages, Russian, Ukrainian, Turkish, Arabic, Hebrew, Chinese, Japanese,
// Korean), or one of the few everyday names of the generator's EVERYDAY_NAMES ("UK"). Nothing
// when the text names no country, or several ("Korea": KR or KP?).
inline std::optional<std::string_view> country_code_for(std::string_view text) {
  std::string key = country_lookup_key(text);
  const auto& names = iso_3166::name_keys;
  auto found = std::lower_bound(names.begin(), names.end(), std::string_view(key),
                                [](const iso_3166::NameKey& name, std::string_view k) { return name.key < k; });
  if (key.empty() || found == names.end() || found->key != key) return std::nullopt;
  return iso_3166::alpha_2_codes[found->country];
}

} // namespace cvport

#endif // CVPORT_COUNTRIES_HPP
