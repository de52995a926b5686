// A .bib file read with libbtparse into entries whose field values are plain strings: @string
// macros expanded (the month macros jan ... dec predefined, as BibTeX's styles define them),
// "#" concatenations pasted, whitespace collapsed. LaTeX in the values is left as written;
// latex_unicode.hpp turns it into text. Every entry and field keeps its line and column.
#ifndef CVPORT_BIBTEX_BIB_DATABASE_HPP
#define CVPORT_BIBTEX_BIB_DATABASE_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/cvport_plugin.h"
#include "source_position.hpp"

namespace cvport::bibtex {

struct BibField {
  std::string name;  // lower case
  std::string value; // macros expanded, whitespace collapsed, LaTeX as written
  Position at;       // the field's name
};

struct BibEntry {
  std::string type; // lower case: "article"
  std::string key;  // as written
  Position at;      // the "@"
  std::vector<BibField> fields;
  const BibField* field(std::string_view name) const;
  std::string value(std::string_view name) const; // "" when absent
};

struct BibProblem {
  cvport_severity severity = CVPORT_SEVERITY_WARNING;
  std::string code; // "bibtex.syntax", "bibtex.undefined-macro", ...
  Position at;
  std::string message;
  std::string hint;
};

struct BibDatabase {
  std::vector<BibEntry> entries; // regular entries, in file order (not @string/@preamble/@comment)
  std::vector<BibProblem> problems;
};

class BtparseSession;

// Runs inside `session` (which also serves the name splitting that follows).
BibDatabase read_bib_database(std::string_view text, const std::string& file_name, BtparseSession& session);

} // namespace cvport::bibtex

#endif
