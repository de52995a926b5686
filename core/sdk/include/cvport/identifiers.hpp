// Persistent identifiers: shape checks for DOI, ORCID iD (with its ISO 7064 check digit), the
// organisation registries (ROR, Ringgold, GRID, Crossref Funder Registry, LEI with its ISO 17442
// check digits), URLs, e-mail, ISO 3166 country and ISO 4217 currency codes. Header-only so
// plugins and the host agree.
#ifndef CVPORT_IDENTIFIERS_HPP
#define CVPORT_IDENTIFIERS_HPP

#include <algorithm>
#include <string>
#include <string_view>

#include "cvport/iso_3166_codes.hpp"
#include "cvport/iso_4217_codes.hpp"

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

namespace detail {
inline bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace detail

// A Ringgold id: the institution's number in the Ringgold Identify database, digits only ("5488").
inline bool is_ringgold(std::string_view text) {
  return text.size() <= 10 && detail::all_digits(text) && text[0] != '0';
}

// A GRID id: "grid." + the institution's number + "." + one or two check characters
// ("grid.5386.8", "grid.168010.e", "grid.38142.3c").
inline bool is_grid(std::string_view text) {
  if (text.substr(0, 5) != "grid.") return false;
  std::string_view rest = text.substr(5);
  size_t dot = rest.find('.');
  if (dot == std::string_view::npos || !detail::all_digits(rest.substr(0, dot))) return false;
  std::string_view check = rest.substr(dot + 1);
  return !check.empty() && check.size() <= 2 && std::all_of(check.begin(), check.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  });
}

// A Crossref Funder Registry id is a DOI under the prefix 10.13039 whose suffix is the funder's
// number: "10.13039/100000001". The resolver forms (https://doi.org/..., http://dx.doi.org/...)
// are accepted; strip_doi_prefix gives the bare DOI.
inline constexpr std::string_view kFundrefPrefix = "10.13039/";
inline bool is_fundref(std::string_view text) {
  std::string_view doi = strip_doi_prefix(text);
  return doi.substr(0, kFundrefPrefix.size()) == kFundrefPrefix &&
         detail::all_digits(doi.substr(kFundrefPrefix.size()));
}

// ISO 17442 Legal Entity Identifier: 18 upper-case letters or digits and 2 check digits, the whole
// read as a number (A = 10 ... Z = 35) leaving remainder 1 modulo 97 (ISO 7064 MOD 97-10).
inline bool has_lei_shape(std::string_view text) {
  if (text.size() != 20) return false;
  for (size_t i = 0; i < 20; ++i) {
    char c = text[i];
    bool digit = c >= '0' && c <= '9';
    if (!digit && (i >= 18 || c < 'A' || c > 'Z')) return false;
  }
  return true;
}
inline bool is_valid_lei(std::string_view text) {
  if (!has_lei_shape(text)) return false;
  int remainder = 0;
  for (char c : text) {
    int value = c <= '9' ? c - '0' : c - 'A' + 10;
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder == 1;
}

// One of the ISO 4217 alphabetic currency codes in use today ("EUR", "USD"), in upper case; the
// list is generated from Debian's iso-codes at build time (cmake/generate_iso_4217.py).
inline bool is_currency_code(std::string_view code) {
  return std::binary_search(iso_4217::currency_codes.begin(), iso_4217::currency_codes.end(), code);
}

// arXiv identifiers, as arXiv defines them (https://info.arxiv.org/help/arxiv_identifier.html):
// since 2007 "YYMM.NNNN" (to 2014) or "YYMM.NNNNN", before 2007 "archive(.SC)/YYMMNNN", either
// with an optional version "vN". arxiv_id gives the bare id of any form people write: the id,
// "arXiv:2303.12345v2", https://arxiv.org/abs/... or /pdf/... (".pdf" dropped); empty when the
// text holds none. The version stays: "v2" names the version the CV means.
namespace detail {
inline size_t arxiv_version_end(std::string_view text, size_t at) {
  if (at == text.size()) return at;
  if (text[at] != 'v' || at + 1 == text.size()) return std::string_view::npos;
  return all_digits(text.substr(at + 1)) ? text.size() : std::string_view::npos;
}
inline bool is_new_style_arxiv(std::string_view text) {
  size_t dot = text.find('.');
  if (dot != 4 || !all_digits(text.substr(0, 4))) return false;
  size_t digits = 0;
  while (dot + 1 + digits < text.size() && text[dot + 1 + digits] >= '0' && text[dot + 1 + digits] <= '9') ++digits;
  if (digits != 4 && digits != 5) return false;
  int month = (text[2] - '0') * 10 + (text[3] - '0');
  return month >= 1 && month <= 12 && arxiv_version_end(text, dot + 1 + digits) == text.size();
}
// "hep-th/9901001", "math.GT/0309136": the archive in lower case, an optional subject class of
// two capitals, "/", year, month and a 3-digit number.
inline bool is_old_style_arxiv(std::string_view text) {
  size_t slash = text.find('/');
  if (slash == std::string_view::npos || text.size() < slash + 8) return false;
  std::string_view archive = text.substr(0, slash);
  if (size_t dot = archive.find('.'); dot != std::string_view::npos) {
    std::string_view subject = archive.substr(dot + 1);
    if (subject.size() != 2 || !std::all_of(subject.begin(), subject.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return false;
    archive = archive.substr(0, dot);
  }
  if (archive.empty() || !std::all_of(archive.begin(), archive.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }))
    return false;
  return all_digits(text.substr(slash + 1, 7)) && arxiv_version_end(text, slash + 8) == text.size();
}
} // namespace detail

inline bool is_arxiv(std::string_view text) {
  return detail::is_new_style_arxiv(text) || detail::is_old_style_arxiv(text);
}

inline std::string arxiv_id(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  for (std::string_view prefix : {"https://arxiv.org/abs/", "http://arxiv.org/abs/", "https://arxiv.org/pdf/",
                                  "http://arxiv.org/pdf/", "arxiv.org/abs/", "arXiv:", "arxiv:", "ARXIV:"})
    if (text.substr(0, prefix.size()) == prefix) {
      text.remove_prefix(prefix.size());
      break;
    }
  if (text.size() > 4 && text.substr(text.size() - 4) == ".pdf") text.remove_suffix(4);
  return is_arxiv(text) ? std::string(text) : std::string();
}

// The first arXiv id that free text names, such as a BibTeX note ("see arXiv:2303.12345v2, 2023")
// or any URL of an arXiv page ("https://export.arxiv.org/pdf/2303.12345.pdf"): the word after
// "arxiv.org/abs/", "arxiv.org/pdf/" or "arXiv:", when arxiv_id reads it as an id; empty
// otherwise. Used by importers and the merge, so all find the same id in the same text.
inline std::string arxiv_id_in_text(std::string_view text) {
  for (std::string_view marker : {"arxiv.org/abs/", "arxiv.org/pdf/", "arXiv:", "arxiv:", "ARXIV:"}) {
    for (size_t at = text.find(marker); at != std::string_view::npos; at = text.find(marker, at + 1)) {
      std::string_view rest = text.substr(at + marker.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      std::string_view word = rest.substr(0, rest.find_first_of(" ,;})]\t\r\n?#"));
      while (!word.empty() && (word.back() == '.' || word.back() == '/')) word.remove_suffix(1); // end of a sentence
      if (std::string id = arxiv_id(word); !id.empty()) return id;
    }
  }
  return {};
}

// A PubMed id: the article's number in PubMed, digits without a leading zero ("31452104"). pmid
// takes the number or "PMID: 31452104" or its https://pubmed.ncbi.nlm.nih.gov/ page; empty when
// the text is none of those.
inline std::string pmid(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '/')) text.remove_suffix(1);
  for (std::string_view prefix : {"https://pubmed.ncbi.nlm.nih.gov/", "http://pubmed.ncbi.nlm.nih.gov/",
                                  "https://www.ncbi.nlm.nih.gov/pubmed/", "PMID:", "pmid:", "PMID"})
    if (text.substr(0, prefix.size()) == prefix) {
      text.remove_prefix(prefix.size());
      break;
    }
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return detail::all_digits(text) && text[0] != '0' && text.size() <= 10 ? std::string(text) : std::string();
}

namespace detail {

// A dot that separates the parts of an ISBN, as some write them ("978.84.613.5636.2", seen in a
// real .bib file): one between two digits, or between a digit and an ISBN-10's final X. A full
// stop after the ISBN ("0-262-04630-5.") or any other dot is not.
inline bool is_isbn_dot(std::string_view text, size_t at) {
  auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  return text[at] == '.' && at > 0 && digit(at - 1) &&
         (digit(at + 1) || (at + 1 < text.size() && (text[at + 1] == 'X' || text[at + 1] == 'x')));
}

} // namespace detail

// An ISBN-10 or ISBN-13 written with or without hyphens, spaces or dots ("978-0-262-04630-5",
// "0262046305", "978.84.613.5636.2"), its check digit valid. isbn_digits gives its digits (and a
// final X), or empty when the text is not one. The check digit is what keeps a number with a
// decimal point from being read as an ISBN.
inline std::string isbn_digits(std::string_view text) {
  std::string digits;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') digits += c;
    else if ((c == 'X' || c == 'x') && digits.size() == 9) digits += 'X';
    else if (c != '-' && c != ' ' && !detail::is_isbn_dot(text, i)) return "";
  }
  if (digits.size() == 10) {
    int sum = 0;
    for (size_t i = 0; i < 10; ++i) sum += (digits[i] == 'X' ? 10 : digits[i] - '0') * int(10 - i);
    return sum % 11 == 0 ? digits : "";
  }
  if (digits.size() == 13 && digits.find('X') == std::string::npos) {
    int sum = 0;
    for (size_t i = 0; i < 13; ++i) sum += (digits[i] - '0') * (i % 2 ? 3 : 1);
    return sum % 10 == 0 ? digits : "";
  }
  return "";
}

// The ISBN `text` writes, as the model holds it: as written, trimmed, its dots as hyphens
// ("978.84.613.5636.2" -> "978-84-613-5636-2"), since hyphens and spaces are the separators ISO
// 2108 prints and every format cvport writes shows the ISBN as held; "" when `text` is no valid
// ISBN (isbn_digits).
inline std::string isbn_with_standard_separators(std::string_view text) {
  if (isbn_digits(text).empty()) return "";
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::string isbn(text);
  for (size_t i = 0; i < isbn.size(); ++i)
    if (detail::is_isbn_dot(text, i)) isbn[i] = '-';
  return isbn;
}

// An amount of money as ORCID and spreadsheets read it: digits with an optional decimal part,
// "250000" or "1234.50"; no sign, no thousands separators, no currency symbol.
inline bool is_amount(std::string_view text) {
  size_t point = text.find('.');
  if (point == std::string_view::npos) return detail::all_digits(text);
  return detail::all_digits(text.substr(0, point)) && detail::all_digits(text.substr(point + 1));
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
