// Progress of a batch export: a bar redrawn in place on a terminal, plain lines otherwise
// (CI logs, pipes) or JSON events (--diagnostics json), and the summary at the end.
#ifndef CVPORT_CLI_PROGRESS_HPP
#define CVPORT_CLI_PROGRESS_HPP

#include <chrono>
#include <cstddef>
#include <string>

#include "cli_common.hpp"
#include "cvport/batch.hpp"

namespace cvport::cli {

class BatchProgress {
public:
  BatchProgress(size_t total, const GlobalOptions& options);
  // Called once per finished input (never concurrently).
  void input_done(const InputResult& result, size_t done);
  // The closing summary: counts, time, and each failed input with the reason.
  void summary(const std::vector<FailedInput>& failed);

private:
  void draw_bar(size_t done);
  void clear_bar();

  size_t total_;
  size_t failed_ = 0;
  const GlobalOptions& options_;
  bool terminal_; // draws a bar: text on a terminal
  std::chrono::steady_clock::time_point start_;
};

} // namespace cvport::cli

#endif
