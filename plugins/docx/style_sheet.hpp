// word/styles.xml: the document defaults (font, size) and every style the CV layout uses,
// built on Word's Heading 1-3 so the CV's outline shows in the navigation pane.
#ifndef CVPORT_DOCX_STYLE_SHEET_HPP
#define CVPORT_DOCX_STYLE_SHEET_HPP

#include <string>

namespace cvport::docx {

struct StyleSheetSettings {
  std::string font_family;
  int font_half_points = 21;
  int text_width = 0; // twips: where right-aligned dates stop
  std::string language; // BCP 47, for <w:lang>: spelling, hyphenation and fonts; empty: English
};

std::string build_styles_xml(const StyleSheetSettings& settings);

} // namespace cvport::docx

#endif
