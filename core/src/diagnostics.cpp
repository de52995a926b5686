#include "cvport/diagnostics.hpp"

#include <algorithm>

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
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
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

nlohmann::json diagnostic_to_json(const Diagnostic& d) {
  nlohmann::json json = {{"severity", severity_name(d.severity)}, {"code", d.code},
                         {"message", d.message}};
  if (!d.file.empty()) json["file"] = d.file;
  if (d.line > 0) json["line"] = d.line;
  if (d.column > 0) json["column"] = d.column;
  if (!d.path.empty()) json["path"] = d.path;
  if (!d.hint.empty()) json["hint"] = d.hint;
  return json;
}

} // namespace cvport
