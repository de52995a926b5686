// The language a CV is written out in: the supported languages, how a BCP 47 tag ("de-AT",
// "pt-BR", "zh-Hans") finds one of them, and the labels every exporter prints ("present",
// section titles, "page {n} of {m}"), from core/sdk/translations/<language>.json compiled into
// cvport/translations_data.hpp. Month names and date patterns come from CLDR instead
// (cvport/date_text.hpp).
#ifndef CVPORT_LANGUAGE_HPP
#define CVPORT_LANGUAGE_HPP

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

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

} // namespace cvport

#endif // CVPORT_LANGUAGE_HPP
