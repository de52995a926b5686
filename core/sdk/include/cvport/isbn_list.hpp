// A value that lists several ISBNs, as real files hold one book's ISBN-13 and ISBN-10 (and a
// paperback's and an e-book's) in one field: ORCID records write "9780306406157;0306406152;",
// BibTeX files "978-3-16-148410-0, 3-16-148410-X" or "9780306406157 0306406152" (and one ISBN
// "978.84.613.5636.2", read as cvport/identifiers.hpp reads dots). The BibTeX and
// ORCID importers both read the first valid one as the publication's isbn and keep the rest, so
// both split such a value alike, here.
#ifndef CVPORT_ISBN_LIST_HPP
#define CVPORT_ISBN_LIST_HPP

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/identifiers.hpp"
#include "cvport/text.hpp"

namespace cvport {

// The parts of a value that lists ISBNs: the pieces between commas and semicolons and, where a
// piece is no ISBN as a whole ("9780306406157 0306406152"), its words; an ISBN may hold spaces
// ("978 0 306 40615 7"), so a piece is split only when it is not one. Each trimmed, empty ones
// left out.
inline std::vector<std::string> isbn_list_pieces(std::string_view value) {
  std::vector<std::string> pieces;
  auto split = [](std::string_view text, std::string_view separators, auto&& add) {
    for (size_t start = 0; start <= text.size();) {
      size_t end = std::min(text.find_first_of(separators, start), text.size());
      if (std::string_view piece = trim_space(text.substr(start, end - start)); !piece.empty()) add(piece);
      start = end + 1;
    }
  };
  split(value, ",;", [&](std::string_view piece) {
    if (!isbn_digits(piece).empty())
      pieces.emplace_back(piece);
    else
      split(piece, " \t", [&](std::string_view word) { pieces.emplace_back(word); });
  });
  return pieces;
}

// The first piece of `value` (isbn_list_pieces) that is a valid ISBN, as the model holds it
// (isbn_with_standard_separators: as written, dots as hyphens); "" when none is.
inline std::string first_valid_isbn(std::string_view value) {
  for (const std::string& piece : isbn_list_pieces(value))
    if (std::string isbn = isbn_with_standard_separators(piece); !isbn.empty()) return isbn;
  return "";
}

} // namespace cvport

#endif // CVPORT_ISBN_LIST_HPP
