// Small pugixml helpers shared by the part builders: adding an element with attributes, and
// writing a part the way Office does (UTF-8, standalone declaration, no added whitespace,
// since whitespace between runs would be text to some readers).
#ifndef CVPORT_DOCX_XML_PART_HPP
#define CVPORT_DOCX_XML_PART_HPP

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include <pugixml.hpp>

namespace cvport::docx {

using XmlAttributes = std::initializer_list<std::pair<const char*, std::string_view>>;

// Appends <name a="v" ...> to `parent` and returns it.
pugi::xml_node add_element(pugi::xml_node parent, const char* name, XmlAttributes attributes = {});

// Appends <name w:val="value"/>, the shape of most WordprocessingML properties.
pugi::xml_node add_value(pugi::xml_node parent, const char* name, std::string_view value);

// The part's bytes: declaration, then the tree without indentation.
std::string serialize_part(const pugi::xml_document& document);

} // namespace cvport::docx

#endif
