#include "legacy_encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <vector>

namespace cvport {

namespace {

std::optional<std::string> convert(std::string_view text, const char* from) {
  iconv_t converter = iconv_open("UTF-8", from);
  if (converter == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::vector<char> out(text.size() * 3 + 16); // a byte of a single-byte code gives at most 3 of UTF-8
  std::string in_copy(text);
  char* in = in_copy.data();
  size_t in_left = in_copy.size();
  char* to = out.data();
  size_t out_left = out.size();
  size_t result = iconv(converter, &in, &in_left, &to, &out_left);
  iconv_close(converter);
  if (result == static_cast<size_t>(-1)) return std::nullopt;
  return std::string(out.data(), out.size() - out_left);
}

} // namespace

std::optional<std::string> windows_1252_to_utf8(std::string_view text) {
  if (auto converted = convert(text, "WINDOWS-1252")) return converted;
  return convert(text, "ISO-8859-1"); // 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in Windows-1252
}

} // namespace cvport
