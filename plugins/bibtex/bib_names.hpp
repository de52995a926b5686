// Author and editor lists in every BibTeX form ("Last, First", "First von Last",
// "Last, Jr, First", "{Barnes and Noble}", "and others"), split by libbtparse's own name parser
// (the rules of BibTeX's bst language), then written as the model prints names:
// "First von Last, Jr", with the LaTeX turned into Unicode.
#ifndef CVPORT_BIBTEX_BIB_NAMES_HPP
#define CVPORT_BIBTEX_BIB_NAMES_HPP

#include <string>
#include <vector>

#include "latex_unicode.hpp"

namespace cvport::bibtex {

struct NameList {
  std::vector<std::string> names;
  bool et_al = false; // the list ended with "and others"
};

// Must run inside a BtparseSession (libbtparse is not thread-safe).
NameList split_names(const std::string& value, UnknownCommands* unknown);

} // namespace cvport::bibtex

#endif
