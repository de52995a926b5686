// The BibTeX/BibLaTeX importer: a .bib file to a CV of publications (and software), every entry
// and field located by line and column, every problem located in the user's file.
#ifndef CVPORT_BIBTEX_READER_HPP
#define CVPORT_BIBTEX_READER_HPP

#include <string_view>

#include "cvport/plugin_context.hpp"

namespace cvport::bibtex {

// A .bib alone names no CV owner: the author named in the most author lists stands in as
// person.name, with the file's other spellings of that name as person.name_variants, marked
// inferred (`cvport import --into cv.yaml` takes the CV's person instead).
Cv read_bibtex(sdk::ImportContext& context);

// The text starts as a BibTeX database does (cvport/bibtex_sniff.hpp).
bool detect_bibtex(std::string_view input);

} // namespace cvport::bibtex

#endif
