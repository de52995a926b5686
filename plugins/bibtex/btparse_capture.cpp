#include "btparse_capture.hpp"

#include <btparse.h>

#include <csetjmp>
#include <cstdarg>
#include <cstdlib>
#include <regex>

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

std::mutex& btparse_mutex() {
  static std::mutex mutex;
  return mutex;
}

} // namespace

BtparseSession::BtparseSession() : lock_(btparse_mutex()) {
  static std::once_flag initialised;
  std::call_once(initialised, [] {
    bt_initialize();
    // Every string kept as written: macros, concatenation and whitespace are the importer's own
    // work, so that an undefined macro is an error located at its use, not a silent "".
    for (int metatype = BTE_REGULAR; metatype < NUM_METATYPES; ++metatype)
      bt_set_stringopts(static_cast<bt_metatype>(metatype), 0);
  });
  capture_ = open_memstream(&buffer_, &size_);
  if (capture_) {
    saved_stderr_ = stderr;
    stderr = capture_;
  }
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
  // No C++ object lives between here and libbtparse's frames, so the jump skips no destructor.
  if (setjmp(recovery) != 0) {
    parse_recovery = nullptr;
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
