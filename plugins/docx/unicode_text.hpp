// Which characters are strongly right-to-left, so their runs can be marked RTL for Word (UTF-8
// decoding is the SDK's: cvport/utf8.hpp).
#ifndef CVPORT_DOCX_UNICODE_TEXT_HPP
#define CVPORT_DOCX_UNICODE_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/utf8.hpp"

namespace cvport::docx {

enum class Direction { neutral, left_to_right, right_to_left };

// The strong direction of a character by its script block (Hebrew, Arabic, Syriac, Thaana,
// N'Ko, ... are right-to-left; letters of other scripts left-to-right; digits, punctuation,
// spaces, symbols and emoji neutral). A block-level approximation of the Unicode
// Bidi_Class property, which is all a run-level RTL mark needs.
Direction direction_of(char32_t code_point);

// True when the text has right-to-left letters and no left-to-right ones: text written wholly
// in Hebrew, Arabic, ... (digits and punctuation do not count).
bool is_wholly_right_to_left(std::string_view text);

} // namespace cvport::docx

namespace cvport::docx {

struct DirectionalSegment {
  std::string_view text;
  bool right_to_left = false;
};

// Splits text into maximal runs of one direction for a left-to-right paragraph: a segment
// starts at a strong character and keeps the neutrals that sit between two characters of its
// direction; neutrals between a right-to-left and a left-to-right character stay
// left-to-right, as in the paragraph's own direction. Concatenated, the segments give `text`.
std::vector<DirectionalSegment> split_by_direction(std::string_view text);

} // namespace cvport::docx

#endif
