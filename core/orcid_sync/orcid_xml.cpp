#include "orcid_xml.hpp"

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

TextPosition element_position(const LineIndex& lines, const pugi::xml_node& node) {
  ptrdiff_t offset = node.offset_debug();
  return lines.position(offset <= 0 ? 0 : static_cast<size_t>(offset - 1));
}

std::string line_and_column(std::string_view text, size_t offset) {
  TextPosition position = position_of(text, offset);
  return fmt::format("line {}, column {}", position.line, position.column);
}

} // namespace cvport::orcid
