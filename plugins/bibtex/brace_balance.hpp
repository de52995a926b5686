// Unbalanced braces, located where the user can fix them. A value with a "{" that is never
// closed swallows every entry after it, and btparse then reports a syntax error far away (at the
// end of the file, or at some later "@"). This scan finds the brace itself: the innermost "{"
// still open when the next entry starts at the beginning of a line, or at the end of the file.
#ifndef CVPORT_BIBTEX_BRACE_BALANCE_HPP
#define CVPORT_BIBTEX_BRACE_BALANCE_HPP

#include <string>
#include <string_view>
#include <vector>

#include "source_position.hpp"

namespace cvport::bibtex {

struct BraceProblem {
  Position at;          // the "{" (or "(") that is not closed
  std::string message;  // what is wrong and where it was noticed
};

// Nothing when the file's braces balance as a whole (BibTeX counts every brace, \{ too).
// `text` is the source's text with its "%" comments blanked (percent_comments.hpp), byte for
// byte where the source has it; positions are the source's.
std::vector<BraceProblem> find_unbalanced_braces(const LineIndex& source, std::string_view text);

} // namespace cvport::bibtex

#endif
