#include "orcid_xml.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cvport::orcid {

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
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

LineIndex::Position LineIndex::at(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_start = *(next - 1);
  size_t from = line_start, column = 1;
  if (cached_offset_ >= line_start && cached_offset_ <= offset) from = cached_offset_, column = cached_column_;
  for (size_t i = from; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column; // UTF-8 lead bytes only
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
