// Small text helpers every reader and writer needs.
#ifndef CVPORT_TEXT_HPP
#define CVPORT_TEXT_HPP

#include <string_view>

namespace cvport {

// `text` without the spaces, tabs and line breaks around it.
inline std::string_view trim_space(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

} // namespace cvport

#endif
