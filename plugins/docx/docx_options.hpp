// The options of the "docx" format: their JSON Schema (what `cvport formats` shows and the
// host checks) and their typed, resolved values.
#ifndef CVPORT_DOCX_OPTIONS_HPP
#define CVPORT_DOCX_OPTIONS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"

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
  PageSize page_size = PageSize::a4;
  double margin_cm = 2.0;
  std::string font_family = "Calibri";
  double font_size_pt = 10.5;
  std::vector<std::string> sections; // section ids in order; empty = every section
  std::string reference_doc;         // the bytes of a reference .docx; empty = none

  PageGeometry geometry() const;
  int font_half_points() const; // w:sz counts half-points
};

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
