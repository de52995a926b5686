// Markdown blocks and line wrapping: headings, paragraphs and lists laid out so that the
// document parses the same in CommonMark, GFM and pandoc and passes markdownlint's defaults
// (MD013 line length, blank lines around headings and lists, tight lists with "-" and "1.").
#ifndef CVPORT_MARKDOWN_BLOCKS_HPP
#define CVPORT_MARKDOWN_BLOCKS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace cvport::markdown {

// A space that must not become a line break (before the "·" between fields, so that no line
// starts with one). Control characters never survive clean_text, so this one is free to use.
inline constexpr char kGlue = '\x1f';

// Inline Markdown whose spaces are the places where a line may break.
using Inline = std::string;

// One paragraph: its segments are separated by hard line breaks ("\" at the end of a line).
using Segments = std::vector<Inline>;

struct ListItem {
  Segments segments;
  std::vector<ListItem> children; // a nested bullet list
};

// A word that would start a block if it began a line ("-", "+", "1.", "a)", "(ii)", "==", ":",
// "#...", ">...") gets a backslash before its marker character; anything else is returned
// unchanged. CommonMark's markers and pandoc's (fancy lists, definition lists, fenced divs) count.
std::string safe_line_start(std::string_view word);

// Fills lines of at most `width` columns (0: no limit) with the words of `text`. The first line
// starts with `first_prefix`, the others with `rest_prefix`. A word longer than a line stays
// whole on a line of its own, which markdownlint's MD013 accepts.
std::vector<std::string> wrap(std::string_view text, std::string_view first_prefix,
                              std::string_view rest_prefix, size_t width);

// Whether markdownlint's MD013 (not strict) accepts the line: only its last word may cross the
// limit.
bool fits_line(std::string_view line, size_t width);

class Document {
public:
  explicit Document(size_t width) : width_(width) {}

  void heading(int level, std::string_view text);
  void paragraph(const Segments& segments);
  void bullet_list(const std::vector<ListItem>& items);
  void numbered_list(const std::vector<ListItem>& items);

  // The document: blocks separated by one blank line, one newline at the end.
  std::string text() const;

private:
  void append_item(std::vector<std::string>& lines, const ListItem& item, std::string_view indent,
                   std::string_view marker) const;
  std::vector<std::string> wrap_segments(const Segments& segments, std::string_view first_prefix,
                                         std::string_view rest_prefix) const;

  size_t width_;
  std::vector<std::string> blocks_;
};

} // namespace cvport::markdown

#endif
