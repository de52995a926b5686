// A .bib file read with libbtparse into entries whose field values are plain strings: @string
// macros expanded (the month macros jan ... dec predefined, as BibTeX's styles define them),
// "#" concatenations pasted, whitespace collapsed. LaTeX in the values is left as written;
// latex_unicode.hpp turns it into text. Every entry and field keeps its line and column.
#ifndef CVPORT_BIBTEX_BIB_DATABASE_HPP
#define CVPORT_BIBTEX_BIB_DATABASE_HPP

#include <map>
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

// @string macros by lower-case name (BibTeX's names are case-insensitive), to their values.
using BibMacros = std::map<std::string, std::string>;

// The macros every file starts from: the months jan ... dec, as BibTeX's standard styles define them.
BibMacros standard_macros();

struct BibDatabase {
  std::vector<BibEntry> entries; // regular entries, in file order (not @string/@preamble/@comment)
  std::vector<BibProblem> problems;
  BibMacros macros;           // the macros defined at the end of the file, those it started with included
  size_t definitions = 0;     // the macros its @string entries define
  Position first_definition;  // the "@" of its first @string
};

class BtparseSession;

// Runs inside `session` (which also serves the name splitting that follows). The file starts
// with `macros` defined: standard_macros(), and those of the files read before it
// (read_bib_definitions), as BibTeX reads \bibliography{abbrev,papers}.
BibDatabase read_bib_database(std::string_view text, const std::string& file_name, BtparseSession& session,
                              BibMacros macros = standard_macros());

// The @string definitions of a file read before the one imported, added to `macros` in file
// order (a later definition replaces an earlier one). Its entries are skipped unread and nothing
// is reported: cvport imports that file in its own turn and reports its problems then.
void read_bib_definitions(std::string_view text, const std::string& file_name, BtparseSession& session,
                          BibMacros& macros);

} // namespace cvport::bibtex

#endif
