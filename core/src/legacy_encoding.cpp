#include "legacy_encoding.hpp"

#include "cvport/utf8.hpp"

namespace cvport {

namespace {

// Windows-1252 0x80..0x9F; 0 where it defines no character (the byte is read as ISO-8859-1's
// C1 control of the same value). The rest of the bytes are ISO-8859-1's.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t windows_1252_character(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0 && kWindows1252High[byte - 0x80] != 0) return kWindows1252High[byte - 0x80];
  return byte;
}

} // namespace

LegacyText windows_1252_to_utf8(std::string_view text) {
  LegacyText result{.text = {}, .legacy_bytes = 0};
  result.text.reserve(text.size() + text.size() / 8);
  for (std::size_t at = 0; at < text.size();) {
    char32_t code_point = 0;
    if (std::size_t length = decode_utf8(text, at, code_point)) {
      result.text.append(text.substr(at, length));
      at += length;
      continue;
    }
    append_utf8(result.text, windows_1252_character(static_cast<unsigned char>(text[at])));
    ++result.legacy_bytes;
    ++at;
  }
  return result;
}

} // namespace cvport
