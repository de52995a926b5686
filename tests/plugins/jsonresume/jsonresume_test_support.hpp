// Shared by the jsonresume tests: the test CVs, exporting through the in-memory host, and
// importing with a host that also records the line and column of each diagnostic.
#ifndef CVPORT_TESTS_JSONRESUME_SUPPORT_HPP
#define CVPORT_TESTS_JSONRESUME_SUPPORT_HPP

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/plugin.hpp"
#include "test_paths.hpp"

namespace cvport::testing {

inline const std::filesystem::path kJsonResumeTestDir = source_dir() / "tests/plugins/jsonresume";

// The seed CV as canonical JSON, written by the lead with
// `cvport export examples/baolin-li.yaml --to cvport-json -o tests/data/baolin-li.cvport.json`.
// Adds a test failure that says so when the file is not there.
std::optional<Cv> load_example_cv();

// A CV from tests/plugins/jsonresume/data/<name>.cvport.json: "minimal" (only a name) or
// "full" (every field of the model set; see FullCvSetsEveryModelField).
Cv load_test_cv(const std::string& name);

struct ExportResult {
  std::string text;
  Json json;
  std::vector<std::string> codes; // diagnostic codes, in order
  struct Diagnostic {
    cvport_severity severity;
    std::string code, path, message;
  };
  std::vector<Diagnostic> diagnostics;
  bool has(std::string_view code, std::string_view path) const { return find(code, path) != nullptr; }
  const Diagnostic* find(std::string_view code, std::string_view path) const;
};

// Exports through MemoryHost, as the SDK would run the plugin.
ExportResult export_resume(const Cv& cv, const Json& options = Json::object());

struct ImportedDiagnostic {
  cvport_severity severity;
  std::string code, path, message;
  uint32_t line = 0, column = 0;
};

struct ImportResult {
  Cv cv;
  std::vector<ImportedDiagnostic> diagnostics;
  nlohmann::json origins; // model path -> input path, as the importer hands it to the host
  size_t errors() const;
  // The one diagnostic with this code and path, or nullptr.
  const ImportedDiagnostic* find(std::string_view code, std::string_view path) const;
};

ImportResult import_resume(std::string_view text, const Json& options = Json::object());

std::string read_text_file(const std::filesystem::path& path);

} // namespace cvport::testing

#endif
