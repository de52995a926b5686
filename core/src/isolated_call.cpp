// Running a plugin export in a child process. The child does the ordinary in-memory export and
// sends the result back through a pipe; the parent turns a child that dies into a diagnostic.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

#include "cvport/plugin_calls.hpp"

namespace cvport {

namespace {

// The frame the child writes: a JSON header line with the diagnostics and the sizes of the
// files, then the files' bytes back to back. Bytes need no escaping that way.
std::string encode_result(bool ok, const FormatOutput& output, const DiagnosticList& diagnostics) {
  nlohmann::json header = {{"ok", ok}, {"files", nlohmann::json::array()}, {"diagnostics", nlohmann::json::array()}};
  for (const auto& [name, bytes] : output.files) header["files"].push_back({{"name", name}, {"size", bytes.size()}});
  for (const Diagnostic& d : diagnostics.items())
    header["diagnostics"].push_back({{"severity", int(d.severity)}, {"code", d.code}, {"path", d.path},
                                     {"message", d.message}, {"line", d.line}, {"column", d.column}});
  std::string frame = header.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  for (const auto& [name, bytes] : output.files) frame += bytes;
  return frame;
}

bool decode_result(const std::string& frame, const std::string& file, FormatOutput& output,
                   DiagnosticList& diagnostics, bool& ok) {
  size_t newline = frame.find('\n');
  if (newline == std::string::npos) return false;
  auto header = nlohmann::json::parse(frame.substr(0, newline), nullptr, false);
  if (header.is_discarded()) return false;
  size_t offset = newline + 1;
  for (const auto& entry : header["files"]) {
    size_t size = entry["size"];
    if (offset + size > frame.size()) return false;
    output.files.emplace_back(entry["name"], frame.substr(offset, size));
    offset += size;
  }
  for (const auto& d : header["diagnostics"])
    diagnostics.add({Severity(d["severity"].get<int>()), d["code"], file, d["line"], d["column"], d["path"],
                     d["message"], ""});
  ok = header["ok"];
  return true;
}

void write_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t written = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    done += size_t(written);
  }
}

} // namespace

bool call_export_isolated(const LoadedFormat& format, const std::string& model_json, const nlohmann::json& options,
                          const std::string& file, FormatOutput& output, DiagnosticList& diagnostics) {
  auto report = [&](std::string message) {
    diagnostics.add({Severity::error, "host.plugin-crashed", file, 0, 0, "", std::move(message),
                     "the plugin has a bug; report it to its author (cvport plugins shows which file it is)"});
    return false;
  };
  int pipe_ends[2];
  if (::pipe(pipe_ends) != 0) return report(std::string("cannot create a pipe: ") + std::strerror(errno));
  pid_t child = ::fork();
  if (child < 0) return report(std::string("cannot start a process: ") + std::strerror(errno));
  if (child == 0) {
    ::close(pipe_ends[0]);
    FormatOutput child_output;
    DiagnosticList child_diagnostics;
    bool ok = call_export(format, model_json, options, file, child_output, child_diagnostics);
    write_all(pipe_ends[1], encode_result(ok, child_output, child_diagnostics));
    ::_exit(0); // no atexit handlers, no flushing of the parent's buffers twice
  }
  ::close(pipe_ends[1]);
  std::string frame;
  char buffer[65536];
  while (true) {
    ssize_t n = ::read(pipe_ends[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    frame.append(buffer, size_t(n));
  }
  ::close(pipe_ends[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  const std::string who = "plugin \"" + format.plugin->id + "\" (format " + format.id + ")";
  if (WIFSIGNALED(status))
    return report(who + " crashed: killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
                  ::strsignal(WTERMSIG(status)) + ")");
  bool ok = false;
  output.files.clear();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !decode_result(frame, file, output, diagnostics, ok))
    return report(who + " ended without a result (exit status " +
                  std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")");
  return ok;
}

} // namespace cvport
