// Importing an ORCID document in a test: the CV, every diagnostic as the plugin reported it (a
// JSON document's with their JSON path and no position: the host locates those), and the origins.
#ifndef CVPORT_ORCID_IMPORT_TEST_SUPPORT_HPP
#define CVPORT_ORCID_IMPORT_TEST_SUPPORT_HPP

#include <algorithm>
#include <string>

#include "orcid_reader.hpp"
#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {

using cvport::testing::CapturedDiagnostic;

inline const std::filesystem::path kImportDir = kTestDir / "import";

struct Imported {
  Cv cv;
  std::vector<CapturedDiagnostic> diagnostics;
  Json origins;

  const CapturedDiagnostic* find(std::string_view code) const {
    for (const auto& d : diagnostics)
      if (d.code == code) return &d;
    return nullptr;
  }
  size_t errors() const {
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [](const CapturedDiagnostic& d) { return d.severity == CVPORT_SEVERITY_ERROR; });
  }
};

inline Imported import_text(const std::string& text) {
  MemoryHost host;
  sdk::Diagnostics diagnostics(host.host());
  Json options = Json::object();
  sdk::ImportContext context{"orcid-record", text, "record.xml", options, diagnostics};
  Imported result;
  result.cv = read_orcid(context);
  result.diagnostics = host.diagnostics;
  result.origins = context.origins;
  return result;
}

inline Imported import_file(const std::filesystem::path& path) { return import_text(cvport::testing::read_file(path)); }

inline std::string at(const CapturedDiagnostic* d) {
  return d ? std::to_string(d->line) + ":" + std::to_string(d->column) : "missing";
}

} // namespace cvport::orcid::testing

#endif
