// The typesetter lays a short left-aligned block out without a width, so pango shapes it once
// (plugins/pdf/typesetter.cpp, set_width_if_needed): its lines and glyphs must be the ones the
// block gets with the width set, and every other block must get its width.
#include <string>
#include <vector>

#include <cairo-pdf.h>
#include <gtest/gtest.h>

#include "font_map.hpp"
#include "typesetter.hpp"

namespace cvport::pdf {
namespace {

constexpr double kTextWidth = 450; // points, about an A4 page's text width

struct SurfaceAndContext {
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(nullptr, nullptr, 595, 842);
  cairo_t* cr = cairo_create(surface);
  ~SurfaceAndContext() {
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
  }
};

// A glyph as drawn: its id, advance and offsets, and the line's place.
struct PlacedGlyph {
  PangoGlyph glyph;
  int width, x_offset, y_offset;
  bool operator==(const PlacedGlyph&) const = default;
};

struct LaidOutLine {
  PangoRectangle logical;
  int baseline;
  std::vector<PlacedGlyph> glyphs;
};

std::vector<LaidOutLine> laid_out(PangoLayout* layout) {
  std::vector<LaidOutLine> lines;
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    LaidOutLine line{};
    pango_layout_iter_get_line_extents(iter, nullptr, &line.logical);
    line.baseline = pango_layout_iter_get_baseline(iter);
    for (GSList* run = pango_layout_iter_get_line_readonly(iter)->runs; run; run = run->next) {
      PangoGlyphString* glyphs = static_cast<PangoGlyphItem*>(run->data)->glyphs;
      for (int i = 0; i < glyphs->num_glyphs; ++i) {
        const PangoGlyphInfo& g = glyphs->glyphs[i];
        line.glyphs.push_back({g.glyph, g.geometry.width, g.geometry.x_offset, g.geometry.y_offset});
      }
    }
    lines.push_back(line);
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return lines;
}

void expect_same_lines(const std::vector<LaidOutLine>& got, const std::vector<LaidOutLine>& expected) {
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE("line " + std::to_string(i));
    EXPECT_EQ(got[i].logical.x, expected[i].logical.x);
    EXPECT_EQ(got[i].logical.y, expected[i].logical.y);
    EXPECT_EQ(got[i].logical.width, expected[i].logical.width);
    EXPECT_EQ(got[i].logical.height, expected[i].logical.height);
    EXPECT_EQ(got[i].baseline, expected[i].baseline);
    EXPECT_TRUE(got[i].glyphs == expected[i].glyphs);
  }
}

class PdfTypesetter : public ::testing::Test {
protected:
  // Typesets a detail block (no indent, no date: its width is the text width) of `text` and
  // returns its layout as typeset and the same text laid out again with the width set.
  struct Typeset {
    int layout_width;
    std::vector<LaidOutLine> lines;
    std::vector<LaidOutLine> lines_at_width;
  };
  Typeset typeset(const std::string& text, BlockKind kind = BlockKind::detail) {
    GObjectPtr<PangoContext> context(pango_font_map_create_context(font_map_for(options_.font_family, text)));
    pango_context_set_base_dir(context.get(), PANGO_DIRECTION_LTR);
    pango_cairo_update_context(page_.cr, context.get());
    pango_cairo_context_set_resolution(context.get(), 72);
    Typesetter typesetter(context.get(), options_, kTextWidth);
    Block block(kind);
    block.text(text);
    TypesetBlock typeset = typesetter.block(block);
    Typeset result{pango_layout_get_width(typeset.layout.get()), laid_out(typeset.layout.get()), {}};
    pango_layout_set_width(typeset.layout.get(), static_cast<int>(kTextWidth * PANGO_SCALE));
    result.lines_at_width = laid_out(typeset.layout.get());
    return result;
  }

  PdfOptions options_;
  SurfaceAndContext page_;
};

TEST_F(PdfTypesetter, AShortLineIsLaidOutWithoutAWidthAndComesOutAsWithIt) {
  Typeset short_line = typeset("Senior Research Scientist, Institute of Computing Technology");
  EXPECT_EQ(short_line.layout_width, -1);
  ASSERT_EQ(short_line.lines.size(), 1u);
  expect_same_lines(short_line.lines, short_line.lines_at_width);
}

TEST_F(PdfTypesetter, ShortLinesAfterALineBreakComeOutAsWithTheWidth) {
  Typeset two_lines = typeset("Beijing\nShanghai, 2019");
  EXPECT_EQ(two_lines.layout_width, -1);
  ASSERT_EQ(two_lines.lines.size(), 2u);
  expect_same_lines(two_lines.lines, two_lines.lines_at_width);
}

TEST_F(PdfTypesetter, AParagraphThatWrapsGetsItsWidth) {
  std::string paragraph;
  for (int i = 0; i < 12; ++i) paragraph += "Distributed systems, compilers and the theory of programming. ";
  Typeset wrapped = typeset(paragraph, BlockKind::summary);
  EXPECT_EQ(wrapped.layout_width, static_cast<int>(kTextWidth * PANGO_SCALE));
  EXPECT_GT(wrapped.lines.size(), 5u);
}

TEST_F(PdfTypesetter, ALineJustShorterThanTheWidthGetsItsWidth) {
  // Within an em of the width pango might try a break with a hyphen: the width decides.
  std::string line = "x"; // the longest run of x that fits the width
  while (line.size() < 1000 && typeset(line + "x").lines_at_width.size() == 1) line += "x";
  ASSERT_LT(line.size(), 1000u);
  Typeset full = typeset(line);
  EXPECT_EQ(full.layout_width, static_cast<int>(kTextWidth * PANGO_SCALE));
  expect_same_lines(full.lines, full.lines_at_width);
}

TEST_F(PdfTypesetter, ARightToLeftLineInALeftToRightCvGetsItsWidth) {
  // pango aligns a right-to-left paragraph to the right edge, which is where the width is.
  Typeset hebrew = typeset("האוניברסיטה העברית בירושלים");
  EXPECT_EQ(hebrew.layout_width, static_cast<int>(kTextWidth * PANGO_SCALE));
  expect_same_lines(hebrew.lines, hebrew.lines_at_width);
  EXPECT_GT(hebrew.lines[0].logical.x, 0);
}

TEST_F(PdfTypesetter, ACentredLineGetsItsWidth) {
  Typeset name = typeset("Baolin Li", BlockKind::name);
  EXPECT_EQ(name.layout_width, static_cast<int>(kTextWidth * PANGO_SCALE));
  EXPECT_GT(name.lines[0].logical.x, 0);
}

} // namespace
} // namespace cvport::pdf
