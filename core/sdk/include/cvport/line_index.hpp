// Lines and columns of a text as the user's editor shows them: 1-based, columns counted in
// characters (a UTF-8 sequence is one character, so "é", "中" and "😀" are one column each; a
// "\r" before "\n" is a character of its line). Every reader that reports a byte offset (the
// host's YAML and JSON readers, the BibTeX, JSON Resume and ORCID importers) turns it into a
// position with this one class, so a message points to the same column whichever format it is
// about.
#ifndef CVPORT_LINE_INDEX_HPP
#define CVPORT_LINE_INDEX_HPP

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace cvport {

// A 1-based line and column; {0, 0} is "nowhere in particular".
struct TextPosition {
  int line = 0;
  int column = 0;
};

// The characters of text[from, to): its bytes less the UTF-8 continuation bytes (10xxxxxx),
// counted eight at a time. Locating the works of a minified ORCID record (one line of megabytes)
// counted byte by byte was 8 % of its import.
inline std::size_t characters_between(std::string_view text, std::size_t from, std::size_t to) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  std::size_t continuation = 0, i = from;
  for (; i + 8 <= to; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    if ((word & kHighBits) == 0) continue; // ASCII, as most markup is
    // Per byte: the top bit set and the next one clear (the shift stays inside each byte's bit 7).
    continuation += std::size_t(std::popcount(word & ~(word << 1) & kHighBits));
  }
  for (; i < to; ++i) continuation += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  return (to - from) - continuation;
}

// Byte offsets into one text turned into positions. Built once per document (the start of each
// line), so locating each of thousands of elements costs a binary search, not a scan. The text
// is not copied: it must outlive the index. Not for use from two threads at once (see cache).
class LineIndex {
public:
  explicit LineIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (const char* at = begin; (at = static_cast<const char*>(std::memchr(at, '\n', std::size_t(end - at))));
         ++at)
      line_starts_.push_back(std::size_t(at - begin) + 1);
  }

  std::string_view text() const { return text_; }
  int line_count() const { return int(line_starts_.size()); }

  // The position of byte `offset`; an offset past the end is the end, just after the last
  // character (on a line of its own when the text ends with "\n").
  TextPosition position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line_start = *(next - 1);
    std::size_t from = line_start, column = 1;
    if (cached_offset_ >= line_start && cached_offset_ <= offset) from = cached_offset_, column = cached_column_;
    column += characters_between(text_, from, offset);
    cached_offset_ = offset;
    cached_column_ = column;
    return {int(next - line_starts_.begin()), int(column)};
  }

  // The byte offset where `line` starts (the end of the text for a line that does not exist).
  std::size_t line_start(int line) const {
    if (line < 1 || std::size_t(line) > line_starts_.size()) return text_.size();
    return line_starts_[std::size_t(line) - 1];
  }

  // The text of `line` without its "\n" (a "\r" before it stays); empty for no such line.
  std::string_view line_text(int line) const {
    if (line < 1 || line > line_count()) return {};
    std::size_t start = line_starts_[std::size_t(line) - 1];
    std::size_t end = line < line_count() ? line_starts_[std::size_t(line)] - 1 : text_.size();
    return text_.substr(start, end - start);
  }

private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  // The last position computed: offsets are mostly located in document order, so the next
  // column is counted on from there rather than from the start of its line (a minified record
  // is one line of a megabyte, and counting from its start for each of its thousands of
  // elements was quadratic).
  mutable std::size_t cached_offset_ = 0, cached_column_ = 1;
};

// The position of one offset, for a reader that reports a single error: no index is kept.
inline TextPosition position_of(std::string_view text, std::size_t offset) {
  return LineIndex(text).position(offset);
}

} // namespace cvport

#endif // CVPORT_LINE_INDEX_HPP
