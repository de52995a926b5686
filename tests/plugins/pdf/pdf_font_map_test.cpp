// The plugin's font maps (plugins/pdf/font_map.cpp): which text the plugin's own fonts take, and
// their resolution, the PDF's 72 dpi (pango measures fonts in contexts made from the font map,
// and at another resolution those ask fontconfig for patterns of their own, each sorted in two
// threads of its own).
#include <gtest/gtest.h>

#include "font_map.hpp"
#include "gobject_ptr.hpp"

namespace cvport::pdf {
namespace {

double resolution(PangoFontMap* map) { return pango_cairo_font_map_get_resolution(PANGO_CAIRO_FONT_MAP(map)); }

TEST(PdfFontMap, TheOwnAndTheSystemFontMapsAreAt72Dpi) {
  PangoFontMap* own = font_map_for("Noto Sans", "Curriculum vitae");
  PangoFontMap* system = font_map_for("DejaVu Serif", "Curriculum vitae");
  EXPECT_NE(own, system);
  EXPECT_EQ(resolution(own), 72);
  EXPECT_EQ(resolution(system), 72);
}

TEST(PdfFontMap, AContextMadeFromTheFontMapIsAt72Dpi) {
  GObjectPtr<PangoContext> context(pango_font_map_create_context(font_map_for("Noto Sans", "Curriculum vitae")));
  EXPECT_EQ(pango_cairo_context_get_resolution(context.get()), -1); // none of its own: the font map's
  GObjectPtr<PangoLayout> layout(pango_layout_new(context.get()));
  PangoFontDescription* font = pango_font_description_from_string("Noto Sans 10");
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_text(layout.get(), "M", -1);
  int height = 0;
  pango_layout_get_pixel_size(layout.get(), nullptr, &height);
  // Noto Sans's line height is 1.36 em: 13.6 px for 10 points at 72 dpi, 18.1 px at 96.
  EXPECT_GE(height, 13);
  EXPECT_LE(height, 15);
}

TEST(PdfFontMap, AsciiTextAndLineBreaksStayWithTheOwnFontsAndThaiGoesToTheSystems) {
  PangoFontMap* own = font_map_for("Noto Sans", "");
  PangoFontMap* system = font_map_for("DejaVu Serif", "");
  EXPECT_EQ(font_map_for("Noto Sans", "Plain text, with {braces} & ~tildes~\nover two lines."), own);
  EXPECT_EQ(font_map_for("Noto Sans", "Zürich, Москва, 東京"), own);
  EXPECT_EQ(font_map_for("Noto Sans", "Bangkok, กรุงเทพมหานคร"), system); // Noto Sans and its fallbacks lack Thai
}

} // namespace
} // namespace cvport::pdf
