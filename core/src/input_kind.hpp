// Files that are plainly not a CV source, recognised by their content: a BibTeX
// database, an ORCID bundle manifest or ORCID XML, a Word document, a PDF, an
// empty file. Reading them as YAML would give a parser's message ("could not
// find expected directive name") or a list of unknown fields; saying what the
// file is tells the user what to do instead.
#ifndef CVPORT_SRC_INPUT_KIND_HPP
#define CVPORT_SRC_INPUT_KIND_HPP

#include <optional>
#include <string>
#include <string_view>

#include "cvport/diagnostics.hpp"

namespace cvport {

struct ForeignInput {
  bool binary = false; // recognised by its bytes (DOCX, PDF, ZIP): not to be
                       // read as text at all
  Diagnostic diagnostic;
};

// What `content` is when it is recognisably not a CV source (file name `file`
// in the message); nothing for anything that may be one, or that an import
// plugin may claim.
std::optional<ForeignInput> recognise_foreign_input(std::string_view content, const std::string& file);

} // namespace cvport

#endif
