// Diagnostics: every problem cvport reports, with where it is (file:line:column and the field
// path), what was expected and, when we can guess, how to fix it.
#ifndef CVPORT_DIAGNOSTICS_HPP
#define CVPORT_DIAGNOSTICS_HPP

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cvport {

enum class Severity { note, warning, error };

std::string_view severity_name(Severity severity);

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;    // stable: "source.unknown-field", "orcid.no-org-id"
  std::string file;    // the input file, or a plugin path
  int line = 0;        // 1-based; 0 = unknown
  int column = 0;      // 1-based; 0 = unknown
  std::string path;    // field path: "publications[3].authors[0]"
  std::string message; // what is wrong and what was expected
  std::string hint;    // how to fix it: "did you mean \"authors\"?"
};

class DiagnosticList {
public:
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  void append(const DiagnosticList& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  }
  const std::vector<Diagnostic>& items() const { return items_; }
  bool has_errors() const;
  size_t count(Severity severity) const;
  // Orders by file, line, column, keeping the order of equal positions; a diagnostic without
  // file, line or column comes after those with one.
  void sort_by_location();
  // Keeps one of each set of diagnostics that differ only in list indices ("skills[3].tags" and
  // "skills[4].tags"), naming the others' paths in its message.
  void group_repeats();

private:
  std::vector<Diagnostic> items_;
};

// "cv.yaml:41:7: error: publications[3].doi: expected a DOI ... [source.bad-doi]\n  hint: ..."
std::string format_diagnostic(const Diagnostic& diagnostic);
// The machine-readable form (--diagnostics=json): one object per diagnostic, its members in the
// order of the text form.
nlohmann::ordered_json diagnostic_to_json(const Diagnostic& diagnostic);

} // namespace cvport

#endif
