// After reading and before export: the checks a schema cannot express (end before start,
// duplicate ids, dangling references, ORCID check digits) and the normalisation every plugin
// relies on (owner marked in author lists, every publication with a unique id).
#ifndef CVPORT_NORMALIZE_HPP
#define CVPORT_NORMALIZE_HPP

#include <set>
#include <string>
#include <string_view>

#include "cvport/broken_paths.hpp"
#include "cvport/diagnostics.hpp"
#include "cvport/model.hpp"

namespace cvport {

// The spellings of the CV owner's name (person.name and name_variants), compared as normalize_cv
// compares author names: case, runs of spaces, dots and commas aside.
class OwnerNames {
public:
  explicit OwnerNames(const Person& person);
  bool match(std::string_view author_name) const;

private:
  std::set<std::string> keys_;
};

// Marks the owner in author lists and derives missing publication ids. Idempotent.
void normalize_cv(Cv& cv);

// Cross-field checks. Adds errors and warnings with field paths (no positions: the caller
// locates them with the SourceMap). They run on a CV read with errors too, so that every problem
// is reported in one pass; a check that needs a value in `broken` leaves that entry out, rather
// than report a follow-on of the error already reported.
void check_cv(const Cv& cv, DiagnosticList& diagnostics, const BrokenPaths& broken = {});

} // namespace cvport

#endif
