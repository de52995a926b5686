// UTF-8 encoding of one code point, shared by the host and the plugins (header-only, like the
// rest of the SDK), so each does not carry its own copy.
#ifndef CVPORT_UTF8_HPP
#define CVPORT_UTF8_HPP

#include <string>

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

} // namespace cvport

#endif // CVPORT_UTF8_HPP
