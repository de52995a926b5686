#include "long_words.hpp"

#include <string_view>

namespace cvport::pdf {
namespace {

constexpr std::string_view kZeroWidthSpace = "\u200b";

bool ends_word(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool is_printable_ascii(char c) { return c > ' ' && c < 0x7f; }
bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Code points from `start` to the end of the word.
std::size_t word_length(std::string_view text, std::size_t start, std::size_t& end) {
  std::size_t code_points = 0;
  for (end = start; end < text.size() && !ends_word(text[end]); ++end) code_points += starts_code_point(text[end]);
  return code_points;
}

bool has_long_word(std::string_view text) {
  for (std::size_t at = 0, end = 0; at < text.size(); at = end + 1)
    if (word_length(text, at, end) > kLongWordCodePoints) return true;
  return false;
}

} // namespace

std::string break_long_words(std::string text) {
  // Most texts are shorter than one such word, and almost all others hold none.
  if (text.size() <= kLongWordCodePoints || !has_long_word(text)) return text;
  std::string out;
  out.reserve(text.size() + text.size() / kLongWordStride * kZeroWidthSpace.size());
  std::size_t at = 0;
  while (at < text.size()) {
    if (ends_word(text[at])) {
      out += text[at++];
      continue;
    }
    std::size_t end = 0;
    if (word_length(text, at, end) <= kLongWordCodePoints) {
      out.append(text, at, end - at);
      at = end;
      continue;
    }
    std::size_t since_break = 0;
    for (; at < end; ++at) {
      char c = text[at];
      if (since_break >= kLongWordStride && is_printable_ascii(c) && is_printable_ascii(text[at - 1])) {
        out += kZeroWidthSpace;
        since_break = 0;
      }
      out += c;
      since_break += starts_code_point(c);
    }
  }
  return out;
}

} // namespace cvport::pdf
