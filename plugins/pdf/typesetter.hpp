// Turns the blocks of the CV into pango layouts of the right width, font and attributes, and
// measures their lines, so pagination and painting work on known geometry. The date column's
// width is reserved once for the whole CV (the widest date, within a cap), so every entry's
// text wraps before it and no date ever wraps.
#ifndef CVPORT_PDF_TYPESETTER_HPP
#define CVPORT_PDF_TYPESETTER_HPP

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pango/pangocairo.h>

#include "cv_blocks.hpp"
#include "gobject_ptr.hpp"
#include "pdf_options.hpp"

namespace cvport::pdf {

struct LinkSpan {
  int start = 0; // byte offsets into the layout's text
  int end = 0;
  std::string url;
};

// One line of a layout, in points, relative to the layout's origin.
struct LineBox {
  double x = 0;   // the line's left edge (alignment included)
  double top = 0;
  double height = 0;
  double baseline = 0;
};

struct TypesetBlock {
  BlockKind kind = BlockKind::detail;
  GObjectPtr<PangoLayout> layout;
  double x = 0;            // the layout's left edge, from the left margin
  double space_before = 0; // dropped at the top of a page
  std::vector<LineBox> lines;
  std::vector<LinkSpan> links;
  GObjectPtr<PangoLayout> date;   // in the date column, on the first line
  double date_x = 0;              // the date column's left edge, from the left margin
  GObjectPtr<PangoLayout> marker; // a bullet or "[3]", before the first line
  double marker_x = 0;
  std::string outline_title; // for section headings: the bookmark's text
  double height() const { return lines.empty() ? 0 : lines.back().top + lines.back().height - lines.front().top; }
};

class Typesetter {
public:
  // `right_to_left`: every layout takes the context's base direction (RTL) instead of guessing it
  // from its first strong letter.
  Typesetter(PangoContext* context, const PdfOptions& options, double text_width, bool right_to_left = false);

  // Reserves the date column: the widest date of `document`, at most a third of the text width.
  void reserve_date_column(const CvDocument& document);

  TypesetBlock block(const Block& block) const;
  TypesetBlock heading(const Section& section) const;
  // A centred line of muted small text for the footer.
  GObjectPtr<PangoLayout> footer(std::string_view text) const;

private:
  GObjectPtr<PangoLayout> new_layout(double size_factor, bool bold, bool italic) const;
  GObjectPtr<PangoLayout> date_layout(std::string_view date) const;
  // A new reference to the layout shared by every block with the same date, or every bullet: a
  // CV repeats a few dates many times, and pango shapes each once.
  GObjectPtr<PangoLayout> shared_date(const std::string& date) const;
  GObjectPtr<PangoLayout> shared_bullet() const;
  // Moves a block laid out left to right to its place in a right-to-left CV.
  void mirror(TypesetBlock& block, double layout_width) const;

  PangoContext* context_;
  std::string font_family_;
  double font_size_;
  double text_width_;
  bool right_to_left_ = false;
  double date_column_ = 0;
  mutable std::map<std::string, GObjectPtr<PangoLayout>> dates_; // by the block's date text
  mutable GObjectPtr<PangoLayout> bullet_;
};

} // namespace cvport::pdf

#endif
