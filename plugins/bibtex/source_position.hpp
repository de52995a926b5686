// Lines and columns of the .bib text as the user's editor shows them: 1-based, columns counted in
// characters (a UTF-8 sequence is one), as the host counts them for every other format.
#ifndef CVPORT_BIBTEX_SOURCE_POSITION_HPP
#define CVPORT_BIBTEX_SOURCE_POSITION_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace cvport::bibtex {

struct Position {
  int line = 0;
  int column = 0;
};

class SourceText {
public:
  explicit SourceText(std::string_view text);

  std::string_view text() const { return text_; }
  Position position(size_t offset) const;
  // The byte offset where `line` starts (past the end for a line that does not exist).
  size_t line_start(int line) const;
  std::string_view line_text(int line) const;
  // Where `word` first appears on `line` as a whole word (case-insensitive), from byte `from` of
  // the line on; the line's first non-blank character when it does not.
  Position find_word(int line, std::string_view word, size_t from = 0) const;

private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
};

} // namespace cvport::bibtex

#endif
