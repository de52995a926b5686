// Running a plugin export in a process of its own. The host starts a fresh cvport process (the
// export worker) with posix_spawn, hands it the plugin, the format, the options and the model
// through one socket and reads the result back through another; a worker that dies becomes a
// diagnostic.
//
// Why a fresh process and not fork(): `cvport export -j N` is multithreaded, and after fork()
// only the forking thread exists in the child while every lock another thread held (malloc's,
// a non-thread-safe format's call mutex, the plugin's own) stays locked forever; POSIX allows
// only async-signal-safe calls there, and plugin code is not that. exec() starts clean.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "cvport/plugin_calls.hpp"

extern char** environ;

namespace cvport {

namespace {

// The worker's two channels, as file descriptor numbers in the worker. Standard input, output
// and error are inherited, so a plugin that prints behaves as it does in-process.
constexpr int kRequestFd = 3;
constexpr int kResultFd = 4;

std::string& worker_override() {
  static std::string executable;
  return executable;
}

// The frame the worker writes: a JSON header line with the diagnostics and the sizes of the
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

// Sends all bytes; false when the other end is gone (MSG_NOSIGNAL: no SIGPIPE for that).
bool send_all(int fd, const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t sent = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    done += size_t(sent);
  }
  return true;
}

std::string read_all(int fd) {
  std::string bytes;
  char buffer[65536];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes.append(buffer, size_t(n));
  }
  return bytes;
}

// A connected pair of stream sockets whose ends are not inherited across exec.
bool socket_pair(int ends[2]) { return ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) == 0; }

} // namespace

void set_isolation_worker(std::string executable) { worker_override() = std::move(executable); }

std::string isolation_worker() {
  if (!worker_override().empty()) return worker_override();
  std::error_code error;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::string() : self.string();
}

bool call_export_isolated(const LoadedFormat& format, const std::string& model_json, const nlohmann::json& options,
                          const std::string& file, FormatOutput& output, DiagnosticList& diagnostics) {
  auto report = [&](std::string message) {
    diagnostics.add({Severity::error, "host.plugin-crashed", file, 0, 0, "", std::move(message),
                     "the plugin has a bug; report it to its author (cvport plugins shows which file it is)"});
    return false;
  };
  std::string worker = isolation_worker();
  if (worker.empty()) return report("cannot find the cvport executable to run the plugin in (/proc/self/exe)");
  int request[2], result[2];
  if (!socket_pair(request)) return report(std::string("cannot create a socket: ") + std::strerror(errno));
  if (!socket_pair(result)) {
    ::close(request[0]);
    ::close(request[1]);
    return report(std::string("cannot create a socket: ") + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, request[1], kRequestFd); // dup2 clears FD_CLOEXEC
  posix_spawn_file_actions_adddup2(&actions, result[1], kResultFd);
  std::string argument0 = "cvport", argument1 = kExportWorkerCommand;
  char* arguments[] = {argument0.data(), argument1.data(), nullptr};
  pid_t child = 0;
  int spawned = ::posix_spawn(&child, worker.c_str(), &actions, nullptr, arguments, environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(request[1]);
  ::close(result[1]);
  if (spawned != 0) {
    ::close(request[0]);
    ::close(result[0]);
    return report("cannot start " + worker + ": " + std::strerror(spawned));
  }
  nlohmann::json header = {
      {"plugin", format.plugin->path}, {"format", format.id}, {"file", file}, {"options", options}};
  // A worker that dies early closes its end; the send then fails and the exit status says why.
  send_all(request[0], header.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n" + model_json);
  ::close(request[0]);
  std::string frame = read_all(result[0]);
  ::close(result[0]);
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

int run_export_worker() {
  std::string request = read_all(kRequestFd);
  ::close(kRequestFd);
  size_t newline = request.find('\n');
  auto header = nlohmann::json::parse(request.substr(0, newline), nullptr, false);
  if (newline == std::string::npos || header.is_discarded() || !header.is_object()) return 2;
  PluginRegistry registry; // the built-in formats
  std::string plugin = header.value("plugin", "");
  if (plugin == kLinkedPluginPath)
    registry.load_linked_plugins();
  else if (plugin != kBuiltinPluginPath && !registry.load_file(plugin))
    return 3;
  const LoadedFormat* format = registry.find_format(header.value("format", ""));
  if (!format) return 3;
  FormatOutput output;
  DiagnosticList diagnostics;
  bool ok = call_export(*format, request.substr(newline + 1), header["options"], header.value("file", ""), output,
                        diagnostics);
  return send_all(kResultFd, encode_result(ok, output, diagnostics)) ? 0 : 4;
}

} // namespace cvport
