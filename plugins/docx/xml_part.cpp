#include "xml_part.hpp"

#include <sstream>

namespace cvport::docx {

pugi::xml_node add_element(pugi::xml_node parent, const char* name, XmlAttributes attributes) {
  pugi::xml_node node = parent.append_child(name);
  for (const auto& [key, value] : attributes)
    node.append_attribute(key).set_value(std::string(value).c_str());
  return node;
}

pugi::xml_node add_value(pugi::xml_node parent, const char* name, std::string_view value) {
  return add_element(parent, name, {{"w:val", value}});
}

std::string serialize_part(const pugi::xml_document& document) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

} // namespace cvport::docx
