#include "progress.hpp"

#include <iostream>
#include <unistd.h>

#include <fmt/format.h>

namespace cvport::cli {

BatchProgress::BatchProgress(size_t total, bool quiet)
    : total_(total), quiet_(quiet), terminal_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()) {}

void BatchProgress::clear_bar() {
  if (terminal_) std::cerr << "\r\033[2K";
}

void BatchProgress::draw_bar(size_t done) {
  constexpr size_t width = 30;
  size_t filled = total_ ? done * width / total_ : width;
  std::cerr << "\r[" << std::string(filled, '=') << std::string(width - filled, ' ') << "] "
            << fmt::format("{}/{} CVs", done, total_) << (failed_ ? fmt::format(", {} failed", failed_) : "")
            << std::flush;
}

void BatchProgress::input_done(const InputResult& result, size_t done) {
  if (result.status != 0) ++failed_;
  if (quiet_) return;
  if (terminal_) {
    // Problems scroll above the bar; the bar stays on the last line.
    if (result.status != 0) {
      clear_bar();
      std::cerr << fmt::format("{}: failed: {}\n", result.input, result.reason);
    }
    draw_bar(done);
  } else {
    std::cerr << fmt::format("[{}/{}] {}: {}\n", done, total_, result.input,
                             result.status == 0 ? "ok" : "failed: " + result.reason);
  }
}

void BatchProgress::summary(const std::vector<FailedInput>& failed) {
  if (terminal_ && !quiet_) {
    clear_bar();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::cerr << fmt::format("cvport: {} of {} CVs exported in {:.2f} s", total_ - failed.size(), total_, seconds);
  if (!failed.empty()) std::cerr << fmt::format("; {} failed:", failed.size());
  std::cerr << "\n";
  for (const FailedInput& input : failed)
    std::cerr << fmt::format("  {}: {} (exit {})\n", input.input, input.reason, input.status);
}

} // namespace cvport::cli
