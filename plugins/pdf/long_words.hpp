// Break opportunities in words too long for any line. pango 1.50 breaks a word that does not fit
// a line between two of its characters, but it shapes the rest of the word again for each line it
// takes: a 100,000-character token (a pasted base64 image, a hash) took 25 s, growing with the
// square of its length. A ZERO WIDTH SPACE every few characters of such a word gives pango a
// place to break that it can find without that: the same lines, within a few characters, in a
// time that grows with the length. The character draws nothing and pdftotext does not extract it.
#ifndef CVPORT_PDF_LONG_WORDS_HPP
#define CVPORT_PDF_LONG_WORDS_HPP

#include <string>

namespace cvport::pdf {

// Words (runs without a space or line end) are left as they are up to kLongWordCodePoints code
// points. In a longer one, U+200B goes after every kLongWordStride characters, only between two
// printable ASCII characters, so that no grapheme cluster and no script with its own breaking
// rules (Thai, CJK) is touched.
inline constexpr std::size_t kLongWordCodePoints = 256;
inline constexpr std::size_t kLongWordStride = 8;

std::string break_long_words(std::string text);

} // namespace cvport::pdf

#endif
