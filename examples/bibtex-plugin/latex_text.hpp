// CV text as the values of BibTeX fields.
//
// BibTeX hands field values to LaTeX, so the LaTeX specials # $ % & ~ _ ^ \ { } are escaped.
// Non-ASCII text stays UTF-8: biber, pandoc, Zotero, JabRef and LaTeX (UTF-8 has been its
// default input encoding since 2018) all read it, and accents written as {\"u} would only be
// harder to read and to search. Braces also carry meaning to BibTeX itself: a braced group keeps
// its letter case when a style lower-cases a title, and every value must have balanced braces.
#ifndef BIBTEX_LATEX_TEXT_HPP
#define BIBTEX_LATEX_TEXT_HPP

#include <string>
#include <string_view>

#include "cvport/text.hpp" // one_line

namespace bibtex {

// Plain text with the LaTeX specials escaped, on one line (cvport::one_line: runs of whitespace
// become one space; the host has removed control characters already). A brace that has its partner in the text becomes \{ or \}; a lone one
// becomes \textbraceleft{} or \textbraceright{}, so the value's braces always balance.
std::string latex_text(std::string_view text);

// A title. Words whose capitals must survive a style that lower-cases titles (GPU, QoS,
// ACM/IEEE, the "B" of "Phase B") are braced: "{GPU} Clusters". Braces go around the letters
// only, so "MISO:" becomes "{MISO}:".
std::string latex_title(std::string_view text);

// A proper name (journal, proceedings, event, organisation): braced as a whole, so no style and
// no reader (pandoc sentence-cases book and event titles) changes its case.
std::string latex_name(std::string_view text);

// A URL or DOI. These fields are read verbatim, so nothing is LaTeX-escaped; braces, backslashes
// and whitespace are percent-encoded, which keeps the value balanced and the link the same.
std::string verbatim_text(std::string_view text);

} // namespace bibtex

#endif
