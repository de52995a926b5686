// libFuzzer target: any bytes offered to every import-capable plugin (JSON Resume, ORCID records,
// BibTeX). An importer must answer with a model or diagnostics, never crash; a model it produces
// must be valid.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "cvport/pipeline.hpp"
#include "cvport/plugin_calls.hpp"
#include "cvport/plugin_registry.hpp"
#include "fuzz_paths.hpp"

namespace {
const cvport::PluginRegistry& registry() {
  static cvport::PluginRegistry* loaded = [] {
    auto* r = new cvport::PluginRegistry();
    r->load_directories(cvport::fuzz::plugin_dirs());
    return r;
  }();
  return *loaded;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const auto& format : registry().formats()) {
    if (!format->can_import()) continue;
    // The BibTeX importer runs libbtparse, whose parser keeps global state, thousands of times in
    // this one process, and recovers when libbtparse gives up: it starts every input from a fresh
    // parser state (plugins/bibtex/btparse_capture.cpp, issue #14).
    cvport::call_detect(*format, input);
    cvport::ImportOutput imported;
    cvport::DiagnosticList diagnostics;
    if (!cvport::call_import(*format, input, "fuzz.json", nlohmann::json::object(), imported, diagnostics)) continue;
    cvport::LoadedCv model = cvport::load_native_text(imported.model_json, "imported");
    // An importer may produce warnings (e.g. a bad ORCID check digit), but never an invalid model.
    if (!model.cv) std::abort();
  }
  return 0;
}
