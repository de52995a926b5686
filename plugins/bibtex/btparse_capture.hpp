// libbtparse keeps global state (its lexer, the macro table, error counts) and prints every
// warning and error to stderr with fprintf. Its table of error handlers is static in 0.89 (no
// function installs one: see docs/formats/bibtex.md), so the only way to keep its messages off
// the user's terminal, and to turn them into located diagnostics, is to point the C `stderr`
// stream at a memory stream while it runs. BtparseSession does that under one process-wide lock:
// only one thread uses libbtparse at a time (the format is also declared not thread-safe, so the
// host serialises its calls), and stderr is restored before the lock is released.
#ifndef CVPORT_BIBTEX_BTPARSE_CAPTURE_HPP
#define CVPORT_BIBTEX_BTPARSE_CAPTURE_HPP

#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

struct _ast; // libbtparse's AST

namespace cvport::bibtex {

struct BtparseMessage {
  int line = 0;          // 0 when btparse gave none
  bool is_error = false; // a syntax or lexical error (else a warning)
  std::string message;   // btparse's text without its "file, line N, class:" prefix
};

class BtparseSession {
public:
  BtparseSession();
  ~BtparseSession();
  BtparseSession(const BtparseSession&) = delete;
  BtparseSession& operator=(const BtparseSession&) = delete;

  // What btparse printed so far, parsed; stderr keeps capturing until the session ends.
  std::vector<BtparseMessage> messages();

private:
  std::unique_lock<std::mutex> lock_;
  FILE* saved_stderr_ = nullptr;
  FILE* capture_ = nullptr;
  char* buffer_ = nullptr;
  size_t size_ = 0;
  size_t read_ = 0;
};

// bt_parse_entry, kept from ending the process. libbtparse calls exit(1) on a "usage error" and
// abort() on an "internal error", and its parser's error recovery can build a tree that its own
// post-processing then calls a usage error ('@ticle{uses, title = {x},.  journal = ...', found by
// fuzzing). The plugin defines usage_error and internal_error itself (btparse_capture.cpp):
// libbtparse exports both and calls them through its PLT, so the dynamic linker binds those calls
// to the plugin's definitions, which jump back here. Returns the entry, or nullptr at the end of
// the file, or nullptr with `failure` set to btparse's message when it gave up; then the file is
// closed for btparse (its state is reset) and the rest of it is not read.
::_ast* guarded_parse_entry(FILE* file, char* file_name, std::string& failure);

// One line of btparse's output ("papers.bib, line 12, syntax error: found ...") parsed.
BtparseMessage parse_btparse_line(const std::string& line);

} // namespace cvport::bibtex

#endif
