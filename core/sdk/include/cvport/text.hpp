// Small text helpers every reader and writer needs.
#ifndef CVPORT_TEXT_HPP
#define CVPORT_TEXT_HPP

#include <string>
#include <string_view>

namespace cvport {

// `text` without the spaces, tabs and line breaks around it.
inline std::string_view trim_space(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// `text` with A-Z as a-z (or a-z as A-Z); other bytes, UTF-8 included, unchanged. For keys,
// codes and English words, not for people's text.
inline std::string lower_ascii(std::string_view text) {
  std::string result(text);
  for (char& c : result)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return result;
}
inline std::string upper_ascii(std::string_view text) {
  std::string result(text);
  for (char& c : result)
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
  return result;
}

} // namespace cvport

#endif
