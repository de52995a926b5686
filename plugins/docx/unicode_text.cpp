#include "unicode_text.hpp"

namespace cvport::docx {

Direction direction_of(char32_t c) {
  auto in = [c](char32_t first, char32_t last) { return c >= first && c <= last; };
  // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, N'Ko, Samaritan, Mandaic, Arabic
  // Extended; the Hebrew and Arabic presentation forms; the RTL scripts of the SMP.
  if (in(0x0590, 0x08FF) || in(0xFB1D, 0xFDFF) || in(0xFE70, 0xFEFE) || in(0x10800, 0x10FFF) ||
      in(0x1E800, 0x1EFFF))
    return Direction::right_to_left;
  if (in('A', 'Z') || in('a', 'z')) return Direction::left_to_right;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return Direction::neutral;
  // Combining marks, general punctuation, symbols, arrows, box drawing, dingbats, CJK
  // punctuation, variation selectors, half/full-width punctuation, emoji and pictographs
  // take the direction of their surroundings.
  if (in(0x0300, 0x036F) || in(0x2000, 0x2BFF) || in(0x3000, 0x303F) || in(0xFE00, 0xFE0F) ||
      in(0xFF00, 0xFF20) || in(0xFFF0, 0xFFFF) || in(0x1F000, 0x1FAFF) || in(0xE0000, 0xE007F))
    return Direction::neutral;
  return Direction::left_to_right;
}

bool is_wholly_right_to_left(std::string_view text) {
  bool right_to_left = false;
  for (std::size_t at = 0; at < text.size();) {
    Direction direction = direction_of(next_code_point(text, at));
    if (direction == Direction::left_to_right) return false;
    right_to_left |= direction == Direction::right_to_left;
  }
  return right_to_left;
}

} // namespace cvport::docx

namespace cvport::docx {

std::vector<DirectionalSegment> split_by_direction(std::string_view text) {
  std::vector<DirectionalSegment> segments;
  std::size_t segment_start = 0;
  bool segment_rtl = false;
  // Where the neutrals after the segment's last strong character begin.
  std::size_t trailing_neutrals = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t start = at;
    Direction direction = direction_of(next_code_point(text, at));
    if (direction == Direction::neutral) continue;
    bool rtl = direction == Direction::right_to_left;
    if (rtl != segment_rtl) {
      // An RTL segment ends at its last RTL character; an LTR one takes the neutrals along.
      std::size_t cut = segment_rtl ? trailing_neutrals : start;
      if (cut > segment_start)
        segments.push_back({text.substr(segment_start, cut - segment_start), segment_rtl});
      segment_start = cut;
      segment_rtl = rtl;
    }
    trailing_neutrals = at;
  }
  if (segment_rtl && trailing_neutrals < text.size()) {
    segments.push_back({text.substr(segment_start, trailing_neutrals - segment_start), true});
    segment_start = trailing_neutrals;
    segment_rtl = false;
  }
  if (segment_start < text.size()) segments.push_back({text.substr(segment_start), segment_rtl});
  return segments;
}

} // namespace cvport::docx
