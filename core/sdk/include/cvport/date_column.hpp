// The date column of the paged formats (PDF, DOCX): every dated first line has its date
// right-aligned at the right margin, in a column reserved on that line, so the text wraps before
// the column and a date never wraps, however long the employer's name. Shared so both formats
// reserve the same room.
#ifndef CVPORT_DATE_COLUMN_HPP
#define CVPORT_DATE_COLUMN_HPP

#include <algorithm>

namespace cvport {

// Between a line's text and its date column, in points.
inline constexpr double kDateColumnGapPoints = 12;

// The column is as wide as the widest date of the CV, but never more than a third of the text
// width, so a long date label ("Since the founding of the lab in 2009") wraps in its column
// rather than squeezing the text. Both widths in the same unit; the gap comes on top.
inline double date_column_width(double widest_date, double text_width) { return std::min(widest_date, text_width / 3); }

} // namespace cvport

#endif // CVPORT_DATE_COLUMN_HPP
