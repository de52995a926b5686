#include "cvport/output_commit.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <unistd.h>

namespace cvport {

namespace fs = std::filesystem;

namespace {

Diagnostic write_error(const fs::path& path, const std::string& what, int error_number) {
  return {Severity::error, "output.write-failed", path.string(), 0, 0, "",
          what + ": " + std::strerror(error_number), ""};
}

// Writes all bytes to `fd`; with `durable`, also flushes them to the device.
bool write_all(int fd, const std::string& bytes, bool durable) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t written = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += size_t(written);
  }
  return !durable || ::fsync(fd) == 0;
}

// Flushes a folder's entries to the device. A rename is only durable once the folder holding
// the new name is flushed (fsync(2): "calling fsync() on a file descriptor for the file does not
// ensure that the entry in the directory containing the file has also reached disk"). The
// output is already in place when this fails, so it is a warning, not an error.
void flush_folder(const fs::path& folder, const fs::path& target, DiagnosticList& diagnostics) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  // EINVAL: a file system that cannot flush folders (some network and FUSE ones); nothing to do.
  if (fd >= 0 && (::fsync(fd) == 0 || errno == EINVAL)) {
    ::close(fd);
    return;
  }
  int error = errno;
  if (fd >= 0) ::close(fd);
  diagnostics.add({Severity::warning, "output.not-durable", target.string(), 0, 0, "",
                   "written, but the folder " + folder.string() + " could not be flushed to the device: " +
                       std::strerror(error),
                   ""});
}

fs::path parent_or_dot(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

// Writes `bytes` to the newly created file `fd` at `path` and closes it; on failure removes it.
bool fill_new_file(int fd, const fs::path& path, const std::string& bytes, const fs::path& target, bool durable,
                   DiagnosticList& diagnostics) {
  if (!write_all(fd, bytes, durable)) {
    int error = errno;
    ::close(fd);
    ::unlink(path.c_str());
    diagnostics.add(write_error(target, "cannot write", error));
    return false;
  }
  if (::close(fd) != 0) {
    int error = errno;
    ::unlink(path.c_str());
    diagnostics.add(write_error(target, "cannot write", error));
    return false;
  }
  return true;
}

// Writes `bytes` to a new temporary file in `folder` named after `base`; returns its path.
std::optional<fs::path> write_temporary(const fs::path& folder, const std::string& base, const std::string& bytes,
                                        const fs::path& target, bool durable, DiagnosticList& diagnostics) {
  std::string pattern = (folder / ("." + base + ".cvport-tmp-XXXXXX")).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    diagnostics.add(write_error(target, "cannot create a file in " + folder.string(), errno));
    return std::nullopt;
  }
  ::fchmod(fd, 0644);
  if (!fill_new_file(fd, pattern, bytes, target, durable, diagnostics)) return std::nullopt;
  return fs::path(pattern);
}

// Writes a file into a staging folder that only this process knows: no temporary name and
// rename needed there (the folder itself is renamed into place), one file = one open.
bool write_staged(const fs::path& path, const std::string& bytes, const fs::path& target, bool durable,
                  DiagnosticList& diagnostics) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    diagnostics.add(write_error(target, "cannot create a file in " + path.parent_path().string(), errno));
    return false;
  }
  return fill_new_file(fd, path, bytes, target, durable, diagnostics);
}

// Every folder under `root` that receives one of the output's files, `root` included, deepest
// first (a new subfolder's entry lives in its parent, flushed after it).
std::vector<fs::path> folders_of(const fs::path& root, const FormatOutput& output) {
  std::set<fs::path> folders{root};
  for (const auto& [name, bytes] : output.files)
    for (fs::path folder = (root / name).parent_path(); folder != root && folders.insert(folder).second;
         folder = folder.parent_path()) {
    }
  return {folders.rbegin(), folders.rend()};
}

} // namespace

bool commit_file(const fs::path& target, const std::string& bytes, DiagnosticList& diagnostics, bool durable) {
  std::error_code error;
  if (fs::is_directory(target, error)) {
    diagnostics.add({Severity::error, "output.is-folder", target.string(), 0, 0, "",
                     "is a folder; a single-file format needs a file name", "use -o " + (target / "cv").string() + "..."});
    return false;
  }
  if (fs::exists(target, error) && !fs::is_regular_file(target, error)) {
    // Renaming over a device, a pipe or a socket would replace it, not write to it.
    diagnostics.add({Severity::error, "output.not-regular", target.string(), 0, 0, "",
                     "is not a regular file; cvport only replaces regular files", ""});
    return false;
  }
  auto temporary =
      write_temporary(parent_or_dot(target), target.filename().string(), bytes, target, durable, diagnostics);
  if (!temporary) return false;
  if (std::rename(temporary->c_str(), target.c_str()) != 0) {
    int rename_error = errno;
    ::unlink(temporary->c_str());
    diagnostics.add(write_error(target, "cannot replace", rename_error));
    return false;
  }
  if (durable) flush_folder(parent_or_dot(target), target, diagnostics);
  return true;
}

bool commit_folder(const fs::path& folder, const FormatOutput& output, DiagnosticList& diagnostics, bool durable) {
  std::error_code error;
  bool exists = fs::exists(folder, error);
  if (exists && !fs::is_directory(folder, error)) {
    diagnostics.add({Severity::error, "output.not-folder", folder.string(), 0, 0, "",
                     "exists and is not a folder; this format writes a folder", ""});
    return false;
  }
  fs::path absolute = fs::absolute(folder, error).lexically_normal();
  if (absolute.filename().empty()) absolute = absolute.parent_path();
  fs::path parent = absolute.parent_path();
  std::string pattern = (parent / ("." + absolute.filename().string() + ".cvport-tmp-XXXXXX")).string();
  if (!::mkdtemp(pattern.data())) {
    diagnostics.add(write_error(folder, "cannot create a folder in " + parent.string(), errno));
    return false;
  }
  fs::path staging(pattern);
  auto abandon = [&] {
    fs::remove_all(staging, error);
    return false;
  };
  fs::path last_folder = staging;
  for (const auto& [name, bytes] : output.files) {
    fs::path destination = staging / name;
    if (destination.parent_path() != last_folder) { // files come grouped by folder (orcid: works/, ...)
      fs::create_directories(destination.parent_path(), error);
      if (error) {
        diagnostics.add(write_error(folder / name, "cannot create the folder", error.value()));
        return abandon();
      }
      last_folder = destination.parent_path();
    }
    if (!write_staged(destination, bytes, folder / name, durable, diagnostics)) return abandon();
  }
  ::chmod(staging.c_str(), 0755);
  if (!exists) {
    // The staging folder's own entries first, then the entry that renames it into place.
    if (durable)
      for (const fs::path& written : folders_of(staging, output)) flush_folder(written, folder, diagnostics);
    fs::rename(staging, absolute, error);
    if (error) {
      diagnostics.add(write_error(folder, "cannot create", error.value()));
      return abandon();
    }
    if (durable) flush_folder(parent, folder, diagnostics);
    return true;
  }
  for (const auto& [name, bytes] : output.files) {
    fs::create_directories((absolute / name).parent_path(), error);
    fs::rename(staging / name, absolute / name, error);
    if (error) {
      diagnostics.add(write_error(folder / name, "cannot replace", error.value()));
      return abandon();
    }
  }
  if (durable)
    for (const fs::path& written : folders_of(absolute, output)) flush_folder(written, folder, diagnostics);
  abandon();
  return true;
}

} // namespace cvport
