#include "relationships.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include "ooxml_names.hpp"
#include "xml_part.hpp"

namespace cvport::docx {

std::string Relationships::add_part(std::string_view type, std::string_view target) {
  return add(type, target, false);
}

std::string Relationships::add_hyperlink(std::string_view url) {
  for (const Relationship& relationship : relationships_)
    if (relationship.external && relationship.target == url) return relationship.id;
  return add(ooxml::kHyperlinkRel, url, true);
}

std::string Relationships::add(std::string_view type, std::string_view target, bool external) {
  std::string id = fmt::format("rId{}", relationships_.size() + 1);
  relationships_.push_back({id, std::string(type), std::string(target), external});
  return id;
}

std::string Relationships::xml() const {
  pugi::xml_document document;
  pugi::xml_node root =
      add_element(document, "Relationships", {{"xmlns", ooxml::kPackageRelationshipsNs}});
  for (const Relationship& relationship : relationships_) {
    pugi::xml_node node = add_element(
        root, "Relationship",
        {{"Id", relationship.id}, {"Type", relationship.type}, {"Target", relationship.target}});
    if (relationship.external) node.append_attribute("TargetMode").set_value("External");
  }
  return serialize_part(document);
}

} // namespace cvport::docx
