// Lines and columns of the .bib text as the user's editor shows them: the SDK's LineIndex
// (cvport/line_index.hpp), as the host counts them for every other format, and what only the
// BibTeX reader needs: libbtparse reports a line but no column, so a field is found on its line
// by its name.
#ifndef CVPORT_BIBTEX_SOURCE_POSITION_HPP
#define CVPORT_BIBTEX_SOURCE_POSITION_HPP

#include <cstddef>
#include <string_view>

#include "cvport/line_index.hpp"

namespace cvport::bibtex {

using Position = TextPosition;

// Where `word` first appears on `line` as a whole word (case-insensitive), from byte `from` of
// the line on; the line's first non-blank character when it does not.
Position find_word(const LineIndex& source, int line, std::string_view word, size_t from = 0);

} // namespace cvport::bibtex

#endif
