#include "jsonresume_test_support.hpp"

#include <gtest/gtest.h>

#include "golden.hpp"
#include "jsonresume_reader.hpp"
#include "jsonresume_writer.hpp"
#include "memory_host.hpp"

namespace cvport::testing {

std::string read_text_file(const std::filesystem::path& path) { return read_file(path); }

std::optional<Cv> load_example_cv() {
  const std::filesystem::path path = source_dir() / "tests/data/baolin-li.cvport.json";
  if (!std::filesystem::exists(path)) {
    ADD_FAILURE()
        << "missing " << path << ": the example CV as canonical JSON. Generate it with "
        << "`cvport export examples/baolin-li.yaml --to cvport-json -o tests/data/baolin-li.cvport.json`";
    return std::nullopt;
  }
  return cv_from_json_text(read_file(path));
}

Cv load_test_cv(const std::string& name) {
  return cv_from_json_text(read_file(kJsonResumeTestDir / "data" / (name + ".cvport.json")));
}

const ExportResult::Diagnostic* ExportResult::find(std::string_view code, std::string_view path) const {
  for (const auto& d : diagnostics)
    if (d.code == code && d.path == path) return &d;
  return nullptr;
}

ExportResult export_resume(const Cv& cv, const Json& options) {
  MemoryHost host;
  host.run_export(&jsonresume::write_jsonresume, cv, options, "jsonresume");
  ExportResult result;
  result.text = host.outputs[""];
  result.json = Json::parse(result.text);
  for (const auto& d : host.diagnostics) {
    result.codes.push_back(d.code);
    result.diagnostics.push_back({d.severity, d.code, d.path, d.message});
  }
  return result;
}

namespace {

// Records what MemoryHost drops: the line and column an importer reports.
void record(void* context, const cvport_diagnostic* d) {
  static_cast<std::vector<ImportedDiagnostic>*>(context)->push_back(
      {d->severity, d->code ? d->code : "", d->path ? d->path : "", d->message ? d->message : "", d->line,
       d->column});
}

} // namespace

size_t ImportResult::errors() const {
  return std::count_if(diagnostics.begin(), diagnostics.end(),
                       [](const ImportedDiagnostic& d) { return d.severity == CVPORT_SEVERITY_ERROR; });
}

const ImportedDiagnostic* ImportResult::find(std::string_view code, std::string_view path) const {
  for (const auto& d : diagnostics)
    if (d.code == code && d.path == path) return &d;
  return nullptr;
}

ImportResult import_resume(std::string_view text, const Json& options) {
  ImportResult result;
  cvport_host host{};
  host.struct_size = sizeof host;
  host.context = &result.diagnostics;
  host.report = &record;
  sdk::Diagnostics diagnostics(&host);
  sdk::ImportContext context{"jsonresume", text, "test.json", options, diagnostics};
  result.cv = jsonresume::read_jsonresume(context);
  result.origins = context.origins;
  return result;
}

} // namespace cvport::testing
