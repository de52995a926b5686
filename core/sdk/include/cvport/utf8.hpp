// UTF-8 encoding and decoding of one code point, shared by the host and the plugins (header-only, like the
// rest of the SDK), so each does not carry its own copy.
#ifndef CVPORT_UTF8_HPP
#define CVPORT_UTF8_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace cvport {

// Appends `code_point` (at most U+10FFFF; the caller has checked it) as UTF-8.
inline void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// Decodes the UTF-8 sequence at `text[at]` into `code_point`. Returns its length, or 0 if it is
// malformed (bad lead byte, missing continuation, overlong form, surrogate, beyond U+10FFFF).
inline std::size_t decode_utf8(std::string_view text, std::size_t at, char32_t& code_point) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  std::size_t length = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 0;
  if (length == 0 || at + length > text.size()) return 0;
  code_point = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(at + i) & 0x3F);
  }
  static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code_point < smallest[length] || code_point > 0x10FFFF) return 0;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return 0;
  return length;
}

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// The code point at `text[at]`, moving `at` past it: for walking text character by character. A
// malformed sequence gives U+FFFD and moves one byte, so a walk always ends (model text, which
// the host guarantees valid, never has one).
inline char32_t next_code_point(std::string_view text, std::size_t& at) {
  char32_t code_point = 0;
  std::size_t length = decode_utf8(text, at, code_point);
  if (length == 0) {
    ++at;
    return kReplacementCharacter;
  }
  at += length;
  return code_point;
}

// Whether all of `text` is well-formed UTF-8 (no overlong form, surrogate or code point beyond
// U+10FFFF). Model text needs no such check: the host guarantees it (cvport_plugin.h).
inline bool is_valid_utf8(std::string_view text) {
  char32_t code_point = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = decode_utf8(text, at, code_point);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

// The number of code points of valid UTF-8 `text` (its lead bytes): what a limit in characters
// (ORCID's 1,000 for a title) counts.
inline std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

// The first `limit` code points of valid UTF-8 `text`, never cutting a sequence in two.
inline std::string_view first_code_points(std::string_view text, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
    if (count++ == limit) return text.substr(0, at);
  }
  return text;
}

// East Asian Wide and Fullwidth characters (the common blocks: Hangul, CJK, kana, fullwidth
// forms) and every astral one (emoji): what a terminal, and a proportional font roughly, shows
// twice as wide as a Latin letter.
inline bool is_wide_code_point(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x10000;
}

// Columns `text` takes in a terminal, rounded up so that it is never less than the UTF-16 length
// markdownlint measures: wide (CJK) and astral (emoji) characters count 2, others 1. Also the
// DOCX writer's measure of a date it cannot lay out itself (it has no font metrics).
inline std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t at = 0; at < text.size();) width += is_wide_code_point(next_code_point(text, at)) ? 2 : 1;
  return width;
}

} // namespace cvport

#endif // CVPORT_UTF8_HPP
