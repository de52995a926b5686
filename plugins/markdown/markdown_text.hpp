// User text before it becomes Markdown: valid UTF-8 without control characters, and how wide
// it is on screen (for line wrapping).
#ifndef CVPORT_MARKDOWN_TEXT_HPP
#define CVPORT_MARKDOWN_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cvport::markdown {

struct CleanedText {
  std::string text;
  bool removed_control = false;  // a C0 or C1 control character or DEL was dropped
  bool replaced_invalid = false; // an invalid UTF-8 sequence became U+FFFD
};

// Drops control characters (keeping tab and newline; a carriage return becomes a newline,
// since it only ever ends a line) and replaces invalid UTF-8 with U+FFFD.
CleanedText clean_text(std::string_view raw);

// Splits text at blank lines into paragraphs, dropping empty ones.
std::vector<std::string> split_paragraphs(std::string_view text);

// Columns the text takes in a terminal, rounded up so that it is never less than the UTF-16
// length markdownlint measures: wide (CJK) and astral (emoji) characters count 2, others 1.
size_t display_width(std::string_view text);

} // namespace cvport::markdown

#endif
