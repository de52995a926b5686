// The fonts pango may use for a PDF. For the default family (Noto Sans) the plugin gives pango a
// fontconfig configuration of its own that holds only the fonts a CV needs: the family itself,
// its sister families for CJK, Hebrew, Arabic and symbols, and DejaVu Sans, in a fixed fallback
// order. Reading the system's whole configuration (dozens of XML files, in a thread pango starts)
// and sorting every installed font for each font description cost about a third of an export's
// CPU time; the configuration here reads fontconfig's own cache files of the font folders and
// keeps some twenty faces. Any other family, and a CV with a character none of those fonts has
// (Thai, Devanagari, emoji, ...), goes through the system's fontconfig configuration, as before.
#ifndef CVPORT_PDF_FONT_MAP_HPP
#define CVPORT_PDF_FONT_MAP_HPP

#include <string>
#include <string_view>

#include <pango/pangocairo.h>

namespace cvport::pdf {

// A pango font map (cairo, FreeType) for `font_family` and `text` (valid UTF-8): the plugin's own
// configuration when the family is its default, its fonts are installed and they have a glyph for
// every character of `text`; otherwise the system's fontconfig configuration, whose fallback
// fonts reach every installed script. The font map belongs to the calling thread (see
// font_map.cpp), like pango's default one, and its resolution is the plugin's 72 dpi.
PangoFontMap* font_map_for(const std::string& font_family, std::string_view text);

} // namespace cvport::pdf

#endif
