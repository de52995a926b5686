// Text from files saved in a legacy 8-bit encoding, as old editors on Windows write them.
#ifndef CVPORT_SRC_LEGACY_ENCODING_HPP
#define CVPORT_SRC_LEGACY_ENCODING_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace cvport {

struct LegacyText {
  std::string text;         // UTF-8
  std::size_t legacy_bytes; // how many bytes were read as Windows-1252
};

// `text` as UTF-8, byte by byte: each well-formed UTF-8 sequence stays as it is, and each byte
// that is no part of one is read as Windows-1252 (the five bytes Windows-1252 leaves undefined,
// 0x81, 0x8D, 0x8F, 0x90 and 0x9D, as ISO-8859-1 reads them). A file saved as Windows-1252 is
// read whole that way; a UTF-8 file with one stray byte keeps all its other characters. One
// input byte read as Windows-1252 is one character, so line and column of later messages hold.
LegacyText windows_1252_to_utf8(std::string_view text);

} // namespace cvport

#endif
