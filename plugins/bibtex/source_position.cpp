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

SourceText::SourceText(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

Position SourceText::position(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = int(after - line_starts_.begin());
  int column = 1;
  for (size_t i = line_starts_[line - 1]; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  return {line, column};
}

size_t SourceText::line_start(int line) const {
  if (line < 1 || size_t(line) > line_starts_.size()) return text_.size();
  return line_starts_[line - 1];
}

std::string_view SourceText::line_text(int line) const {
  size_t start = line_start(line);
  size_t end = text_.find('\n', start);
  return text_.substr(start, (end == std::string_view::npos ? text_.size() : end) - start);
}

Position SourceText::find_word(int line, std::string_view word, size_t from) const {
  std::string_view text = line_text(line);
  size_t start = line_start(line);
  for (size_t i = from; !word.empty() && i + word.size() <= text.size(); ++i) {
    bool starts = i == 0 || !is_word_byte(text[i - 1]);
    bool ends = i + word.size() == text.size() || !is_word_byte(text[i + word.size()]);
    if (starts && ends && same_ignoring_case(text.substr(i, word.size()), word)) return position(start + i);
  }
  size_t first = text.find_first_not_of(" \t\r");
  return position(start + (first == std::string_view::npos ? 0 : first));
}

} // namespace cvport::bibtex
