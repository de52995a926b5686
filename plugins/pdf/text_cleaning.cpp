#include "text_cleaning.hpp"

#include "cvport/utf8.hpp"

namespace cvport::pdf {
namespace {

bool is_dropped_control(char32_t c) {
  return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7f && c < 0xa0) || c == 0xfffe ||
         c == 0xffff;
}

} // namespace

CleanText clean_text(std::string_view text) {
  CleanText result;
  result.text.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    char32_t c = 0;
    std::size_t length = decode_utf8(text, at, c);
    if (length == 0) {
      ++result.replaced;
      append_utf8(result.text, 0xFFFD);
      ++at;
      continue;
    }
    at += length;
    if (c == '\r') {
      if (at < text.size() && text[at] == '\n') ++at; // "\r\n" and a lone "\r" both end a line
      result.text += '\n';
    } else if (c == '\t') {
      result.text += ' ';
    } else if (is_dropped_control(c)) {
      ++result.removed;
    } else {
      append_utf8(result.text, c);
    }
  }
  return result;
}

} // namespace cvport::pdf
