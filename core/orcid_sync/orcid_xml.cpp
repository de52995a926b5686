#include "orcid_xml.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

namespace cvport::orcid {

namespace {

// The characters of text[from, to): its bytes less the UTF-8 continuation bytes (10xxxxxx),
// counted eight at a time. Locating the works of a minified record (one line of megabytes)
// counted byte by byte was 8 % of its import.
size_t characters_between(std::string_view text, size_t from, size_t to) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  size_t continuation = 0, i = from;
  for (; i + 8 <= to; i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    if ((word & kHighBits) == 0) continue; // ASCII, as most of an ORCID document is
    // Per byte: the top bit set and the next one clear (the shift stays inside each byte's bit 7).
    continuation += size_t(std::popcount(word & ~(word << 1) & kHighBits));
  }
  for (; i < to; ++i) continuation += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  return (to - from) - continuation;
}

} // namespace

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node child : node.children())
    if (child.type() == pugi::node_element && local_name(child) == name) return child;
  return {};
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* at = begin; (at = static_cast<const char*>(std::memchr(at, '\n', size_t(end - at)))); ++at)
    line_starts_.push_back(size_t(at - begin) + 1);
}

LineIndex::Position LineIndex::at(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_start = *(next - 1);
  size_t from = line_start, column = 1;
  if (cached_offset_ >= line_start && cached_offset_ <= offset) from = cached_offset_, column = cached_column_;
  column += characters_between(text_, from, offset);
  cached_offset_ = offset;
  cached_column_ = column;
  return {static_cast<size_t>(next - line_starts_.begin()), column};
}

LineIndex::Position LineIndex::of_element(const pugi::xml_node& node) const {
  ptrdiff_t offset = node.offset_debug();
  if (offset <= 0) return at(0);
  return at(static_cast<size_t>(offset - 1));
}

std::string line_and_column(std::string_view text, size_t offset) {
  LineIndex::Position position = LineIndex(text).at(offset);
  return fmt::format("line {}, column {}", position.line, position.column);
}

} // namespace cvport::orcid
