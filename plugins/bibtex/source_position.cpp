#include "source_position.hpp"

#include <algorithm>

namespace cvport::bibtex {

namespace {

// ASCII only, as the field and entry names sought are: a UTF-8 byte is no word byte and has no
// case, whatever the C locale (these were std::isalnum and std::tolower, which also cost a call
// per byte of every line searched).
bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ':';
}

char lower_byte(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower_byte(x) == lower_byte(y); });
}

} // namespace

Position find_word(const LineIndex& source, int line, std::string_view word, size_t from) {
  std::string_view text = source.line_text(line);
  size_t start = source.line_start(line);
  if (text.empty() && start == source.text().size()) return source.position(start); // no such line
  // The line is known: only the column is counted, with no search for the line.
  auto on_line = [&](size_t i) { return Position{line, int(1 + characters_between(source.text(), start, start + i))}; };
  for (size_t i = from; !word.empty() && i + word.size() <= text.size(); ++i) {
    if (lower_byte(text[i]) != lower_byte(word[0])) continue; // most bytes: before the tests below
    bool starts = i == 0 || !is_word_byte(text[i - 1]);
    bool ends = i + word.size() == text.size() || !is_word_byte(text[i + word.size()]);
    if (starts && ends && same_ignoring_case(text.substr(i, word.size()), word)) return on_line(i);
  }
  size_t first = text.find_first_not_of(" \t\r");
  return on_line(first == std::string_view::npos ? 0 : first);
}

} // namespace cvport::bibtex
