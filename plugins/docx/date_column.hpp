// The date column of the DOCX: how wide it is, from the dates of the CV. Every paragraph with a
// date (Paragraph::dated) is written as a borderless two-cell table of fixed column widths,
// the paragraph in the left cell, the date right-aligned in the right one (wml_writer.cpp): a
// fixed grid is the one way that Word and LibreOffice both wrap the text before the date and
// keep the date on one line at the right margin. A right tab stop cannot: the date follows the
// text, so a title that wraps pushes it onto its last line, or wraps it in two.
#ifndef CVPORT_DOCX_DATE_COLUMN_HPP
#define CVPORT_DOCX_DATE_COLUMN_HPP

#include <string_view>
#include <vector>

#include "wml_paragraph.hpp"

namespace cvport::docx {

// Widths in twips.
struct DateColumn {
  int text_width = 0; // the whole table: the text width of the page
  int width = 0;      // the date cell: the widest date and the gap before it
  int text_cell_width() const { return text_width - width; }
};

// An estimate of how wide `date` is printed at `font_half_points`, in twips. The writer has no
// font metrics: it counts 0.55 em per character (twice that for a wide CJK one), a little more
// than Calibri, Carlito and Arial need for "Mar 2021 – present" (8.0 to 8.7 em for 18
// characters), so the date fits its cell in the default font and in most others.
int estimated_date_width(std::string_view date, int font_half_points);

// The column the dates of `body` need: as wide as the widest of them (cvport/date_column.hpp:
// at most a third of the text width) plus the gap the PDF leaves too.
DateColumn reserve_date_column(const std::vector<Paragraph>& body, int font_half_points, int text_width);

} // namespace cvport::docx

#endif
