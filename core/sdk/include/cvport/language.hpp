// The language a CV is written out in: the supported languages, how a BCP 47 tag ("de-AT",
// "pt-BR", "zh-Hans") finds one of them, and the labels every exporter prints ("present",
// section titles, "page {n} of {m}"), from core/sdk/translations/<language>.json compiled into
// cvport/translations_data.hpp. Month names and date patterns come from CLDR instead
// (cvport/date_text.hpp).
#ifndef CVPORT_LANGUAGE_HPP
#define CVPORT_LANGUAGE_HPP

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cvport/text.hpp"
#include "cvport/translations_data.hpp"

namespace cvport {

// The language of a CV that names none.
inline constexpr std::string_view kDefaultLanguage = "en";

// The languages with a translation file, English first: "en, ar, de, ...".
inline std::string supported_languages_text() {
  std::string text;
  for (const translation_data::Table& table : translation_data::kTables)
    text += (text.empty() ? "" : ", ") + std::string(table.language);
  return text;
}

// The translation table a BCP 47 tag uses: the tag's language subtag, ASCII case ignored
// ("de-AT" and "DE" use "de"); nullptr when no file has it. An empty tag is English.
inline const translation_data::Table* find_translation(std::string_view tag) {
  if (tag.empty()) tag = kDefaultLanguage;
  std::string language = lower_ascii(tag.substr(0, std::min(tag.find_first_of("-_"), tag.size())));
  for (const translation_data::Table& table : translation_data::kTables)
    if (table.language == language) return &table;
  return nullptr;
}

// True when `tag` has subtags beyond its language ("de-AT", "zh-Hant") that no translation file
// names: the labels are then the language's ("de"), while dates still follow the whole tag.
inline bool translation_is_approximate(std::string_view tag) {
  if (tag.empty()) return false; // English, as a CV without a language is
  const translation_data::Table* table = find_translation(tag);
  return table && lower_ascii(tag) != table->language;
}

// What a note says of such a tag, wherever it was given (the source's `language`, `--lang`).
inline std::string approximate_language_message(std::string_view tag) {
  const translation_data::Table* table = find_translation(tag);
  std::string language = table ? std::string(table->language) : std::string(kDefaultLanguage);
  return "cvport has no labels for \"" + std::string(tag) + "\"; the section titles and labels are \"" + language +
         "\", the dates follow \"" + std::string(tag) + "\"";
}

// Whether the language is written right to left (Arabic, Hebrew, and the others of CLDR's
// right-to-left scripts a translation may one day cover).
inline bool is_right_to_left(std::string_view tag) {
  std::string language = lower_ascii(tag.substr(0, std::min(tag.find_first_of("-_"), tag.size())));
  static constexpr std::string_view kRightToLeft[] = {"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"};
  return std::find(std::begin(kRightToLeft), std::end(kRightToLeft), language) != std::end(kRightToLeft);
}

// The label `key` in the language of `tag`; English when the language or the key is missing
// (tests/sdk/translations_test.cpp makes sure neither happens for the supported languages).
inline std::string_view label(std::string_view tag, std::string_view key) {
  auto lookup = [&](const translation_data::Table& table) -> std::string_view {
    auto found = std::lower_bound(table.labels.begin(), table.labels.end(), key,
                                  [](const translation_data::Label& l, std::string_view k) { return l.key < k; });
    return found != table.labels.end() && found->key == key ? found->text : std::string_view{};
  };
  if (const translation_data::Table* table = find_translation(tag))
    if (std::string_view text = lookup(*table); !text.empty()) return text;
  return lookup(translation_data::kTables[0]);
}

// `pattern` with each "{name}" replaced by its value: fill_label("page {n} of {m}", {{"n", "2"},
// {"m", "3"}}) is "page 2 of 3". A placeholder without a value stays as written.
inline std::string fill_label(std::string_view pattern,
                              std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close != std::string_view::npos) {
      std::string_view name = pattern.substr(i + 1, close - i - 1);
      auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
      if (value != values.end()) {
        out += value->second;
        i = close + 1;
        continue;
      }
    }
    out += pattern[i++];
  }
  return out;
}

// The text of `pattern` before and after its one placeholder "{name}", for a format that puts
// something other than text there (a link, a page-number field): "for {title}" is "for ", "".
inline std::pair<std::string_view, std::string_view> split_label(std::string_view pattern, std::string_view name) {
  std::string placeholder = "{" + std::string(name) + "}";
  std::size_t at = pattern.find(placeholder);
  if (at == std::string_view::npos) return {pattern, {}};
  return {pattern.substr(0, at), pattern.substr(at + placeholder.size())};
}


// ---- multilingual values: {en: "...", de: "..."} ----------------------------------------------
// A text may be given in several languages, as a mapping of language tag to text (a cvport source,
// JSON Resume files in the wild). Every reader picks the text by the same rule, choose_language.

// Whether `tag` has the shape of a BCP 47 tag as files use it: a 2-3 letter language in lower
// case, then subtags of 2-8 letters or digits after "-" (or "_": "pt_BR"). Syntax only: "sv" is
// a tag though cvport has no labels for Swedish. Field names such as "name" or "short" are not.
inline bool is_language_tag(std::string_view tag) {
  std::size_t start = 0;
  for (bool first = true; start <= tag.size(); first = false) {
    std::size_t end = std::min(tag.find_first_of("-_", start), tag.size());
    std::string_view part = tag.substr(start, end - start);
    bool lower = std::all_of(part.begin(), part.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; });
    bool alnum = std::all_of(part.begin(), part.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
    if (first ? !(lower && part.size() >= 2 && part.size() <= 3) : !(alnum && part.size() >= 2 && part.size() <= 8))
      return false;
    start = end + 1;
  }
  return true;
}

// The index of the text for `language` among the `tags` of a multilingual value: the same tag
// (ASCII case and "_" for "-" ignored), else a more specific one ("de-AT" for "de"), else a less
// specific one ("de" for "de-AT"). None for an empty `language`.
inline std::optional<std::size_t> find_language(std::span<const std::string> tags, std::string_view language) {
  if (language.empty()) return std::nullopt;
  auto canonical = [](std::string_view tag) {
    std::string text = lower_ascii(tag);
    std::replace(text.begin(), text.end(), '_', '-');
    return text;
  };
  // `longer` is `shorter` with more subtags.
  auto extends = [](const std::string& longer, const std::string& shorter) {
    return longer.size() > shorter.size() && longer.compare(0, shorter.size(), shorter) == 0 &&
           longer[shorter.size()] == '-';
  };
  std::string wanted = canonical(language);
  std::vector<std::string> written;
  for (const std::string& tag : tags) written.push_back(canonical(tag));
  for (int pass = 0; pass < 3; ++pass)
    for (std::size_t i = 0; i < written.size(); ++i)
      if (pass == 0 ? written[i] == wanted : pass == 1 ? extends(written[i], wanted) : extends(wanted, written[i]))
        return i;
  return std::nullopt;
}

struct LanguageChoice {
  std::size_t index = 0; // of the text read
  bool wanted = false;   // the wanted language (or a variant of it) was there; otherwise a fallback
};

// The text of a multilingual value to read, given its `tags` (at least one): the `wanted`
// language; failing that the default language, which is the CV's own (`cv_language`, "" for
// none), else English, else the value's first language.
inline LanguageChoice choose_language(std::span<const std::string> tags, std::string_view wanted,
                                      std::string_view cv_language) {
  if (auto found = find_language(tags, wanted)) return {*found, true};
  for (std::string_view fallback : {cv_language, kDefaultLanguage})
    if (auto found = find_language(tags, fallback)) return {*found, false};
  return {0, false};
}

} // namespace cvport

#endif // CVPORT_LANGUAGE_HPP
