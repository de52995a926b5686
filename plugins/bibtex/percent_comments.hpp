// "%" comments, as libbtparse reads them. BibTeX itself has no comment syntax, but biber's parser
// (libbtparse, the one cvport uses) skips "%" to the end of the line between entries and between
// the tokens of an entry, never inside a value: people comment out fields and whole entries that
// way ("% doi = {...}", "%@misc{old, ...}"). The checks cvport runs before libbtparse (braces,
// stray "@", text after a value) must not read those lines as BibTeX, so they see the text with
// its comments blanked.
#ifndef CVPORT_BIBTEX_PERCENT_COMMENTS_HPP
#define CVPORT_BIBTEX_PERCENT_COMMENTS_HPP

#include <string>

namespace cvport::bibtex {

// Replaces every comment's bytes, from its "%" to the end of its line, with spaces: offsets,
// lines and the newline itself stay. Text inside a {...} or "..." value, or inside @comment{...},
// is kept. Returns whether anything was blanked.
bool blank_percent_comments(std::string& text);

} // namespace cvport::bibtex

#endif
