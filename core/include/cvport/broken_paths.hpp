// The field paths of a source that could not be read: an error at the path, or a misspelled key
// taken for the field (`idd:` for `id`). The checks across entries consult it, so that an entry
// already reported as broken is left out of the checks that need it and causes no follow-on
// error elsewhere (an award's `for` naming a publication whose `id` key was misspelled).
#ifndef CVPORT_BROKEN_PATHS_HPP
#define CVPORT_BROKEN_PATHS_HPP

#include <set>
#include <string>
#include <string_view>

namespace cvport {

class BrokenPaths {
public:
  void add(std::string path) { paths_.insert(std::move(path)); }
  // True when `path` or an ancestor was not read: "publications" when the whole section was not.
  bool covers(std::string_view path) const;
  // True when `path`, an ancestor or a descendant of it was not read: its value may be missing
  // or incomplete. "" is the whole document.
  bool touches(std::string_view path) const;

private:
  std::set<std::string, std::less<>> paths_;
};

} // namespace cvport

#endif
