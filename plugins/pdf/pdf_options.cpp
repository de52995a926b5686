#include "pdf_options.hpp"

#include <fmt/format.h>

#include "cvport/paper.hpp"
#include "cvport/sections.hpp"
#include "cvport/plugin.hpp"

namespace cvport::pdf {
namespace {

constexpr double kMinMarginCm = 0.5, kMaxMarginCm = 5.0;
constexpr double kMinFontSize = 6.0, kMaxFontSize = 24.0;
constexpr double kPointsPerCm = 72.0 / 2.54;

[[noreturn]] void bad_option(std::string_view name, const std::string& message) {
  throw sdk::Error("pdf.bad-option", "", fmt::format("option \"{}\": {}", name, message));
}

double number_option(const Json& options, std::string_view name, double fallback, double min, double max) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  if (!it->is_number()) bad_option(name, "expected a number");
  double value = it->get<double>();
  if (!(value >= min && value <= max)) bad_option(name, fmt::format("{} is outside {} to {}", value, min, max));
  return value;
}

std::string string_option(const Json& options, std::string_view name, std::string fallback) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  if (!it->is_string()) bad_option(name, "expected a string");
  return it->get<std::string>();
}

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

std::string pdf_options_schema() {
  PdfOptions defaults;
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
      {"description", "Body font, a fontconfig family name. Characters it lacks (CJK, Hebrew, "
                      "Arabic) come from fontconfig's fallback fonts."}};
  properties["font-size"] = {{"type", "number"},
                             {"minimum", kMinFontSize},
                             {"maximum", kMaxFontSize},
                             {"default", defaults.font_size_pt},
                             {"description", "Body font size in points; headings scale with it."}};
  properties["sections"] = {
      {"type", "array"},
      {"items", {{"type", "string"}}},
      {"default", Json::array()},
      {"description", kSectionsOptionDescription}};
  Json schema = {{"type", "object"}, {"properties", properties}, {"additionalProperties", false}};
  return schema.dump();
}

PdfOptions read_options(const Json& options, const Cv& cv) {
  PdfOptions result;
  std::string page_size = string_option(options, "page-size", "auto");
  if (page_size == "auto")
    result.letter_paper = uses_letter_paper(cv.person.location.country);
  else if (page_size == "a4" || page_size == "letter")
    result.letter_paper = page_size == "letter";
  else
    bad_option("page-size", "expected auto, a4 or letter, not \"" + page_size + "\"");
  result.margin_cm = number_option(options, "margin-cm", result.margin_cm, kMinMarginCm, kMaxMarginCm);
  result.font_size_pt = number_option(options, "font-size", result.font_size_pt, kMinFontSize, kMaxFontSize);
  result.font_family = string_option(options, "font-family", result.font_family);
  if (!is_font_name(result.font_family)) bad_option("font-family", "expected a font name such as \"Noto Sans\"");
  if (auto it = options.find("sections"); it != options.end()) {
    if (!it->is_array()) bad_option("sections", "expected a list of section ids");
    for (const Json& id : *it) {
      if (!id.is_string()) bad_option("sections", "expected a list of section ids");
      result.sections.push_back(id.get<std::string>());
    }
  }
  return result;
}

} // namespace cvport::pdf
