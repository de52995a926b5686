#include "docx_package.hpp"

#include <vector>

#include <pugixml.hpp>

#include "ooxml_names.hpp"
#include "relationships.hpp"
#include "xml_part.hpp"
#include "zip_archive.hpp"

namespace cvport::docx {
namespace {

struct Part {
  std::string_view name;
  std::string_view content_type;
  const std::string* bytes;
};

std::string content_types_xml(const std::vector<Part>& parts) {
  pugi::xml_document document;
  pugi::xml_node root = add_element(document, "Types", {{"xmlns", ooxml::kContentTypesNs}});
  add_element(root, "Default", {{"Extension", "rels"}, {"ContentType", ooxml::kRelationshipsType}});
  add_element(root, "Default", {{"Extension", "xml"}, {"ContentType", ooxml::kXmlType}});
  for (const Part& part : parts)
    if (!part.content_type.empty())
      add_element(root, "Override",
                  {{"PartName", "/" + std::string(part.name)}, {"ContentType", part.content_type}});
  return serialize_part(document);
}

std::string package_relationships_xml() {
  Relationships relationships;
  relationships.add_part(ooxml::kOfficeDocumentRel, ooxml::kDocumentPart);
  relationships.add_part(ooxml::kCorePropertiesRel, ooxml::kCorePart);
  relationships.add_part(ooxml::kExtendedPropertiesRel, ooxml::kAppPart);
  return relationships.xml();
}

} // namespace

std::string build_docx_package(const DocxParts& parts) {
  // Relationship parts are covered by the "rels" Default, so they carry no Override.
  std::vector<Part> contents = {
      {ooxml::kDocumentPart, ooxml::kDocumentType, &parts.document},
      {ooxml::kDocumentRelsPart, {}, &parts.document_relationships},
      {ooxml::kStylesPart, ooxml::kStylesType, &parts.styles},
      {ooxml::kNumberingPart, ooxml::kNumberingType, &parts.numbering},
      {ooxml::kSettingsPart, ooxml::kSettingsType, &parts.settings},
      {ooxml::kFooterPart, ooxml::kFooterType, &parts.footer},
  };
  if (!parts.theme.empty())
    contents.push_back({ooxml::kThemePart, ooxml::kThemeType, &parts.theme});
  contents.push_back({ooxml::kCorePart, ooxml::kCorePropertiesType, &parts.core_properties});
  contents.push_back({ooxml::kAppPart, ooxml::kExtendedPropertiesType, &parts.app_properties});

  // [Content_Types].xml and the package relationships come first, as Office writes them.
  std::vector<ZipEntry> entries;
  entries.push_back({std::string(ooxml::kContentTypesPart), content_types_xml(contents)});
  entries.push_back({std::string(ooxml::kPackageRelsPart), package_relationships_xml()});
  for (const Part& part : contents) entries.push_back({std::string(part.name), *part.bytes});
  return build_zip(entries);
}

} // namespace cvport::docx
