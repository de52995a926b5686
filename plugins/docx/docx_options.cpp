#include "docx_options.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "base64.hpp"
#include "cvport/paper.hpp"
#include "cvport/plugin_context.hpp"
#include "cvport/sections_option.hpp"
#include "cvport/utf8.hpp"

namespace cvport::docx {
namespace {

constexpr std::string_view kBadOption = "docx.bad-option";

[[noreturn]] void bad_option(std::string_view name, const std::string& message) {
  throw sdk::Error(std::string(kBadOption), "", fmt::format("option \"{}\": {}", name, message));
}

} // namespace

PageGeometry DocxOptions::geometry() const {
  // ISO 216 A4 is 210 x 297 mm; US Letter is 8.5 x 11 in.
  PageGeometry geometry =
      page_size == PageSize::letter ? PageGeometry{12240, 15840, 0} : PageGeometry{11906, 16838, 0};
  geometry.margin = static_cast<int>(std::lround(margin_cm / 2.54 * 1440));
  return geometry;
}

int DocxOptions::font_half_points() const {
  return static_cast<int>(std::lround(font_size_pt * 2));
}

std::string docx_options_schema() { return sdk::options_schema<DocxOptions>(); }

PageSize page_size_for_country(std::string_view country_code) {
  return uses_letter_paper(country_code) ? PageSize::letter : PageSize::a4;
}

DocxOptions read_options(const Json& options, const Cv& cv) {
  DocxOptions result = sdk::read_options<DocxOptions>(options, std::string(kBadOption));
  result.page_size =
      letter_paper_for(result.page_size_choice, cv.person.location.country) ? PageSize::letter : PageSize::a4;

  // Options are not model text: the host's text guarantee does not cover them, and the name
  // goes into XML attributes.
  bool has_control_character = std::any_of(result.font_family.begin(), result.font_family.end(),
                                           [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
  if (result.font_family.empty() || has_control_character || !is_valid_utf8(result.font_family) ||
      result.font_family.size() > 128)
    bad_option("font-family", "expected a font name such as \"Calibri\"");

  if (!result.reference_doc_base64.empty()) {
    auto bytes = decode_base64(result.reference_doc_base64);
    if (!bytes) bad_option("reference-doc", "the host must pass the file's bytes base64-encoded");
    result.reference_doc = std::move(*bytes);
  }
  return result;
}

} // namespace cvport::docx
