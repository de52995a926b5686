#include "markdown_text.hpp"

#include "cvport/utf8.hpp"

namespace cvport::markdown {
namespace {

// East Asian Wide and Fullwidth blocks (the common ones: Hangul, CJK, kana, fullwidth forms).
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x10000;
}

} // namespace

std::vector<std::string> split_paragraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  bool blank_line = false;
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    bool is_blank = line.find_first_not_of(" \t") == std::string_view::npos;
    if (is_blank) {
      blank_line = true;
    } else {
      if (blank_line && !current.empty()) paragraphs.push_back(std::move(current)), current.clear();
      blank_line = false;
      if (!current.empty()) current += '\n';
      current += line;
    }
    line_start = line_end + 1;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (size_t at = 0; at < text.size();) {
    width += is_wide(next_code_point(text, at)) ? 2 : 1;
  }
  return width;
}

} // namespace cvport::markdown
