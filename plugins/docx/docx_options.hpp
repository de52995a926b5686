// The options of the "docx" format, declared once (cvport/typed_options.hpp): the declaration gives
// their JSON Schema (what `cvport formats` shows and the host checks) and their typed values,
// which read_options() then resolves (paper from the country, the reference document's bytes).
#ifndef CVPORT_DOCX_OPTIONS_HPP
#define CVPORT_DOCX_OPTIONS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "cvport/page_options.hpp"
#include "cvport/typed_options.hpp"

namespace cvport::docx {

enum class PageSize { a4, letter };

// Page and text-area sizes in twentieths of a point (twips), the unit of WordprocessingML.
struct PageGeometry {
  int width = 0;
  int height = 0;
  int margin = 0;
  int text_width() const { return width - 2 * margin; }
};

struct DocxOptions {
  std::string page_size_choice = "auto"; // as given: auto, a4 or letter
  PageSize page_size = PageSize::a4;     // resolved: "auto" follows person.location.country
  double margin_cm = 2.0;
  std::string font_family = "Calibri";
  double font_size_pt = 10.5;
  std::vector<std::string> sections; // section ids in order; empty = every section
  std::string reference_doc_base64;  // as the host passes the file
  std::string reference_doc;         // the bytes of a reference .docx; empty = none

  PageGeometry geometry() const;
  int font_half_points() const; // w:sz counts half-points
};

template <class V> void describe_options(V& v, DocxOptions& o) {
  describe_page_options(v, o.page_size_choice, o.margin_cm, o.font_family,
                        "Body font. Calibri is shown as the metric-compatible Carlito where Calibri is not installed "
                        "(LibreOffice on Linux).",
                        o.font_size_pt, o.sections);
  v.option("reference-doc", o.reference_doc_base64,
           "A .docx whose styles replace cvport's (like pandoc's --reference-doc). Styles it lacks are added from "
           "cvport's set.",
           sdk::file());
}

// The JSON Schema object of the options.
std::string docx_options_schema();

// Letter paper for the countries that use it (US, CA, MX, PH, CL, CO, CR, DO, GT, PA, PR, SV,
// VE), A4 everywhere else and when the country is unknown.
PageSize page_size_for_country(std::string_view country_code);

// Reads the options (defaults for absent ones); "page-size": "auto" resolves from
// person.location.country. Throws sdk::Error("docx.bad-option", ...) on a bad value.
DocxOptions read_options(const Json& options, const Cv& cv);

} // namespace cvport::docx

#endif
