// The OPC package of a .docx: [Content_Types].xml, the package relationships, and every part
// in one fixed order inside the zip.
#ifndef CVPORT_DOCX_DOCX_PACKAGE_HPP
#define CVPORT_DOCX_DOCX_PACKAGE_HPP

#include <string>

namespace cvport::docx {

struct DocxParts {
  std::string document;
  std::string document_relationships;
  std::string styles;
  std::string numbering;
  std::string settings;
  std::string footer;
  std::string theme; // empty: the package has no theme part
  std::string core_properties;
  std::string app_properties;
};

// The .docx bytes.
std::string build_docx_package(const DocxParts& parts);

} // namespace cvport::docx

#endif
