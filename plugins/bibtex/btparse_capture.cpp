#include "btparse_capture.hpp"

#include <btparse.h>

#include <csetjmp>
#include <cstdarg>
#include <cstdlib>
#include <regex>

// PCCTS globals of libbtparse 0.89, exported by libbtparse.so.2 but not declared in btparse.h
// (Text-BibTeX's btparse/pccts/antlr.h, btparse/pccts/ast.h and btparse/src/lex_auxiliary.h).
extern "C" {
extern int zzasp;    // the parser's attribute stack pointer (antlr.h:228, zzaStack grows down from 400)
extern int zzast_sp; // the parser's AST stack pointer (ast.h:74)
extern char* zztoktext; // the lexer's token buffer, allocated per file (lex_auxiliary.c:60)
void free_lex_buffer(void);
}

namespace cvport::bibtex {

namespace {

// Where usage_error and internal_error jump to, and the message they leave; set only while
// guarded_parse_entry runs, under the session's lock.
std::jmp_buf* parse_recovery = nullptr;
char parse_failure[512];

[[noreturn]] void give_up(const char* kind, const char* format, va_list arguments) {
  int length = std::snprintf(parse_failure, sizeof parse_failure, "%s: ", kind);
  std::vsnprintf(parse_failure + length, sizeof parse_failure - length, format, arguments);
  if (!parse_recovery) std::abort(); // outside a guarded parse: what libbtparse itself would do
  std::longjmp(*parse_recovery, 1);
}

// The parser's stack pointers as libbtparse starts (read before its first parse).
int fresh_attribute_stack = 0;
int fresh_ast_stack = 0;

// Leaves libbtparse's global parser state as it was before its first file, whatever the last
// file did to it. What libbtparse 0.89 resets by itself at the start of a file (input.c,
// start_parse: initialize_lexer_state, which also sets the lexer's mode, and zzrdstream, which
// resets the line and the look-ahead character; bt_parse_entry resets zzast_sp before every
// entry, input.c:383) is not repeated. What it does not reset:
// - zzasp. Every rule of the parser lowers it on entry and restores it on exit (zzBLOCK and
//   zzMake0 / zzEXIT, antlr.h:390 and 457-458), and bt_parse_entry adds the one the top rule
//   leaves (input.c:396). A jump out of a rule from usage_error or internal_error skips those
//   restores; left so, the stack pointer sinks with every such file until the parser exits the
//   process on "attrib/AST stack overflow" (antlr.h:77-82) or reads below zzaStack.
// - bt_parse_entry's "current file" and error counts, reset only by its "done with this file"
//   call (input.c:300-309), which guarded_parse_entry makes after every jump; made again here.
// - the lexer's token buffer, freed only by that same call (finish_parse, input.c:154-156): after a
//   jump out of start_parse, before bt_parse_entry records the file, it stays allocated, and
//   alloc_lex_buffer would reuse it (lex_auxiliary.c:207-215). Freed, so the next file gets a new one.
// - the process-wide error counts (error.c:74, errclass_counts), which only grow: set to zero.
void reset_parser_state() {
  char no_file[] = "";
  bt_parse_entry(nullptr, no_file, 0, nullptr); // does nothing when no file is open (input.c:300-309)
  if (zztoktext) free_lex_buffer();
  zzasp = fresh_attribute_stack;
  zzast_sp = fresh_ast_stack;
  bt_reset_error_counts();
}

std::mutex& btparse_mutex() {
  static std::mutex mutex;
  return mutex;
}

} // namespace

BtparseSession::BtparseSession() : lock_(btparse_mutex()) {
  static std::once_flag initialised;
  std::call_once(initialised, [] {
    fresh_attribute_stack = zzasp;
    fresh_ast_stack = zzast_sp;
    bt_initialize();
    // Every string kept as written: macros, concatenation and whitespace are the importer's own
    // work, so that an undefined macro is a warning located at its use, not a silent "".
    for (int metatype = BTE_REGULAR; metatype < NUM_METATYPES; ++metatype)
      bt_set_stringopts(static_cast<bt_metatype>(metatype), 0);
  });
  capture_ = open_memstream(&buffer_, &size_);
  if (capture_) {
    saved_stderr_ = stderr;
    stderr = capture_;
  }
  reset_parser_state();
  bt_delete_all_macros();
}

BtparseSession::~BtparseSession() {
  bt_delete_all_macros(); // the next file starts with no macro of this one
  if (capture_) {
    stderr = saved_stderr_;
    std::fclose(capture_);
    std::free(buffer_);
  }
}

::_ast* guarded_parse_entry(FILE* file, char* file_name, std::string& failure) {
  std::jmp_buf recovery;
  parse_recovery = &recovery;
  // Where the parser's attribute stack stands between entries; a jump out of the parser leaves it
  // lower (see reset_parser_state). A local volatile so that its value survives the longjmp.
  volatile int attribute_stack = zzasp;
  // No C++ object lives between here and libbtparse's frames, so the jump skips no destructor.
  if (setjmp(recovery) != 0) {
    parse_recovery = nullptr;
    zzasp = attribute_stack;
    failure = parse_failure;
    bt_parse_entry(nullptr, file_name, 0, nullptr); // "done with this file": resets its state
    return nullptr;
  }
  boolean status = 1;
  AST* entry = bt_parse_entry(file, file_name, 0, &status);
  parse_recovery = nullptr;
  return entry;
}

std::vector<BtparseMessage> BtparseSession::messages() {
  std::vector<BtparseMessage> messages;
  if (!capture_) return messages;
  std::fflush(capture_);
  std::string text(buffer_ + read_, size_ - read_);
  read_ = size_;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) messages.push_back(parse_btparse_line(text.substr(start, end - start)));
    start = end + 1;
  }
  return messages;
}

BtparseMessage parse_btparse_line(const std::string& line) {
  // btparse's print_error: "<file>, line <n>, <class>: <message>"; the file and line may be
  // absent, the class is "warning", "syntax error", "lexical error", ...
  static const std::regex located(R"(^.*?, line (\d+)(?:, [^:]*?)?, ([a-z ]+): (.*)$)");
  static const std::regex classed(R"(^(?:.*?: )?([a-z ]*(?:error|warning)): (.*)$)");
  std::smatch match;
  BtparseMessage message;
  if (std::regex_match(line, match, located)) {
    message.line = std::atoi(match[1].str().c_str());
    message.is_error = match[2].str().find("error") != std::string::npos;
    message.message = match[3];
  } else if (std::regex_match(line, match, classed)) {
    message.is_error = match[1].str().find("error") != std::string::npos;
    message.message = match[2];
  } else {
    message.is_error = line.find("error") != std::string::npos;
    message.message = line;
  }
  return message;
}

} // namespace cvport::bibtex

// libbtparse's own definitions end the process; these replace them (see btparse_capture.hpp).
extern "C" __attribute__((visibility("default"))) void usage_error(char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  cvport::bibtex::give_up("usage error", format, arguments);
}

extern "C" __attribute__((visibility("default"))) void internal_error(char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  cvport::bibtex::give_up("internal error", format, arguments);
}
