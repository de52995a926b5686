#include "progress.hpp"

#include <iostream>
#include <unistd.h>

#include <fmt/format.h>

namespace cvport::cli {

BatchProgress::BatchProgress(size_t total, const GlobalOptions& options)
    : total_(total), options_(options), terminal_(!options.json() && ::isatty(STDERR_FILENO) == 1),
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
  if (options_.quiet >= 1) return;
  if (terminal_) {
    // Problems scroll above the bar; the bar stays on the last line.
    if (result.status != 0) {
      clear_bar();
      std::cerr << fmt::format("{}: failed: {}\n", result.input, result.reason);
    }
    draw_bar(done);
    return;
  }
  nlohmann::ordered_json event = {{"event", "progress"}, {"input", result.input}, {"done", done},
                          {"total", total_},     {"status", result.status}};
  if (result.status != 0) event["reason"] = result.reason;
  print_event(event,
              fmt::format("[{}/{}] {}: {}", done, total_, result.input,
                          result.status == 0 ? "ok" : "failed: " + result.reason),
              options_);
}

void BatchProgress::summary(const std::vector<FailedInput>& failed) {
  if (terminal_ && options_.quiet == 0) clear_bar();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (options_.json()) {
    nlohmann::ordered_json failures = nlohmann::ordered_json::array();
    for (const FailedInput& input : failed)
      failures.push_back({{"input", input.input}, {"reason", input.reason}, {"status", input.status}});
    print_event({{"event", "batch-summary"}, {"exported", total_ - failed.size()}, {"total", total_},
                 {"seconds", seconds}, {"failed", failures}},
                "", options_);
    return;
  }
  std::cerr << fmt::format("cvport: {} of {} CVs exported in {:.2f} s", total_ - failed.size(), total_, seconds);
  if (!failed.empty()) std::cerr << fmt::format("; {} failed:", failed.size());
  std::cerr << "\n";
  for (const FailedInput& input : failed)
    std::cerr << fmt::format("  {}: {} (exit {})\n", input.input, input.reason, input.status);
}

} // namespace cvport::cli
