// LaTeX in BibTeX field values turned into plain Unicode text: accents and special letters
// ({\"u}, \'{e}, {\ss}, \o), escaped specials (\&, \%), ligatures (--, ---, ``, ''), ties (~),
// text-style commands (\textit{...}, {\em ...}) reduced to their text, commands that print their
// arguments otherwise written as LaTeX prints them (\frac{1}{2} as 1/2, $^{\circ}$ as °,
// \texorpdfstring{..}{text} as text), and the protective braces removed. The symbol table is
// generated from latexcodec (see cmake/generate_latex_unicode.py).
#ifndef CVPORT_BIBTEX_LATEX_UNICODE_HPP
#define CVPORT_BIBTEX_LATEX_UNICODE_HPP

#include <set>
#include <string>
#include <string_view>

namespace cvport::bibtex {

// Control sequences the decoder did not know ("\foo"): their argument is kept, the command
// dropped; the importer reports them once.
using UnknownCommands = std::set<std::string>;

// How a formula's ^ and _ (and \textsuperscript, \textsubscript) come out: raised or lowered where
// Unicode has the characters (x², H₂O, K⁺), or as written (Lew^+) in a name, whose marks of equal
// contribution the host reads in that form (cvport/author_names.hpp).
enum class Scripts { unicode, as_written };

// The text LaTeX prints, in Unicode's composed form (NFC).
std::string latex_to_unicode(std::string_view latex, UnknownCommands* unknown = nullptr,
                             Scripts scripts = Scripts::unicode);

} // namespace cvport::bibtex

#endif
