#include "date_column.hpp"

#include <algorithm>
#include <cmath>

#include "cvport/date_column.hpp"
#include "cvport/utf8.hpp"

namespace cvport::docx {
namespace {

constexpr int kTwipsPerPoint = 20;
// A display column (cvport/utf8.hpp: 1 for a Latin letter, 2 for a wide one) in ems.
constexpr double kEmPerColumn = 0.55;

} // namespace

int estimated_date_width(std::string_view date, int font_half_points) {
  double em = font_half_points * kTwipsPerPoint / 2.0;
  return static_cast<int>(std::lround(static_cast<double>(display_width(date)) * kEmPerColumn * em));
}

DateColumn reserve_date_column(const std::vector<Paragraph>& body, int font_half_points, int text_width) {
  int widest = 0;
  for (const Paragraph& paragraph : body)
    if (!paragraph.date().empty()) widest = std::max(widest, estimated_date_width(paragraph.date(), font_half_points));
  int column = static_cast<int>(date_column_width(widest, text_width));
  int gap = static_cast<int>(kDateColumnGapPoints * kTwipsPerPoint);
  return {text_width, column + gap};
}

} // namespace cvport::docx
