#include "percent_comments.hpp"

#include <cctype>
#include <string_view>

namespace cvport::bibtex {

namespace {

// The lexer states of libbtparse's grammar (btparse/src/bibtex.g): START between entries,
// LEX_ENTRY after an "@", LEX_STRING inside a value. COMMENT "\%~[\n]*\n" is a token of the first
// two only.
class CommentBlanker {
public:
  explicit CommentBlanker(std::string& text) : text_(text) {}

  bool run() {
    // Between entries a "%" only starts a comment where a token starts: "50%" is one word of
    // junk (the START lexer's "~[\@\n\ \r\t]+").
    bool token_start = true;
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (c == '%' && token_start) {
        blank_to_end_of_line();
      } else if (c == '@') {
        read_entry();
        token_start = true;
      } else {
        token_start = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        ++i_;
      }
    }
    return blanked_;
  }

private:
  // From an "@": its type, then its body up to the delimiter that closes it.
  void read_entry() {
    ++i_;
    std::string type;
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (c == '%') {
        blank_to_end_of_line();
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++i_;
      } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' || c == '.') {
        type += char(std::tolower(static_cast<unsigned char>(c)));
        ++i_;
      } else {
        break;
      }
    }
    if (i_ >= text_.size() || (text_[i_] != '{' && text_[i_] != '(')) return; // not an entry: junk
    char closer = text_[i_] == '{' ? '}' : ')';
    if (type == "comment") { // its body is one string, "%" and all
      skip_delimited(text_[i_], closer);
      return;
    }
    ++i_;
    while (i_ < text_.size()) {
      char c = text_[i_];
      if (c == closer) {
        ++i_;
        return;
      }
      if (c == '%') blank_to_end_of_line();
      else if (c == '{') skip_delimited('{', '}');
      else if (c == '"') skip_quoted();
      else ++i_;
    }
  }

  // A {...} value (or @comment(...)): to the delimiter that closes it, braces counted.
  void skip_delimited(char open, char close) {
    int depth = 0;
    for (; i_ < text_.size(); ++i_) {
      char c = text_[i_];
      if (c == open) ++depth;
      else if (c == close && --depth == 0) {
        ++i_;
        return;
      }
    }
  }

  // A "..." value: to the next '"' outside braces.
  void skip_quoted() {
    int depth = 0;
    for (++i_; i_ < text_.size(); ++i_) {
      char c = text_[i_];
      if (c == '{') ++depth;
      else if (c == '}' && depth > 0) --depth;
      else if (c == '"' && depth == 0) {
        ++i_;
        return;
      }
    }
  }

  // The grammar's COMMENT ends with its "\n"; without one (the last line) it is junk, and so blank too.
  void blank_to_end_of_line() {
    size_t end = text_.find('\n', i_);
    if (end == std::string::npos) end = text_.size();
    if (end > i_ && text_[end - 1] == '\r') --end; // a CRLF line keeps its "\r"
    for (; i_ < end; ++i_) text_[i_] = ' ';
    blanked_ = true;
  }

  std::string& text_;
  size_t i_ = 0;
  bool blanked_ = false;
};

} // namespace

bool blank_percent_comments(std::string& text) { return CommentBlanker(text).run(); }

} // namespace cvport::bibtex
