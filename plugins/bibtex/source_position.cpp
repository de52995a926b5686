#include "source_position.hpp"

#include <algorithm>
#include <cctype>

namespace cvport::bibtex {

namespace {

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':'; }

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

} // namespace

Position find_word(const LineIndex& source, int line, std::string_view word, size_t from) {
  std::string_view text = source.line_text(line);
  size_t start = source.line_start(line);
  for (size_t i = from; !word.empty() && i + word.size() <= text.size(); ++i) {
    bool starts = i == 0 || !is_word_byte(text[i - 1]);
    bool ends = i + word.size() == text.size() || !is_word_byte(text[i + word.size()]);
    if (starts && ends && same_ignoring_case(text.substr(i, word.size()), word)) return source.position(start + i);
  }
  size_t first = text.find_first_not_of(" \t\r");
  return source.position(start + (first == std::string_view::npos ? 0 : first));
}

} // namespace cvport::bibtex
