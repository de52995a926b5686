// One BibTeX entry as a model entry: a publication (article, inproceedings, book, thesis, report,
// an arXiv preprint, a patent, ...) or, for @software and @dataset, a software entry. The table
// is docs/formats/bibtex.md. Every field the mapping does not read for the entry (a field with no
// model field, or one its type takes no value from: an editor next to the author) is kept, as
// written, in the entry's extra.bibtex, with the citation key and entry type.
#ifndef CVPORT_BIBTEX_BIB_ENTRY_MAPPING_HPP
#define CVPORT_BIBTEX_BIB_ENTRY_MAPPING_HPP

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bib_database.hpp"
#include "bib_names.hpp"
#include "cvport/model.hpp"

namespace cvport::bibtex {

struct MappedEntry {
  std::optional<Publication> publication;
  std::optional<Software> software;
  std::vector<std::string> kept_fields;      // field names kept in extra.bibtex
  // The kept fields with the key and type, as a JSON object: a publication's extra.bibtex; the
  // model's software entries have no extra, so the reader keeps theirs in the CV's.
  std::string kept;
  std::map<std::string, Position> origins;   // model field ("title", "authors") -> its field
  std::vector<std::string> warnings;         // said at the entry
  std::vector<std::string> journal_macros;   // "\apj", the AAS macros read in the venue (journal_macros.hpp)
  // Of the publication's authors, in order: which are written in bold, which name a group rather
  // than a person (bib_names.hpp); both tell which is the CV's owner.
  std::vector<bool> bold_authors;
  std::vector<bool> group_authors;
  bool unknown_type = false;
};

// `unknown` collects LaTeX commands the decoder did not know. Runs inside a BtparseSession.
MappedEntry map_entry(const BibEntry& entry, UnknownCommands& unknown);

// "12--34", "12-34", "12 – 34" -> "12–34".
std::string normalise_pages(const std::string& pages);
// "https://doi.org/10.1/x", "doi:10.1/x", "10.1/x" -> "10.1/x"; "" when it is no DOI.
std::string bare_doi(const std::string& text);

} // namespace cvport::bibtex

#endif
