#include "markdown_blocks.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "cvport/utf8.hpp"

namespace cvport::markdown {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// The words of `text`. A word with glued spaces that is too wide for a line of its own is cut
// at them after all: a line may then start with a "·", but no space lies past the limit, which
// markdownlint's MD013 would report.
std::vector<std::string_view> split_words(std::string_view text, size_t room) {
  std::vector<std::string_view> words;
  for (std::string_view word : split(text, ' ')) {
    if (room > 0 && display_width(word) > room && word.find(kGlue) != std::string_view::npos) {
      for (std::string_view part : split(word, kGlue)) words.push_back(part);
    } else {
      words.push_back(word);
    }
  }
  return words;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string block;
  for (const std::string& line : lines) block += (block.empty() ? "" : "\n") + line;
  return block;
}

std::string unglued(std::string line) {
  std::replace(line.begin(), line.end(), kGlue, ' ');
  return line;
}

} // namespace

std::string safe_line_start(std::string_view word) {
  // What counts is the text up to the first space, and a glued space is a space once written.
  std::string_view head = word.substr(0, word.find(kGlue));
  if (head.empty()) return std::string(word);
  auto only = [](std::string_view text, std::string_view characters) {
    return !text.empty() && text.find_first_not_of(characters) == std::string_view::npos;
  };
  // What numbers a list item: CommonMark's digits, pandoc's letter or roman numeral.
  auto item_number = [&](std::string_view text) {
    return only(text, "0123456789") ||
           (text.size() == 1 && std::isalpha(static_cast<unsigned char>(text[0]))) || only(text, "ivxlcdm") ||
           only(text, "IVXLCDM");
  };
  char last = head.back();
  // ATX headings, block quotes, thematic breaks, setext underlines, bullets, and pandoc's
  // definition lists and fenced divs; "(b)" and "(12)" are pandoc list markers.
  bool opens_block = head.front() == '#' || head.front() == '>' || only(head, "-+=:") ||
                     (head.size() >= 3 && head.front() == '(' && last == ')' &&
                      item_number(head.substr(1, head.size() - 2)));
  if (opens_block) return "\\" + std::string(word);
  // "1." and "1)", pandoc's "a." and "iv)": the backslash goes before the delimiter.
  if ((last == '.' || last == ')') && item_number(head.substr(0, head.size() - 1))) {
    std::string escaped(word);
    escaped.insert(head.size() - 1, "\\");
    return escaped;
  }
  return std::string(word);
}

std::vector<std::string> wrap(std::string_view text, std::string_view first_prefix,
                              std::string_view rest_prefix, size_t width) {
  std::vector<std::string> lines;
  std::string line(first_prefix);
  size_t line_width = display_width(line);
  bool line_has_word = false;
  size_t room = width > display_width(rest_prefix) ? width - display_width(rest_prefix) : 0;
  for (std::string_view word : split_words(text, room)) {
    size_t word_width = display_width(word);
    if (line_has_word && width > 0 && line_width + 1 + word_width > width) {
      lines.push_back(unglued(std::move(line)));
      line = std::string(rest_prefix);
      line_width = display_width(line);
      line_has_word = false;
    }
    if (line_has_word) {
      line += ' ';
      line += word;
      line_width += 1 + word_width;
    } else {
      std::string safe = safe_line_start(word);
      line += safe;
      line_width += display_width(safe);
      line_has_word = true;
    }
  }
  if (line_has_word) lines.push_back(unglued(std::move(line)));
  return lines;
}

bool fits_line(std::string_view line, size_t width) {
  if (width == 0) return true;
  size_t last_space = line.find_last_of(" \t");
  if (last_space == std::string_view::npos) return true;
  return display_width(line.substr(0, last_space + 1)) + 1 <= width;
}

std::vector<std::string> Document::wrap_segments(const Segments& segments, std::string_view first_prefix,
                                                 std::string_view rest_prefix) const {
  Segments filled;
  std::copy_if(segments.begin(), segments.end(), std::back_inserter(filled),
               [](const Inline& segment) { return !segment.empty(); });
  std::vector<std::string> lines;
  for (size_t i = 0; i < filled.size(); ++i) {
    // The hard break's backslash sticks to the segment's last word, so it is never alone.
    Inline segment = filled[i];
    if (i + 1 < filled.size()) segment += '\\';
    for (std::string& line : wrap(segment, lines.empty() ? first_prefix : rest_prefix, rest_prefix, width_))
      lines.push_back(std::move(line));
  }
  return lines;
}

void Document::heading(int level, std::string_view text) {
  blocks_.push_back(std::string(size_t(level), '#') + " " + std::string(text));
}

void Document::paragraph(const Segments& segments) {
  std::vector<std::string> lines = wrap_segments(segments, "", "");
  if (lines.empty()) return;
  blocks_.push_back(join_lines(lines));
}

void Document::append_item(std::vector<std::string>& lines, const ListItem& item, std::string_view indent,
                           std::string_view marker) const {
  std::string first_prefix = std::string(indent) + std::string(marker);
  std::string rest_prefix = std::string(indent) + std::string(marker.size(), ' ');
  for (std::string& line : wrap_segments(item.segments, first_prefix, rest_prefix))
    lines.push_back(std::move(line));
  for (const ListItem& child : item.children) append_item(lines, child, rest_prefix, "- ");
}

void Document::bullet_list(const std::vector<ListItem>& items) {
  if (items.empty()) return;
  std::vector<std::string> lines;
  for (const ListItem& item : items) append_item(lines, item, "", "- ");
  blocks_.push_back(join_lines(lines));
}

void Document::numbered_list(const std::vector<ListItem>& items) {
  if (items.empty()) return;
  std::vector<std::string> lines;
  for (size_t i = 0; i < items.size(); ++i) append_item(lines, items[i], "", std::to_string(i + 1) + ". ");
  blocks_.push_back(join_lines(lines));
}

std::string Document::text() const {
  std::string out;
  for (const std::string& block : blocks_) {
    if (!out.empty()) out += "\n\n";
    out += block;
  }
  out += '\n';
  return out;
}

} // namespace cvport::markdown
