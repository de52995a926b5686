#include "cvport/diagnostics.hpp"

#include <algorithm>
#include <unordered_map>

namespace cvport {

std::string_view severity_name(Severity severity) {
  switch (severity) {
  case Severity::note: return "note";
  case Severity::warning: return "warning";
  case Severity::error: return "error";
  }
  return "error";
}

bool DiagnosticList::has_errors() const { return count(Severity::error) > 0; }

size_t DiagnosticList::count(Severity severity) const {
  return size_t(std::count_if(items_.begin(), items_.end(),
                              [&](const Diagnostic& d) { return d.severity == severity; }));
}

void DiagnosticList::sort_by_location() {
  // What has no file, line or column follows what has, so a list reads down the file.
  auto key = [](const Diagnostic& d) {
    return std::make_tuple(d.file.empty(), std::cref(d.file), d.line == 0, d.line, d.column == 0, d.column);
  };
  std::stable_sort(items_.begin(), items_.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

namespace {

// The text with every list index blanked: "work[3].url" -> "work[].url".
std::string without_indices(const std::string& text) {
  std::string result;
  result.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    result += text[i];
    if (text[i] != '[') continue;
    size_t end = text.find_first_not_of("0123456789", i + 1);
    if (end != std::string::npos && end > i + 1 && text[end] == ']') i = end - 1;
  }
  return result;
}

} // namespace

void DiagnosticList::group_repeats() {
  struct Group {
    size_t first;
    std::vector<std::string> paths;
  };
  std::vector<Group> groups;
  std::unordered_map<std::string, size_t> group_of; // key -> index in groups
  for (size_t i = 0; i < items_.size(); ++i) {
    const Diagnostic& d = items_[i];
    std::string key = std::string(severity_name(d.severity)) + '\n' + d.code + '\n' + d.file + '\n' +
                      without_indices(d.path) + '\n' + without_indices(d.message) + '\n' + d.hint;
    auto [same, added] = group_of.try_emplace(std::move(key), groups.size());
    if (added || d.path.empty())
      groups.push_back({i, {d.path}});
    else
      groups[same->second].paths.push_back(d.path);
  }
  std::vector<Diagnostic> grouped;
  for (const Group& group : groups) {
    Diagnostic d = items_[group.first];
    if (group.paths.size() > 1) {
      d.message += " (" + std::to_string(group.paths.size()) + " times: " + group.paths.front();
      for (size_t i = 1; i < group.paths.size() && i < 4; ++i) d.message += ", " + group.paths[i];
      d.message += group.paths.size() > 4 ? ", ...)" : ")";
    }
    grouped.push_back(std::move(d));
  }
  items_ = std::move(grouped);
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string text;
  if (!d.file.empty()) {
    text += d.file;
    if (d.line > 0) {
      text += ":" + std::to_string(d.line);
      if (d.column > 0) text += ":" + std::to_string(d.column);
    }
    text += ": ";
  }
  text += severity_name(d.severity);
  text += ": ";
  if (!d.path.empty()) text += d.path + ": ";
  text += d.message;
  if (!d.code.empty()) text += " [" + d.code + "]";
  if (!d.hint.empty()) text += "\n  hint: " + d.hint;
  return text;
}

nlohmann::ordered_json diagnostic_to_json(const Diagnostic& d) {
  nlohmann::ordered_json json = {{"severity", severity_name(d.severity)}, {"code", d.code},
                                 {"message", d.message}};
  if (!d.file.empty()) json["file"] = d.file;
  if (d.line > 0) json["line"] = d.line;
  if (d.column > 0) json["column"] = d.column;
  if (!d.path.empty()) json["path"] = d.path;
  if (!d.hint.empty()) json["hint"] = d.hint;
  return json;
}

} // namespace cvport
