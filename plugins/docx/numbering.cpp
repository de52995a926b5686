#include "numbering.hpp"

#include <pugixml.hpp>

#include "ooxml_names.hpp"
#include "xml_part.hpp"

namespace cvport::docx {
namespace {

struct ListDefinition {
  int num_id;
  int abstract_id;
  const char* format; // w:numFmt
  const char* text;   // w:lvlText
  const char* left;   // text indent, twips
  const char* hanging;
};

// Indents match the paragraph styles that use the lists (CV Bullet, CV Item, CV Publication).
constexpr ListDefinition kLists[] = {
    {kBulletListNumId, 0, "bullet", "\u2022", "284", "284"},
    {kPublicationListNumId, 1, "decimal", "[%1]", "567", "567"},
};

} // namespace

std::string build_numbering_xml() {
  pugi::xml_document document;
  pugi::xml_node root = add_element(document, "w:numbering", {{"xmlns:w", ooxml::kWordNs}});
  for (const ListDefinition& list : kLists) {
    pugi::xml_node abstract =
        add_element(root, "w:abstractNum", {{"w:abstractNumId", std::to_string(list.abstract_id)}});
    add_value(abstract, "w:multiLevelType", "singleLevel");
    pugi::xml_node level = add_element(abstract, "w:lvl", {{"w:ilvl", "0"}});
    add_value(level, "w:start", "1");
    add_value(level, "w:numFmt", list.format);
    add_value(level, "w:lvlText", list.text);
    add_value(level, "w:lvlJc", "left");
    add_element(level.append_child("w:pPr"), "w:ind",
                {{"w:left", list.left}, {"w:hanging", list.hanging}});
  }
  // Every w:num follows every w:abstractNum, as the schema orders them.
  for (const ListDefinition& list : kLists) {
    pugi::xml_node num = add_element(root, "w:num", {{"w:numId", std::to_string(list.num_id)}});
    add_value(num, "w:abstractNumId", std::to_string(list.abstract_id));
  }
  return serialize_part(document);
}

} // namespace cvport::docx
