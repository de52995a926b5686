// Small text helpers every reader and writer needs.
#ifndef CVPORT_TEXT_HPP
#define CVPORT_TEXT_HPP

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace cvport {

// `text` without the spaces, tabs and line breaks around it.
inline std::string_view trim_space(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// The same, as a string of its own.
inline std::string trimmed(std::string_view text) { return std::string(trim_space(text)); }

// The non-empty `pieces` joined with `separator`: join_nonempty({"Boston", "", "US"}, ", ") is
// "Boston, US". For lists whose parts may be missing, such as the parts of an address.
template <class Pieces> std::string join_nonempty_range(const Pieces& pieces, std::string_view separator) {
  std::string joined;
  for (const auto& piece : pieces) {
    if (std::string_view(piece).empty()) continue;
    if (!joined.empty()) joined += separator;
    joined += std::string_view(piece);
  }
  return joined;
}
inline std::string join_nonempty(std::initializer_list<std::string_view> pieces, std::string_view separator) {
  return join_nonempty_range(pieces, separator);
}
inline std::string join_nonempty(const std::vector<std::string>& pieces, std::string_view separator) {
  return join_nonempty_range(pieces, separator);
}
inline std::string join_nonempty(const std::vector<std::string_view>& pieces, std::string_view separator) {
  return join_nonempty_range(pieces, separator);
}

// The pieces of a comma-separated list, each trimmed, empty ones left out: "a, b,,c" gives
// {"a", "b", "c"}.
inline std::vector<std::string> split_list(std::string_view text, char separator = ',') {
  std::vector<std::string> pieces;
  while (true) {
    std::size_t end = text.find(separator);
    std::string_view piece = trim_space(text.substr(0, end));
    if (!piece.empty()) pieces.emplace_back(piece);
    if (end == std::string_view::npos) return pieces;
    text.remove_prefix(end + 1);
  }
}

// `text` on one line, for fields that are one line in their format (an ORCID title, a BibTeX
// field): each run of spaces, tabs and line breaks becomes one space, none is left at either end.
inline std::string one_line(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !result.empty();
    } else {
      if (pending_space) result += ' ';
      pending_space = false;
      result += c;
    }
  }
  return result;
}

// `text` with every line end as "\n": "\r\n" and a lone "\r" (which the host keeps in model
// text) become "\n", for formats where a line end is syntax (Markdown, a WordprocessingML break).
inline std::string unix_line_ends(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      result += text[i];
    } else {
      result += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return result;
}

// `text` split into paragraphs at blank lines (lines of nothing but spaces and tabs), the one
// reading of free text (summaries, descriptions, intros) every format shares: a blank line starts
// a new paragraph; a single line break stays inside its paragraph as "\n", for the format to show
// as it can (a line break in PDF and DOCX, a space in Markdown). Line ends are "\n" ("\r\n" and
// "\r" too); no paragraph is empty: split_paragraphs("a\nb\n\n \n\nc\n") is {"a\nb", "c"}.
inline std::vector<std::string> split_paragraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  std::string lines = unix_line_ends(text);
  std::string_view rest = lines;
  while (true) {
    std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty()) current += '\n';
      current += line;
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
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

// `text` in double quotes, as a message quotes a value of the user's file; a value longer than
// 40 characters is cut there, with its length: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA…"
// (14,812 characters). A message quotes what it needs to be understood, not a whole base64 image.
inline std::string in_quotes(std::string_view text) {
  constexpr std::size_t kShown = 40;
  std::size_t characters = 0, cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue; // a UTF-8 continuation byte
    if (characters++ == kShown) cut = i;
  }
  if (cut == text.size()) return "\"" + std::string(text) + "\"";
  std::string count = std::to_string(characters);
  for (std::size_t i = count.size(); i > 3; i -= 3) count.insert(i - 3, ",");
  return "\"" + std::string(text.substr(0, cut)) + "\u2026\" (" + count + " characters)";
}

} // namespace cvport

#endif // CVPORT_TEXT_HPP
