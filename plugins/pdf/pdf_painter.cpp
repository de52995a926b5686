#include "pdf_painter.hpp"

#include <cairo-pdf.h>
#include <fmt/format.h>

#include "cvport/language.hpp"
#include "text_cleaning.hpp"

namespace cvport::pdf {
namespace {

constexpr double kRuleGap = 2;   // between a heading's last line and its rule
constexpr double kRuleWidth = 0.6;

double points(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

// A string value of a cairo tag attribute: single-quoted, with "\" and "'" escaped.
std::string quoted_attribute(std::string_view value) {
  std::string quoted = "'";
  for (char c : value) {
    if (c == '\\' || c == '\'') quoted += '\\';
    quoted += c;
  }
  return quoted + "'";
}

class Painter {
public:
  Painter(cairo_t* cr, const Typesetter& typesetter, const PageGeometry& page, int page_count,
          std::string_view owner_name, std::string_view page_label)
      : cr_(cr), surface_(cairo_get_target(cr)), typesetter_(typesetter), page_(page), page_count_(page_count),
        owner_name_(clean_text(owner_name).text), page_label_(page_label) {}

  void paint(const Pages& pages) {
    int current = 0;
    for (const PlacedLine& placed : pages.lines) {
      if (placed.line == 0) show_pending_date();
      while (placed.page > current) {
        show_pending_date();
        finish_page(current++);
        cairo_show_page(cr_);
      }
      paint_line(placed);
    }
    show_pending_date();
    finish_page(current); // cairo_surface_finish emits the last page
  }

private:
  void paint_line(const PlacedLine& placed) {
    const TypesetBlock& block = *placed.block;
    const LineBox& box = block.lines[placed.line];
    double origin_x = page_.margin + block.x;
    double baseline = placed.top - box.top + box.baseline;
    if (placed.line == 0) {
      if (!block.outline_title.empty()) add_bookmark(block.outline_title, placed);
      if (block.marker) show_first_line(block.marker.get(), page_.margin + block.marker_x, baseline);
    }
    PangoLayoutLine* line = pango_layout_get_line_readonly(block.layout.get(), static_cast<int>(placed.line));
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_move_to(cr_, origin_x + box.x, baseline);
    pango_cairo_show_layout_line(cr_, line);
    for (const LinkSpan& link : block.links) annotate_link(line, link, origin_x, placed.top, box.height);
    // The date is drawn after the block's last line on its page, so text extraction in drawing
    // order (pdftotext -raw, pdf.js, PDFBox) reads a wrapped title whole, then its date.
    if (placed.line == 0 && block.date) pending_date_ = {block.date.get(), page_.margin + block.date_x, baseline};
    if (!block.outline_title.empty() && placed.line + 1 == block.lines.size())
      draw_rule(placed.top + box.height + kRuleGap);
  }

  void show_first_line(PangoLayout* layout, double x, double baseline) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_move_to(cr_, x, baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_get_line_readonly(layout, 0));
  }

  void show_pending_date() {
    if (pending_date_.layout) show_date(pending_date_.layout, pending_date_.x, pending_date_.baseline);
    pending_date_ = {};
  }

  // The date's first baseline on the entry's first baseline, in the date column at `x`.
  void show_date(PangoLayout* date, double x, double baseline) {
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_move_to(cr_, x, baseline - points(pango_layout_get_baseline(date)));
    pango_cairo_show_layout(cr_, date);
  }

  // One annotation per line the link's text covers, over the text's own extent.
  void annotate_link(PangoLayoutLine* line, const LinkSpan& link, double origin_x, double top, double height) {
    int start = std::max(link.start, line->start_index);
    int end = std::min(link.end, line->start_index + line->length);
    if (start >= end) return;
    int* ranges = nullptr;
    int count = 0;
    pango_layout_line_get_x_ranges(line, start, end, &ranges, &count);
    for (int i = 0; i < count; ++i) {
      double left = origin_x + points(ranges[2 * i]);
      double width = points(ranges[2 * i + 1] - ranges[2 * i]);
      if (width <= 0) continue;
      std::string attributes =
          fmt::format("rect=[{:.2f} {:.2f} {:.2f} {:.2f}] uri={}", left, top, width, height, quoted_attribute(link.url));
      cairo_tag_begin(cr_, CAIRO_TAG_LINK, attributes.c_str());
      cairo_tag_end(cr_, CAIRO_TAG_LINK);
    }
    g_free(ranges);
  }

  void add_bookmark(const std::string& title, const PlacedLine& placed) {
    std::string destination = fmt::format("page={} pos=[{:.2f} {:.2f}]", placed.page + 1, page_.margin, placed.top);
    cairo_pdf_surface_add_outline(surface_, CAIRO_PDF_OUTLINE_ROOT, title.c_str(), destination.c_str(),
                                  static_cast<cairo_pdf_outline_flags_t>(0));
  }

  void draw_rule(double y) {
    cairo_set_source_rgb(cr_, 0x1F / 255.0, 0x38 / 255.0, 0x64 / 255.0);
    cairo_set_line_width(cr_, kRuleWidth);
    cairo_move_to(cr_, page_.margin, y);
    cairo_line_to(cr_, page_.margin + page_.text_width(), y);
    cairo_stroke(cr_);
  }

  void finish_page(int page) {
    std::string number = std::to_string(page + 1);
    std::string count = std::to_string(page_count_);
    std::string text = owner_name_ + (owner_name_.empty() ? "" : " \u00b7 ") +
                       fill_label(page_label_, {{"n", number}, {"m", count}});
    GObjectPtr<PangoLayout> footer = typesetter_.footer(text);
    int height = 0;
    pango_layout_get_size(footer.get(), nullptr, &height);
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_move_to(cr_, page_.margin, page_.height - page_.margin / 2 - points(height) / 2);
    pango_cairo_show_layout(cr_, footer.get());
  }

  cairo_t* cr_;
  cairo_surface_t* surface_;
  const Typesetter& typesetter_;
  const PageGeometry& page_;
  int page_count_;
  std::string owner_name_;
  std::string page_label_;
  struct {
    PangoLayout* layout = nullptr;
    double x = 0;
    double baseline = 0;
  } pending_date_;
};

} // namespace

void paint_pages(cairo_t* cr, const Pages& pages, const Typesetter& typesetter, const PageGeometry& page,
                 std::string_view owner_name, std::string_view page_label) {
  Painter(cr, typesetter, page, pages.count, owner_name, page_label).paint(pages);
}

} // namespace cvport::pdf
