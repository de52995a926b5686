// The options the paged formats (DOCX, PDF) share, declared once for both so that
// `--to docx,pdf --option margin-cm=1.5` means one thing: page size, margins, body font and size,
// and sections. Each format keeps its own default font and says how it finds it.
#ifndef CVPORT_PAGE_OPTIONS_HPP
#define CVPORT_PAGE_OPTIONS_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/paper.hpp"
#include "cvport/sections_option.hpp"
#include "cvport/typed_options.hpp"

namespace cvport {

inline constexpr double kMinMarginCm = 0.5, kMaxMarginCm = 5.0;
inline constexpr double kMinFontSize = 6.0, kMaxFontSize = 24.0;

// Declares, in this order: "page-size" (auto, a4, letter; letter_paper_for() resolves auto),
// "margin-cm", "font-family" (described by `font_description`), "font-size" and "sections".
template <class V>
void describe_page_options(V& v, std::string& page_size, double& margin_cm, std::string& font_family,
                           std::string_view font_description, double& font_size_pt,
                           std::vector<std::string>& sections) {
  v.option("page-size", page_size,
           "Paper size. auto: US Letter when person.location.country is one of US, CA, MX, PH, CL, CO, CR, DO, GT, "
           "PA, PR, SV, VE; A4 otherwise.",
           sdk::one_of({"auto", "a4", "letter"}));
  v.option("margin-cm", margin_cm, "Page margins on all four sides, in centimetres.",
           sdk::between(kMinMarginCm, kMaxMarginCm));
  v.option("font-family", font_family, font_description);
  v.option("font-size", font_size_pt, "Body font size in points; headings scale with it.",
           sdk::between(kMinFontSize, kMaxFontSize));
  v.option(kSectionsOptionName, sections, kSectionsOptionDescription, sdk::section_ids());
}

} // namespace cvport

#endif // CVPORT_PAGE_OPTIONS_HPP
