// Everything the exporter tells the user about the CV: diagnostics through the host, plus the
// list of CV entries the bundle leaves out, which the manifest repeats for sync clients.
#ifndef CVPORT_ORCID_REPORT_HPP
#define CVPORT_ORCID_REPORT_HPP

#include <string>
#include <string_view>
#include <vector>

#include "bundle.hpp"
#include "cvport/plugin_context.hpp"

namespace cvport::orcid {

class Reporter {
public:
  explicit Reporter(sdk::Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void note(std::string_view code, std::string_view path, std::string_view message) {
    diagnostics_.note(code, path, message);
  }
  void warning(std::string_view code, std::string_view path, std::string_view message) {
    diagnostics_.warning(code, path, message);
  }
  void error(std::string_view code, std::string_view path, std::string_view message) {
    diagnostics_.error(code, path, message);
  }

  // A whole entry or section stays out of the bundle: a diagnostic (a warning unless it is a
  // by-design absence), and a line in the manifest's "skipped" list with the same sentence.
  void skip(std::string_view code, std::string_view source, std::string_view reason,
            cvport_severity severity = CVPORT_SEVERITY_WARNING);

  // Facts of one entry that its ORCID item has no place for: one note per entry naming them.
  void left_out(std::string_view source, std::string_view item_kind,
                const std::vector<std::string>& paths);

  const std::vector<Skipped>& skipped() const { return skipped_; }

private:
  sdk::Diagnostics& diagnostics_;
  std::vector<Skipped> skipped_;
};

// "publications[3]"
std::string indexed(std::string_view section, size_t index);

} // namespace cvport::orcid

#endif
