// The few fields of a work's BibTeX citation (citation-type bibtex) that ORCID's work has no
// element for: author, volume, number, pages. Deliberately minimal: a balanced-brace scan of
// `name = {value}`, `name = "value"` and `name = 123`, no @string macros, no # concatenation,
// no LaTeX-to-Unicode. A full BibTeX importer (libbtparse) is plugins/bibtex's business; this
// only fills what a work's own elements lack.
#ifndef CVPORT_ORCID_BIBTEX_FIELDS_HPP
#define CVPORT_ORCID_BIBTEX_FIELDS_HPP

#include <string>
#include <string_view>
#include <vector>

namespace cvport::orcid {

struct ImportedCitationFields {
  std::vector<std::string> authors; // "First Last", in order
  bool et_al = false;               // "and others"
  std::string volume, number, pages;
};

ImportedCitationFields read_citation_fields(std::string_view bibtex);

} // namespace cvport::orcid

#endif
