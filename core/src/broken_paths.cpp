#include "cvport/broken_paths.hpp"

namespace cvport {

bool BrokenPaths::covers(std::string_view path) const {
  // The path itself or an ancestor: "publications" or "publications[2]" for "publications[2].id".
  for (std::string_view key = path;;) {
    if (paths_.count(key)) return true;
    if (key.empty()) return false;
    size_t cut = key.find_last_of(".[");
    key = cut == std::string_view::npos ? std::string_view() : key.substr(0, cut);
  }
}

bool BrokenPaths::touches(std::string_view path) const {
  if (covers(path)) return true;
  // A descendant: "publications[2].authors[0].name" for "publications[2]". They sort right after it.
  for (auto it = paths_.upper_bound(path); it != paths_.end() && it->compare(0, path.size(), path) == 0; ++it)
    if (path.empty() || (*it)[path.size()] == '.' || (*it)[path.size()] == '[') return true;
  return false;
}

} // namespace cvport
