// The "reference-doc" option, as pandoc's --reference-doc: the styles (and theme) of a user's
// .docx replace cvport's, and the CV styles it does not define are added from cvport's set so
// every paragraph keeps a style.
#ifndef CVPORT_DOCX_REFERENCE_DOC_HPP
#define CVPORT_DOCX_REFERENCE_DOC_HPP

#include <string>
#include <string_view>

#include "cvport/plugin_context.hpp"

namespace cvport::docx {

struct ReferenceStyles {
  std::string styles_xml; // the reference styles plus the CV styles it lacked
  std::string theme_xml;  // word/theme/theme1.xml of the reference, or empty
};

// Throws sdk::Error("docx.bad-reference-doc", ...) when the bytes are not a .docx with a
// readable word/styles.xml. Notes ("docx.reference-doc-styles-added") which styles were added.
ReferenceStyles merge_reference_styles(std::string_view reference_docx,
                                       const std::string& own_styles_xml,
                                       sdk::Diagnostics& diagnostics);

} // namespace cvport::docx

#endif
