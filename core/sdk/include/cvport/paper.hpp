// The paper a CV is printed on when its author does not say: US Letter in the countries that
// use it, A4 elsewhere. Shared by the paged formats (DOCX, PDF) so they always agree.
#ifndef CVPORT_PAPER_HPP
#define CVPORT_PAPER_HPP

#include <algorithm>
#include <iterator>
#include <string_view>

namespace cvport {

// ISO 3166-1 alpha-2 codes of the countries whose standard paper is US Letter.
inline constexpr std::string_view kLetterPaperCountries[] = {"US", "CA", "MX", "PH", "CL", "CO", "CR",
                                                             "DO", "GT", "PA", "PR", "SV", "VE"};

// True for US Letter, false for A4 (also when the country is unknown or empty).
inline bool uses_letter_paper(std::string_view country_code) {
  return std::find(std::begin(kLetterPaperCountries), std::end(kLetterPaperCountries), country_code) !=
         std::end(kLetterPaperCountries);
}

// True for US Letter: "letter", or "auto" in a country that uses it (the paged formats'
// "page-size" option, cvport/page_options.hpp).
inline bool letter_paper_for(std::string_view page_size, std::string_view country_code) {
  return page_size == "letter" || (page_size == "auto" && uses_letter_paper(country_code));
}

} // namespace cvport

#endif
