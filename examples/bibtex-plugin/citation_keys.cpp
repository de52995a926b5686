#include "citation_keys.hpp"

#include <array>

namespace bibtex {

namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// The same words cvport skips when it derives a publication id.
bool is_skipped_word(std::string_view word) {
  static constexpr std::array<std::string_view, 11> skipped = {"a",   "an", "the", "on",     "of",     "for",
                                                               "and", "to", "in",  "toward", "towards"};
  for (std::string_view skip : skipped)
    if (word == skip) return true;
  return false;
}

} // namespace

std::string key_characters(std::string_view text) {
  std::string key;
  for (char c : text)
    if (is_ascii_alnum(c) || c == '_' || (!key.empty() && (c == '-' || c == ':' || c == '.' || c == '/'))) key += c;
  return key;
}

std::string derived_key(std::string_view title, int year) {
  std::string word;
  size_t start = 0;
  while (start < title.size()) {
    size_t end = title.find_first_of(" :,-", start);
    if (end == std::string_view::npos) end = title.size();
    std::string candidate;
    for (char c : title.substr(start, end - start))
      if (is_ascii_alnum(c)) candidate += lower(c);
    if (!candidate.empty() && !is_skipped_word(candidate)) {
      word = candidate;
      break;
    }
    start = end + 1;
  }
  if (word.empty()) word = "untitled";
  return year > 0 ? word + std::to_string(year) : word;
}

std::string CitationKeys::claim(const std::string& wanted) {
  std::string key = wanted;
  for (char suffix = 'b'; used_.count(key) && suffix <= 'z'; ++suffix) key = wanted + suffix;
  for (int number = 2; used_.count(key); ++number) key = wanted + "-" + std::to_string(number);
  used_.insert(key);
  return key;
}

} // namespace bibtex
