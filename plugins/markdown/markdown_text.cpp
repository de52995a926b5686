#include "markdown_text.hpp"

#include "cvport/utf8.hpp"

namespace cvport::markdown {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes one UTF-8 sequence at `text[at]`; returns the code point and its length, or a
// length of 0 when the bytes there are not well-formed UTF-8.
struct Decoded {
  char32_t code_point = 0;
  size_t length = 0;
};

Decoded decode_utf8(std::string_view text, size_t at) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  size_t length = 0;
  if (lead >= 0xC2 && lead <= 0xDF)
    length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    length = 3;
  else if (lead >= 0xF0 && lead <= 0xF4)
    length = 4;
  if (length == 0 || at + length > text.size()) return {};
  char32_t code_point = lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {};
    code_point = (code_point << 6) | (byte(at + i) & 0x3F);
  }
  bool overlong = (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) return {};
  return {code_point, length};
}


bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// East Asian Wide and Fullwidth blocks (the common ones: Hangul, CJK, kana, fullwidth forms).
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x10000;
}

} // namespace

CleanedText clean_text(std::string_view raw) {
  CleanedText result;
  result.text.reserve(raw.size());
  for (size_t at = 0; at < raw.size();) {
    Decoded decoded = decode_utf8(raw, at);
    if (decoded.length == 0) {
      result.replaced_invalid = true;
      append_utf8(result.text, kReplacementCharacter);
      ++at;
      continue;
    }
    at += decoded.length;
    char32_t c = decoded.code_point;
    if (c == '\r') {
      // "\r\n" is one line end, a lone "\r" another.
      if (at < raw.size() && raw[at] == '\n') continue;
      c = '\n';
    }
    if (c != '\t' && c != '\n' && is_control(c)) {
      result.removed_control = true;
      continue;
    }
    append_utf8(result.text, c);
  }
  return result;
}

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
    Decoded decoded = decode_utf8(text, at);
    if (decoded.length == 0) {
      ++width;
      ++at;
      continue;
    }
    width += is_wide(decoded.code_point) ? 2 : 1;
    at += decoded.length;
  }
  return width;
}

} // namespace cvport::markdown
