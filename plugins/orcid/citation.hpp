// The BibTeX citation of a publication: ORCID's only place for volume, issue, pages, publisher
// and the venue's short name, and the form ORCID prefers (docs/formats/orcid.md).
#ifndef CVPORT_ORCID_CITATION_HPP
#define CVPORT_ORCID_CITATION_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model.hpp"

namespace cvport::orcid {

// The publication's fields, already cleaned for XML, in the order BibTeX lists them.
struct CitationFields {
  std::string key;
  std::string cv_type; // the CV's publication type: "conference-paper", ...
  std::string title;
  std::vector<std::string> authors;
  bool et_al = false;
  std::string venue;
  std::string venue_short;
  Date date;
  std::string volume;
  std::string issue;
  std::string pages;
  std::string publisher;
  std::string number; // patent or report number
  std::string doi;
  std::string arxiv; // bare id: eprint with archivePrefix arXiv, as arXiv's own BibTeX does
  std::string isbn;
  std::string url;
  std::string note;
};

// One line: "@inproceedings{li2023clover, title={...}, author={A and B and others}, ...}".
// Values keep their text; a value with unbalanced braces loses its braces, since BibTeX
// cannot carry it otherwise.
std::string bibtex_citation(const CitationFields& fields);

} // namespace cvport::orcid

#endif
