// The options of the "pdf" format, the same as DOCX's (page size, margins, font, size, sections),
// declared once (cvport/typed_options.hpp): the declaration gives their JSON Schema (what
// `cvport formats --options pdf` shows and the host checks) and their typed values.
#ifndef CVPORT_PDF_OPTIONS_HPP
#define CVPORT_PDF_OPTIONS_HPP

#include <string>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "cvport/page_options.hpp"

namespace cvport::pdf {

// Sizes in PostScript points (1/72 in), cairo's PDF unit.
struct PageGeometry {
  double width = 0;
  double height = 0;
  double margin = 0;
  double text_width() const { return width - 2 * margin; }
};

struct PdfOptions {
  std::string page_size = "auto"; // as given: auto, a4 or letter
  bool letter_paper = false;      // resolved: "auto" follows person.location.country
  double margin_cm = 2.0;
  // Noto Sans (fonts-noto-core): open, on every Debian desktop, and with sister families for
  // Hebrew, Arabic and (fonts-noto-cjk) Chinese, Japanese and Korean that fontconfig falls back to.
  std::string font_family = "Noto Sans";
  double font_size_pt = 10.5;
  std::vector<std::string> sections; // section ids in order; empty = every section

  PageGeometry geometry() const;
};

template <class V> void describe_options(V& v, PdfOptions& o) {
  describe_page_options(v, o.page_size, o.margin_cm, o.font_family,
                        "Body font, a fontconfig family name. Characters it lacks (CJK, Hebrew, Arabic) come from "
                        "fontconfig's fallback fonts.",
                        o.font_size_pt, o.sections);
}

std::string pdf_options_schema();

// Reads the options (defaults for absent ones); "page-size": "auto" resolves from
// person.location.country as the DOCX format does. Throws sdk::Error("pdf.bad-option", ...).
PdfOptions read_options(const Json& options, const Cv& cv);

} // namespace cvport::pdf

#endif
