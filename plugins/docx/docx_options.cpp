#include "docx_options.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base64.hpp"
#include "cvport/paper.hpp"
#include "cvport/plugin.hpp"
#include "cvport/sections_option.hpp"
#include "cvport/utf8.hpp"

namespace cvport::docx {
namespace {

constexpr double kMinMarginCm = 0.5, kMaxMarginCm = 5.0;
constexpr double kMinFontSize = 6.0, kMaxFontSize = 24.0;

[[noreturn]] void bad_option(std::string_view name, const std::string& message) {
  throw sdk::Error("docx.bad-option", "", fmt::format("option \"{}\": {}", name, message));
}

double number_option(const Json& options, std::string_view name, double fallback, double min,
                     double max) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  if (!it->is_number()) bad_option(name, "expected a number");
  double value = it->get<double>();
  if (!(value >= min && value <= max))
    bad_option(name, fmt::format("{} is outside {} to {}", value, min, max));
  return value;
}

std::string string_option(const Json& options, std::string_view name, std::string fallback) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  if (!it->is_string()) bad_option(name, "expected a string");
  return it->get<std::string>();
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

std::string docx_options_schema() {
  DocxOptions defaults;
  Json properties = Json::object();
  properties["page-size"] = {
      {"type", "string"},
      {"enum", {"auto", "a4", "letter"}},
      {"default", "auto"},
      {"description", "Paper size. auto: US Letter when person.location.country is one of US, CA, "
                      "MX, PH, CL, CO, CR, DO, GT, PA, PR, SV, VE; A4 otherwise."}};
  properties["margin-cm"] = {{"type", "number"},
                             {"minimum", kMinMarginCm},
                             {"maximum", kMaxMarginCm},
                             {"default", defaults.margin_cm},
                             {"description", "Page margins on all four sides, in centimetres."}};
  properties["font-family"] = {
      {"type", "string"},
      {"default", defaults.font_family},
      {"description", "Body font. Calibri is shown as the metric-compatible Carlito where "
                      "Calibri is not installed (LibreOffice on Linux)."}};
  properties["font-size"] = {{"type", "number"},
                             {"minimum", kMinFontSize},
                             {"maximum", kMaxFontSize},
                             {"default", defaults.font_size_pt},
                             {"description", "Body font size in points; headings scale with it."}};
  properties[kSectionsOptionName] = sections_option_schema();
  properties["reference-doc"] = {
      {"type", "string"},
      {"x-cvport-file", true},
      {"description", "A .docx whose styles replace cvport's (like pandoc's --reference-doc). "
                      "Styles it lacks are added from cvport's set."}};
  Json schema = {{"type", "object"}, {"properties", properties}, {"additionalProperties", false}};
  return schema.dump();
}

PageSize page_size_for_country(std::string_view country_code) {
  return uses_letter_paper(country_code) ? PageSize::letter : PageSize::a4;
}

DocxOptions read_options(const Json& options, const Cv& cv) {
  DocxOptions result;
  std::string page_size = string_option(options, "page-size", "auto");
  if (page_size == "auto")
    result.page_size = page_size_for_country(cv.person.location.country);
  else if (page_size == "a4")
    result.page_size = PageSize::a4;
  else if (page_size == "letter")
    result.page_size = PageSize::letter;
  else
    bad_option("page-size", "expected auto, a4 or letter, not \"" + page_size + "\"");

  result.margin_cm =
      number_option(options, "margin-cm", result.margin_cm, kMinMarginCm, kMaxMarginCm);
  result.font_size_pt =
      number_option(options, "font-size", result.font_size_pt, kMinFontSize, kMaxFontSize);

  result.font_family = string_option(options, "font-family", result.font_family);
  // Options are not model text: the host's text guarantee does not cover them, and the name
  // goes into XML attributes.
  bool has_control_character = std::any_of(result.font_family.begin(), result.font_family.end(),
                                           [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
  if (result.font_family.empty() || has_control_character || !is_valid_utf8(result.font_family) ||
      result.font_family.size() > 128)
    bad_option("font-family", "expected a font name such as \"Calibri\"");

  std::optional<std::vector<std::string>> sections = read_sections_option(options);
  if (!sections) bad_option("sections", "expected a list of section ids");
  result.sections = std::move(*sections);

  std::string reference = string_option(options, "reference-doc", "");
  if (!reference.empty()) {
    auto bytes = decode_base64(reference);
    if (!bytes) bad_option("reference-doc", "the host must pass the file's bytes base64-encoded");
    result.reference_doc = std::move(*bytes);
  }
  return result;
}

} // namespace cvport::docx
