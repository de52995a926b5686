// CV text made fit for ORCID's XML: only characters XML 1.0 allows, no C1 controls, one line,
// within ORCID's length limits.
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

struct SanitizedText {
  std::string text;
  bool removed_characters = false; // characters XML 1.0 forbids, C1 controls, U+FFFD, bad UTF-8
};

// Drops what XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF,
// surrogates, malformed UTF-8) and what is legal but almost always damage (U+007F-U+009F,
// U+FFFD), then turns each run of spaces, tabs and line breaks into one space and trims.
SanitizedText sanitize(std::string_view raw);

// Number of Unicode characters in valid UTF-8.
size_t count_characters(std::string_view text);

// sanitize(), and cut to `max_characters` (kNoLimit: no cut). Reports removed characters
// (orcid.control-characters) and cuts (orcid.text-too-long) as warnings on `path`.
std::string clean_text(Reporter& reporter, std::string_view raw, std::string_view path,
                       size_t max_characters = kNoLimit);

} // namespace cvport::orcid

#endif
