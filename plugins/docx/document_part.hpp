// word/document.xml and its relationships, word/footer1.xml and word/settings.xml.
#ifndef CVPORT_DOCX_DOCUMENT_PART_HPP
#define CVPORT_DOCX_DOCUMENT_PART_HPP

#include <string>
#include <vector>

#include "docx_options.hpp"
#include "wml_paragraph.hpp"

namespace cvport::docx {

struct MainDocumentPart {
  std::string document_xml;
  std::string relationships_xml; // word/_rels/document.xml.rels
};

// The body paragraphs on pages of `page`'s size and margins, every page with the footer; the
// date column sized for the widest date of the body at `font_half_points`. The relationships
// point at styles, numbering, settings, the footer, the theme when `with_theme`, then every
// hyperlink in order of first use.
MainDocumentPart build_main_document(const std::vector<Paragraph>& body, const PageGeometry& page,
                                     int font_half_points, bool with_theme);

std::string build_footer_xml(const Paragraph& footer);

std::string build_settings_xml();

} // namespace cvport::docx

#endif
