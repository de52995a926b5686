// Reading ORCID's XML, shared by `cvport orcid plan | sync` (record_reader, item_fields) and the
// ORCID plugin's importer: elements found by local name (ORCID's prefixes are not fixed, and a
// v2.x document puts the same names in other namespaces), and byte offsets turned into the
// line and column a user finds in an editor.
#ifndef CVPORT_ORCID_XML_HPP
#define CVPORT_ORCID_XML_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "cvport/line_index.hpp"

namespace cvport::orcid {

// The local name of an element: "title" for <common:title>.
std::string_view local_name(const pugi::xml_node& node);

// The first child element with this local name (or an empty node).
pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name);

// The position of an element's "<" (pugixml's offset_debug points at its name), in the text
// `lines` indexes: the document pugixml parsed.
TextPosition element_position(const LineIndex& lines, const pugi::xml_node& node);

// "line L, column C" of a byte offset into `text`.
std::string line_and_column(std::string_view text, size_t offset);

} // namespace cvport::orcid

#endif
