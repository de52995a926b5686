// Text as pango takes it: valid UTF-8 (an ill-formed sequence becomes U+FFFD), no control
// characters (pango would draw them as hex boxes; they carry nothing a reader needs), tabs as
// spaces, line ends as "\n".
#ifndef CVPORT_PDF_TEXT_CLEANING_HPP
#define CVPORT_PDF_TEXT_CLEANING_HPP

#include <string>
#include <string_view>

namespace cvport::pdf {

struct CleanText {
  std::string text;
  int removed = 0;  // control characters dropped
  int replaced = 0; // ill-formed UTF-8 sequences replaced by U+FFFD
};

CleanText clean_text(std::string_view text);

} // namespace cvport::pdf

#endif
