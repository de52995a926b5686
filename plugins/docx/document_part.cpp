#include "document_part.hpp"

#include <pugixml.hpp>

#include "ooxml_names.hpp"
#include "relationships.hpp"
#include "wml_writer.hpp"
#include "xml_part.hpp"

namespace cvport::docx {
namespace {

// Distances of the header and footer from the page edge: 1.25 cm, Word's default.
constexpr int kHeaderFooterDistance = 709;

pugi::xml_node add_word_root(pugi::xml_document& document, const char* name) {
  return add_element(document, name,
                     {{"xmlns:w", ooxml::kWordNs}, {"xmlns:r", ooxml::kRelationshipsNs}});
}

void add_section_properties(pugi::xml_node body, const PageGeometry& page,
                            const std::string& footer_id) {
  pugi::xml_node section = body.append_child("w:sectPr");
  add_element(section, "w:footerReference", {{"w:type", "default"}, {"r:id", footer_id}});
  add_element(section, "w:pgSz",
              {{"w:w", std::to_string(page.width)}, {"w:h", std::to_string(page.height)}});
  std::string margin = std::to_string(page.margin);
  std::string distance = std::to_string(kHeaderFooterDistance);
  add_element(section, "w:pgMar",
              {{"w:top", margin},
               {"w:right", margin},
               {"w:bottom", margin},
               {"w:left", margin},
               {"w:header", distance},
               {"w:footer", distance},
               {"w:gutter", "0"}});
  add_element(section, "w:cols", {{"w:space", "720"}});
}

} // namespace

MainDocumentPart build_main_document(const std::vector<Paragraph>& body, const PageGeometry& page,
                                     int font_half_points, bool with_theme) {
  Relationships relationships;
  relationships.add_part(ooxml::kStylesRel, "styles.xml");
  relationships.add_part(ooxml::kNumberingRel, "numbering.xml");
  relationships.add_part(ooxml::kSettingsRel, "settings.xml");
  std::string footer_id = relationships.add_part(ooxml::kFooterRel, "footer1.xml");
  if (with_theme) relationships.add_part(ooxml::kThemeRel, "theme/theme1.xml");

  pugi::xml_document document;
  pugi::xml_node body_node = add_word_root(document, "w:document").append_child("w:body");
  WmlWriter writer(relationships, reserve_date_column(body, font_half_points, page.text_width()));
  for (const Paragraph& paragraph : body) writer.append(body_node, paragraph);
  add_section_properties(body_node, page, footer_id);
  return {serialize_part(document), relationships.xml()};
}

std::string build_footer_xml(const Paragraph& footer) {
  pugi::xml_document document;
  pugi::xml_node root = add_word_root(document, "w:ftr");
  // The footer holds no hyperlink, so its relationships stay empty and need no part.
  Relationships unused;
  WmlWriter(unused).append(root, footer);
  return serialize_part(document);
}

std::string build_settings_xml() {
  pugi::xml_document document;
  pugi::xml_node settings = add_element(document, "w:settings", {{"xmlns:w", ooxml::kWordNs}});
  add_element(settings, "w:zoom", {{"w:percent", "100"}});
  add_value(settings, "w:defaultTabStop", "720");
  add_value(settings, "w:characterSpacingControl", "doNotCompress");
  // Word 2013+ layout rules; without this Word opens the file in "Compatibility Mode".
  add_element(settings.append_child("w:compat"), "w:compatSetting",
              {{"w:name", "compatibilityMode"},
               {"w:uri", "http://schemas.microsoft.com/office/word"},
               {"w:val", "15"}});
  return serialize_part(document);
}

} // namespace cvport::docx
