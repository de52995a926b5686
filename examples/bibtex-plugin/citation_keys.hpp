// Citation keys: the names a LaTeX or Markdown document cites an entry by, so they must be
// stable (the same CV gives the same keys, run after run) and unique in the file.
//
// A publication's key is its model id ("li2023clover"): the author chose it, or cvport derived it
// and keeps it unique. Software and talks have no id, so theirs is derived the way cvport derives
// publication ids, without the author: the first significant word of the name or title and the
// year, "clover", "building2023". A clash gets the next free suffix, "b" to "z", then "-2" on,
// as cvport does for publication ids.
#ifndef BIBTEX_CITATION_KEYS_HPP
#define BIBTEX_CITATION_KEYS_HPP

#include <set>
#include <string>
#include <string_view>

namespace bibtex {

// `text` with every character a key may not hold removed. Keys keep to ASCII letters, digits and
// - _ : . / and start with a letter, digit or _, so that BibTeX, biber and pandoc's @key syntax
// all accept them.
std::string key_characters(std::string_view text);

// "<first significant word of title><year>", lower case: ("Building Cost-Efficient ...", 2023)
// gives "building2023". `year` 0 means no year.
std::string derived_key(std::string_view title, int year);

// Hands out unique keys in the order asked.
class CitationKeys {
public:
  // `wanted` if still free, else the first free suffixed form of it.
  std::string claim(const std::string& wanted);

private:
  std::set<std::string> used_;
};

} // namespace bibtex

#endif
