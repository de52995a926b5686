#include "cvport/file_watch.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace cvport {

namespace {

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

// Closes a descriptor when the watch ends, however it ends.
struct Descriptor {
  int fd;
  explicit Descriptor(int fd) : fd(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

enum class Events { none, for_the_file, folder_gone };

// Reads the queued inotify events; says whether one concerns `name` or the
// folder went away.
Events read_events(int fd, const std::string& name) {
  Events seen = Events::none;
  alignas(inotify_event) std::array<char, 16384> buffer{};
  while (true) {
    ssize_t length = ::read(fd, buffer.data(), buffer.size());
    if (length <= 0) return seen; // EAGAIN: the queue is empty
    for (ssize_t offset = 0; offset < length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + offset);
      if (event->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) return Events::folder_gone;
      if (event->len > 0 && name == event->name) seen = Events::for_the_file;
      offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
  }
}

} // namespace

std::string watch_file(const std::string& path, std::chrono::milliseconds quiet_period,
                       const std::function<void()>& on_change) {
  namespace fs = std::filesystem;
  sigset_t set = stop_signals();
  ::pthread_sigmask(SIG_BLOCK, &set, nullptr);
  Descriptor signals(::signalfd(-1, &set, SFD_CLOEXEC));
  Descriptor changes(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK));
  if (signals.fd < 0 || changes.fd < 0) return std::string("cannot watch files: ") + std::strerror(errno);
  fs::path file(path);
  fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  std::string name = file.filename().string();
  // Writes in place (IN_CLOSE_WRITE, IN_MODIFY), a new file renamed over the
  // old one (IN_MOVED_TO), a new file after the old was removed (IN_CREATE), a
  // removal (IN_DELETE, IN_MOVED_FROM: the re-export reports the missing file),
  // a changed mode (IN_ATTRIB).
  uint32_t mask = IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB |
                  IN_DELETE_SELF | IN_MOVE_SELF;
  if (::inotify_add_watch(changes.fd, folder.c_str(), mask) < 0)
    return "cannot watch " + folder.string() + ": " + std::strerror(errno);

  on_change();
  bool pending = false;
  while (true) {
    std::array<pollfd, 2> ready{{{signals.fd, POLLIN, 0}, {changes.fd, POLLIN, 0}}};
    int waited = ::poll(ready.data(), ready.size(), pending ? int(quiet_period.count()) : -1);
    if (waited < 0) {
      if (errno == EINTR) continue;
      return std::string("cannot watch files: ") + std::strerror(errno);
    }
    if (ready[0].revents & POLLIN) return "";
    if (waited == 0) { // quiet for the whole period after the last event: the
                       // save is complete
      pending = false;
      on_change();
      continue;
    }
    Events events = read_events(changes.fd, name);
    if (events == Events::folder_gone) return "the folder " + folder.string() + " was removed or moved";
    pending = pending || events == Events::for_the_file;
  }
}

} // namespace cvport
