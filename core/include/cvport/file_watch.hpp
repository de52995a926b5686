// Watching one file for changes, for `cvport export --watch` (Linux inotify).
#ifndef CVPORT_FILE_WATCH_HPP
#define CVPORT_FILE_WATCH_HPP

#include <chrono>
#include <functional>
#include <string>

namespace cvport {

// Calls `on_change` once the watch is in place (so no change made after that
// first call is missed), then each time the file at `path` may have changed,
// until SIGINT or SIGTERM arrives; then returns an empty string. Returns why
// otherwise (the folder cannot be watched, or was removed).
//
// The file's folder is watched, not the file: editors save by writing a new
// file and renaming it over the old one (vim, VS Code, emacs), which ends a
// watch on the old file's inode. A burst of events (write, close, rename) is
// coalesced: `on_change` runs once `quiet_period` has passed without another
// event for the file.
//
// SIGINT and SIGTERM are blocked in the calling thread and read through a
// signalfd, so a signal that arrives during `on_change` is taken when it
// returns, never in the middle of a write.
std::string watch_file(const std::string& path, std::chrono::milliseconds quiet_period,
                       const std::function<void()>& on_change);

} // namespace cvport

#endif
