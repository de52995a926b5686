// Namespace URIs, content types and relationship types of the Office Open XML parts the DOCX
// writer produces (ECMA-376 Part 1 and Part 2, transitional), named once.
#ifndef CVPORT_DOCX_OOXML_NAMES_HPP
#define CVPORT_DOCX_OOXML_NAMES_HPP

#include <string_view>

namespace cvport::docx::ooxml {

// XML namespaces.
inline constexpr std::string_view kWordNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kRelationshipsNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view kPackageRelationshipsNs =
    "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr std::string_view kContentTypesNs =
    "http://schemas.openxmlformats.org/package/2006/content-types";
inline constexpr std::string_view kCorePropertiesNs =
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
inline constexpr std::string_view kExtendedPropertiesNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
inline constexpr std::string_view kDublinCoreNs = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view kDublinCoreTermsNs = "http://purl.org/dc/terms/";
inline constexpr std::string_view kXmlSchemaInstanceNs =
    "http://www.w3.org/2001/XMLSchema-instance";

// Content types.
inline constexpr std::string_view kRelationshipsType =
    "application/vnd.openxmlformats-package.relationships+xml";
inline constexpr std::string_view kXmlType = "application/xml";
inline constexpr std::string_view kDocumentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr std::string_view kStylesType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr std::string_view kNumberingType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
inline constexpr std::string_view kSettingsType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr std::string_view kFooterType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr std::string_view kThemeType =
    "application/vnd.openxmlformats-officedocument.theme+xml";
inline constexpr std::string_view kCorePropertiesType =
    "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr std::string_view kExtendedPropertiesType =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml";

// Relationship types.
inline constexpr std::string_view kOfficeDocumentRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr std::string_view kCorePropertiesRel =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr std::string_view kExtendedPropertiesRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr std::string_view kStylesRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr std::string_view kNumberingRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
inline constexpr std::string_view kSettingsRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr std::string_view kFooterRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr std::string_view kThemeRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme";
inline constexpr std::string_view kHyperlinkRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

// Part names inside the package.
inline constexpr std::string_view kContentTypesPart = "[Content_Types].xml";
inline constexpr std::string_view kPackageRelsPart = "_rels/.rels";
inline constexpr std::string_view kCorePart = "docProps/core.xml";
inline constexpr std::string_view kAppPart = "docProps/app.xml";
inline constexpr std::string_view kDocumentPart = "word/document.xml";
inline constexpr std::string_view kDocumentRelsPart = "word/_rels/document.xml.rels";
inline constexpr std::string_view kStylesPart = "word/styles.xml";
inline constexpr std::string_view kNumberingPart = "word/numbering.xml";
inline constexpr std::string_view kSettingsPart = "word/settings.xml";
inline constexpr std::string_view kFooterPart = "word/footer1.xml";
inline constexpr std::string_view kThemePart = "word/theme/theme1.xml";

} // namespace cvport::docx::ooxml

#endif
