// Text for themes: how model values that JSON Resume has no member for read in the standard
// members themes do show ("summary", "location", "entity").
#ifndef CVPORT_JSONRESUME_THEME_TEXT_HPP
#define CVPORT_JSONRESUME_THEME_TEXT_HPP

#include <string>
#include <string_view>

#include "cvport/model.hpp"
#include "cvport/render.hpp"
#include "cvport/text.hpp"

namespace cvport::jsonresume {

// Joining, places, DOI URLs and author lists are the SDK's (cvport/text.hpp, cvport/render.hpp).

// A publication's citation without its title and date, which have standard members:
// "Baolin Li, Siddharth Samsi, et al. SC 2023, Proceedings of ..., vol. 3, pp. 1-14, in press.
// DOI: 10.1145/3581784.3607034. Best Paper Award Winner."
std::string citation_text(const Publication& publication);

// An award's venue and publication before its own summary:
// "ACM HPDC 2023. For "KAIROS: ...". <summary>".
std::string award_text(const Award& award, const Cv& cv);

// What the importer stood in with, still unchanged: the name of a file without basics.name, and
// the owner as the only author of a publication (JSON Resume has no author list).
bool is_inferred_name(const Person& person);
bool has_inferred_authors(const Publication& publication);

} // namespace cvport::jsonresume

#endif
