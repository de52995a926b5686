// LaTeX in BibTeX field values turned into plain Unicode text: accents and special letters
// ({\"u}, \'{e}, {\ss}, \o), escaped specials (\&, \%), ligatures (--, ---, ``, ''), ties (~),
// text-style commands (\textit{...}, {\em ...}) reduced to their text, and the protective braces
// removed. The symbol table is generated from latexcodec (see cmake/generate_latex_unicode.py).
#ifndef CVPORT_BIBTEX_LATEX_UNICODE_HPP
#define CVPORT_BIBTEX_LATEX_UNICODE_HPP

#include <set>
#include <string>
#include <string_view>

namespace cvport::bibtex {

// Control sequences the decoder did not know ("\foo"): their argument is kept, the command
// dropped; the importer reports them once.
using UnknownCommands = std::set<std::string>;

std::string latex_to_unicode(std::string_view latex, UnknownCommands* unknown = nullptr);

} // namespace cvport::bibtex

#endif
