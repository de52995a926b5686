// Author and editor lists in every BibTeX form ("Last, First", "First von Last",
// "Last, Jr, First", "{Barnes and Noble}", "and others"), split by libbtparse's own name parser
// (the rules of BibTeX's bst language), then written as the model prints names:
// "First von Last, Jr", with the LaTeX turned into Unicode. A name wrapped whole in a style
// command (\textbf{Doe, J.}, \underline{Jane Doe}, as CVs mark their owner and students) is
// split as the name inside it.
#ifndef CVPORT_BIBTEX_BIB_NAMES_HPP
#define CVPORT_BIBTEX_BIB_NAMES_HPP

#include <string>
#include <string_view>
#include <vector>

#include "latex_unicode.hpp"

namespace cvport::bibtex {

struct BibName {
  std::string text;   // as the model prints it: "Jane Doe"
  // Written in bold, whole (\textbf{Doe, J.}, {\bf Jane Doe}) or part by part (biblatex's
  // {\mkbibbold{Doe}}, \mkbibbold{Jane}): how CV templates mark their owner in a list.
  bool bold = false;
  // A collaboration, consortium, team or other body ("{LIGO Scientific and Virgo Collaborations}",
  // "{ALMA Partnership}"), not a person: never taken for the CV's owner.
  bool group = false;
};

struct NameList {
  std::vector<BibName> names;
  bool et_al = false; // the list ended with "and others"
};


// Must run inside a BtparseSession (libbtparse is not thread-safe).
NameList split_names(const std::string& value, UnknownCommands* unknown);

} // namespace cvport::bibtex

#endif
