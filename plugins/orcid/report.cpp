#include "report.hpp"

#include <fmt/format.h>

namespace cvport::orcid {

void Reporter::skip(std::string_view code, std::string_view source, std::string_view reason,
                    cvport_severity severity) {
  diagnostics_.report(severity, code, source, reason);
  skipped_.push_back({std::string(source), std::string(reason)});
}

void Reporter::left_out(std::string_view source, std::string_view item_kind,
                        const std::vector<std::string>& paths) {
  if (paths.empty()) return;
  std::string names;
  for (const std::string& path : paths) {
    std::string_view name = path;
    if (name.substr(0, source.size()) == source) name.remove_prefix(source.size());
    if (!name.empty() && name.front() == '.') name.remove_prefix(1);
    names += fmt::format("{}`{}`", names.empty() ? "" : ", ", name);
  }
  diagnostics_.note(
      "orcid.left-out", source,
      fmt::format("ORCID {} items have no field for {}: left out of the bundle", item_kind, names));
}

std::string indexed(std::string_view section, size_t index) {
  return fmt::format("{}[{}]", section, index);
}

} // namespace cvport::orcid
