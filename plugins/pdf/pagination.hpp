// Puts typeset blocks onto pages. A unit (a section heading with its intro and first entry, or
// one entry) moves whole to the next page when it does not fit the rest of this one but fits a
// page; a unit taller than a page breaks between lines. Space before a block is dropped at the
// top of a page.
#ifndef CVPORT_PDF_PAGINATION_HPP
#define CVPORT_PDF_PAGINATION_HPP

#include <cstddef>
#include <vector>

#include "typesetter.hpp"

namespace cvport::pdf {

using Unit = std::vector<const TypesetBlock*>;

struct PlacedLine {
  const TypesetBlock* block;
  std::size_t line;
  int page; // from 0
  double top; // the line's top on its page, in points from the page's top
};

struct Pages {
  std::vector<PlacedLine> lines; // in reading order
  int count = 1;
};

Pages paginate(const std::vector<Unit>& units, double body_top, double body_bottom);

} // namespace cvport::pdf

#endif
