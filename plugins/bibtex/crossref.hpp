// Inheritance between entries: BibTeX's crossref (a paper takes the fields it lacks from its
// proceedings or book, and the parent's title becomes its booktitle, as biber maps it) and
// BibLaTeX's xdata (fields shared by several entries, listed in "xdata = {a, b}").
#ifndef CVPORT_BIBTEX_CROSSREF_HPP
#define CVPORT_BIBTEX_CROSSREF_HPP

#include <set>
#include <string>

#include "bib_database.hpp"

namespace cvport::bibtex {

// Fills each entry from its parents, in place. Returns the keys (lower case) of the entries that
// only serve as parents (@xdata, and the targets of crossref), which are not publications of
// their own. A parent that does not exist is a warning at the field that names it.
std::set<std::string> resolve_inheritance(BibDatabase& database);

} // namespace cvport::bibtex

#endif
