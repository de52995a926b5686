#include "pdf_options.hpp"

#include "cvport/plugin_context.hpp"

namespace cvport::pdf {
namespace {

constexpr double kPointsPerCm = 72.0 / 2.54;

bool is_font_name(const std::string& name) {
  if (name.empty() || name.size() > 128) return false;
  for (unsigned char c : name)
    if (c < 0x20 || c == 0x7f || c == ',') return false; // a comma would make it a list of families
  return true;
}

} // namespace

PageGeometry PdfOptions::geometry() const {
  // US Letter is 8.5 x 11 in; ISO 216 A4 is 210 x 297 mm.
  PageGeometry page = letter_paper ? PageGeometry{612, 792, 0} : PageGeometry{210 * kPointsPerCm / 10, 297 * kPointsPerCm / 10, 0};
  page.margin = margin_cm * kPointsPerCm;
  return page;
}

std::string pdf_options_schema() { return sdk::options_schema<PdfOptions>(); }

PdfOptions read_options(const Json& options, const Cv& cv) {
  PdfOptions result = sdk::read_options<PdfOptions>(options, "pdf.bad-option");
  result.letter_paper = letter_paper_for(result.page_size, cv.person.location.country);
  if (!is_font_name(result.font_family))
    throw sdk::Error("pdf.bad-option", "", "option \"font-family\": expected a font name such as \"Noto Sans\"");
  return result;
}

} // namespace cvport::pdf
