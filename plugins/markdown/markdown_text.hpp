// User text before it becomes Markdown: its paragraphs, and how wide it is on screen (for line
// wrapping). It is valid UTF-8 without control characters already: the host guarantees it
// (cvport_plugin.h).
#ifndef CVPORT_MARKDOWN_TEXT_HPP
#define CVPORT_MARKDOWN_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cvport::markdown {

// Splits text at blank lines into paragraphs, dropping empty ones.
std::vector<std::string> split_paragraphs(std::string_view text);

// Columns the text takes in a terminal, rounded up so that it is never less than the UTF-16
// length markdownlint measures: wide (CJK) and astral (emoji) characters count 2, others 1.
size_t display_width(std::string_view text);

} // namespace cvport::markdown

#endif
