// Text for themes: how model values that JSON Resume has no member for read in the standard
// members themes do show ("summary", "location", "entity").
#ifndef CVPORT_JSONRESUME_READABLE_TEXT_HPP
#define CVPORT_JSONRESUME_READABLE_TEXT_HPP

#include <initializer_list>
#include <string>
#include <string_view>

#include "cvport/model.hpp"

namespace cvport::jsonresume {

// The non-empty parts, joined by `separator`.
std::string join_present(std::initializer_list<std::string_view> parts, std::string_view separator);

// "Los Gatos, CA, US".
std::string place_text(std::string_view city, std::string_view region, std::string_view country);

// A publication's citation without its title and date, which have standard members:
// "Baolin Li, Siddharth Samsi, et al. SC 2023, Proceedings of ..., vol. 3, pp. 1-14, in press.
// DOI: 10.1145/3581784.3607034. Best Paper Award Winner."
std::string citation_text(const Publication& publication);

// An award's venue and publication before its own summary:
// "ACM HPDC 2023. For "KAIROS: ...". <summary>".
std::string award_text(const Award& award, const Cv& cv);

// "https://doi.org/<doi>".
std::string doi_link(std::string_view doi);

// What the importer stood in with, still unchanged: the name of a file without basics.name, and
// the owner as the only author of a publication (JSON Resume has no author list).
bool is_inferred_name(const Person& person);
bool has_inferred_authors(const Publication& publication);

} // namespace cvport::jsonresume

#endif
