// The journal macros of the American Astronomical Society (aas_macros.sty): NASA ADS, where
// astronomers take their .bib files from, writes `journal = {\apj}` rather than the journal's
// name, and the LaTeX class of the paper defines what \apj prints. Outside that class the
// command means nothing, so a venue read as LaTeX would be empty.
#ifndef CVPORT_BIBTEX_JOURNAL_MACROS_HPP
#define CVPORT_BIBTEX_JOURNAL_MACROS_HPP

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cvport::bibtex {

struct JournalMacro {
  std::string_view macro; // "\apj"
  std::string_view title; // "The Astrophysical Journal"
};

// The journal a macro names: `\apj`, `{\apj}`, with white space around; nothing for any other
// value, a macro among other text included.
std::optional<JournalMacro> journal_macro(std::string_view value);

struct ExpandedVenue {
  std::string latex;                      // the value with each macro replaced by its journal's title
  std::vector<std::string> macros;        // the macros replaced, in the order of the text ("\aap")
};

// A venue field's LaTeX with every one of these macros in it, whole value or among other text
// ("accepted to \aap"), replaced by the journal's title; a control word that is no such macro
// (\apjx, \emph) stays as written.
ExpandedVenue expand_journal_macros(std::string_view latex);

} // namespace cvport::bibtex

#endif
