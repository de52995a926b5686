// Makes every text of the CV safe to write as XML 1.0: characters XML forbids (most C0
// controls, U+FFFE, U+FFFF) are removed and ill-formed UTF-8 is replaced by U+FFFD, each time
// with a warning that names the field. Line ends are normalised to "\n".
#ifndef CVPORT_DOCX_TEXT_SANITIZER_HPP
#define CVPORT_DOCX_TEXT_SANITIZER_HPP

#include <string>
#include <string_view>

#include "cvport/model.hpp"
#include "cvport/plugin.hpp"

namespace cvport::docx {

struct SanitizedText {
  std::string text;
  std::string removed;        // "U+0001, U+000B": the forbidden characters dropped, in order
  int replaced_sequences = 0; // ill-formed UTF-8 sequences replaced by U+FFFD
};

SanitizedText sanitize_xml_text(std::string_view text);

// A copy of `cv` with every string sanitised; reports one warning per field that changed,
// with its model path ("publications[2].title").
Cv sanitized_copy(const Cv& cv, sdk::Diagnostics& diagnostics);

} // namespace cvport::docx

#endif
