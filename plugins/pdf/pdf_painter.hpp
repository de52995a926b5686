// Draws the paginated CV with cairo: each line of text where pagination put it, the bullets,
// numbers and dates of first lines, the rule under each section heading, a link annotation
// over each link's text, a bookmark per section, and the footer "Name · page N of M".
#ifndef CVPORT_PDF_PDF_PAINTER_HPP
#define CVPORT_PDF_PDF_PAINTER_HPP

#include <string_view>

#include <cairo.h>

#include "pagination.hpp"
#include "pdf_options.hpp"
#include "typesetter.hpp"

namespace cvport::pdf {

// Every page's footer is "<owner_name> · <page_label>", with {n} and {m} in the label (the
// translation's "page {n} of {m}") replaced by the page's number and the page count.
void paint_pages(cairo_t* cr, const Pages& pages, const Typesetter& typesetter, const PageGeometry& page,
                 std::string_view owner_name, std::string_view page_label);

} // namespace cvport::pdf

#endif
