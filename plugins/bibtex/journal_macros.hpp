// The journal macros of the American Astronomical Society (aas_macros.sty): NASA ADS, where
// astronomers take their .bib files from, writes `journal = {\apj}` rather than the journal's
// name, and the LaTeX class of the paper defines what \apj prints. Outside that class the
// command means nothing, so a venue read as LaTeX would be empty.
#ifndef CVPORT_BIBTEX_JOURNAL_MACROS_HPP
#define CVPORT_BIBTEX_JOURNAL_MACROS_HPP

#include <optional>
#include <string_view>

namespace cvport::bibtex {

struct JournalMacro {
  std::string_view macro; // "\apj"
  std::string_view title; // "The Astrophysical Journal"
};

// The journal a field's whole value names when it is one of these macros (`\apj`, `{\apj}`, with
// white space around); nothing for any other value, a macro among other text included.
std::optional<JournalMacro> journal_macro(std::string_view value);

} // namespace cvport::bibtex

#endif
