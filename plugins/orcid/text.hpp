// CV text made fit for ORCID's fields: one line, within ORCID's length limits.
#ifndef CVPORT_ORCID_TEXT_HPP
#define CVPORT_ORCID_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "report.hpp"

namespace cvport::orcid {

// Length limits of ORCID's schemas, in characters (docs/formats/orcid.md).
inline constexpr size_t kTitleLimit = 1000;       // title, subtitle, journal-title
inline constexpr size_t kDescriptionLimit = 5000; // short-description
inline constexpr size_t kCreditNameLimit = 150;
inline constexpr size_t kLongTextLimit = 4000; // role-title, department, organisation parts
inline constexpr size_t kUrlNameLimit = 350;
inline constexpr size_t kUrlLimit = 2000;
inline constexpr size_t kKeywordLimit = 255;
inline constexpr size_t kNoLimit = 0;

// one_line() (cvport/text.hpp: ORCID's fields are single-line), and cut to `max_characters` (kNoLimit: no cut) with a warning on `path`
// (orcid.text-too-long). Nothing else needs removing: model text is valid UTF-8 without control
// characters (the host guarantees it, cvport_plugin.h).
std::string clean_text(Reporter& reporter, std::string_view raw, std::string_view path,
                       size_t max_characters = kNoLimit);

} // namespace cvport::orcid

#endif
