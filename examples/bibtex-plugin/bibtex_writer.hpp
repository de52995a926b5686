// The BibTeX format: the CV's publications, software and talks as a .bib file that BibTeX,
// biber, pandoc, Zotero, JabRef and ORCID's BibTeX import read.
#ifndef BIBTEX_BIBTEX_WRITER_HPP
#define BIBTEX_BIBTEX_WRITER_HPP

#include "cvport/plugin_context.hpp"

namespace bibtex {

// Writes the .bib file to the primary output. Deterministic: the same CV gives the same bytes.
void write_bibtex(cvport::sdk::ExportContext& context);

} // namespace bibtex

#endif
