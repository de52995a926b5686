// Reading ORCID's XML, shared by `cvport orcid plan | sync` (record_reader, item_fields) and the
// ORCID plugin's importer: elements found by local name (ORCID's prefixes are not fixed, and a
// v2.x document puts the same names in other namespaces), and byte offsets turned into the
// line and column a user finds in an editor.
#ifndef CVPORT_ORCID_XML_HPP
#define CVPORT_ORCID_XML_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace cvport::orcid {

// The local name of an element: "title" for <common:title>.
std::string_view local_name(const pugi::xml_node& node);

// The first child element with this local name (or an empty node).
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name);

// 1-based line and column (in characters, not bytes) of byte offsets into one text. Built once
// per document, so locating each of thousands of elements costs a binary search, not a scan.
class LineIndex {
public:
  explicit LineIndex(std::string_view text);
  struct Position {
    size_t line = 0;
    size_t column = 0;
  };
  Position at(size_t offset) const;
  // The position of an element's "<" (pugixml's offset_debug points at its name).
  Position of_element(const pugi::xml_node& node) const;

private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
  // The last position computed: elements are mostly located in document order, so the next
  // column is counted on from there rather than from the start of its line (a minified record
  // is one line of a megabyte).
  mutable size_t cached_offset_ = 0, cached_column_ = 1;
};

// "line L, column C" of a byte offset into `text`.
std::string line_and_column(std::string_view text, size_t offset);

} // namespace cvport::orcid

#endif
