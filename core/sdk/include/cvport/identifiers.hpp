// Persistent identifiers: shape checks for DOI, ORCID iD (with its ISO 7064 check digit), ROR,
// URLs, e-mail and ISO 3166 country codes. Header-only so plugins and the host agree.
#ifndef CVPORT_IDENTIFIERS_HPP
#define CVPORT_IDENTIFIERS_HPP

#include <algorithm>
#include <string>
#include <string_view>

#include "cvport/iso_3166_codes.hpp"

namespace cvport {

// A bare DOI: "10." + registrant digits (dots allowed) + "/" + a non-empty suffix, no spaces.
inline bool is_doi(std::string_view text) {
  if (text.size() < 6 || text.substr(0, 3) != "10.") return false;
  size_t slash = text.find('/');
  if (slash == std::string_view::npos || slash == 3 || slash + 1 == text.size()) return false;
  for (size_t i = 3; i < slash; ++i)
    if (!((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) return false;
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Turns "https://doi.org/10.x/y", "doi:10.x/y" into the bare DOI; returns the input otherwise.
inline std::string_view strip_doi_prefix(std::string_view text) {
  for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
                                  "http://dx.doi.org/", "doi:", "DOI:"})
    if (text.substr(0, prefix.size()) == prefix) return text.substr(prefix.size());
  return text;
}

// "0000-0002-1825-0097": four groups of four, the last character a digit or X, checksum per
// ISO 7064 11,2 as ORCID specifies.
inline bool has_orcid_shape(std::string_view id) {
  if (id.size() != 19) return false;
  for (size_t i = 0; i < 19; ++i) {
    if (i % 5 == 4) {
      if (id[i] != '-') return false;
    } else if (!((id[i] >= '0' && id[i] <= '9') || (i == 18 && id[i] == 'X'))) {
      return false;
    }
  }
  return true;
}

inline char orcid_check_digit(std::string_view id) {
  int total = 0;
  for (size_t i = 0; i + 1 < id.size(); ++i) {
    if (id[i] == '-') continue;
    total = (total + (id[i] - '0')) * 2;
  }
  int result = (12 - total % 11) % 11;
  return result == 10 ? 'X' : char('0' + result);
}

inline bool is_valid_orcid(std::string_view id) {
  return has_orcid_shape(id) && orcid_check_digit(id) == id.back();
}

// ROR ids are "0" + 6 base-32 characters (Crockford, no i l o u) + 2 check digits.
inline std::string_view strip_ror_prefix(std::string_view text) {
  for (std::string_view prefix : {"https://ror.org/", "http://ror.org/", "ror.org/"})
    if (text.substr(0, prefix.size()) == prefix) return text.substr(prefix.size());
  return text;
}
inline bool is_ror(std::string_view text) {
  std::string_view id = strip_ror_prefix(text);
  if (id.size() != 9 || id[0] != '0') return false;
  constexpr std::string_view alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  for (size_t i = 1; i < 7; ++i)
    if (alphabet.find(id[i]) == std::string_view::npos) return false;
  return id[7] >= '0' && id[7] <= '9' && id[8] >= '0' && id[8] <= '9';
}

inline bool is_http_url(std::string_view text) {
  auto starts = [&](std::string_view p) { return text.substr(0, p.size()) == p; };
  size_t scheme = starts("https://") ? 8 : starts("http://") ? 7 : 0;
  if (scheme == 0 || text.size() == scheme) return false;
  return std::none_of(text.begin(), text.end(),
                      [](unsigned char c) { return c <= ' ' || c == '"' || c == '<' || c == '>'; });
}

inline bool is_email(std::string_view text) {
  size_t at = text.find('@');
  return at != std::string_view::npos && at > 0 && text.find('@', at + 1) == std::string_view::npos &&
         text.find('.', at) != std::string_view::npos && text.back() != '.' &&
         std::none_of(text.begin(), text.end(), [](unsigned char c) { return c <= ' '; });
}

// One of the ISO 3166-1 alpha-2 codes assigned today, in upper case ("DE", not "de"). The list is
// generated from Debian's iso-codes at build time (cmake/generate_iso_3166.py).
inline bool is_country_code(std::string_view code) {
  return std::binary_search(iso_3166::alpha_2_codes.begin(), iso_3166::alpha_2_codes.end(), code);
}

} // namespace cvport

#endif // CVPORT_IDENTIFIERS_HPP
