// An in-memory cvport_host for plugin unit tests: outputs land in a map, diagnostics in a list.
// It lets a test drive a format's writer through the real SDK context without the core host.
#ifndef CVPORT_TESTS_MEMORY_HOST_HPP
#define CVPORT_TESTS_MEMORY_HOST_HPP

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cvport/cvport_plugin.h"
#include "cvport/plugin.hpp"

namespace cvport::testing {

struct CapturedDiagnostic {
  cvport_severity severity;
  std::string code;
  std::string path;
  std::string message;
  uint32_t line = 0; // position in an import's input; 0 when unknown
  uint32_t column = 0;
};

class MemoryHost {
public:
  MemoryHost() {
    host_.struct_size = sizeof host_;
    host_.context = this;
    host_.open_sink = [](void* self, const char* name) -> cvport_sink* {
      auto* host = static_cast<MemoryHost*>(self);
      std::string key = name ? name : "";
      if (host->fail_writes) return nullptr;
      host->outputs[key].clear();
      host->order.push_back(key);
      return reinterpret_cast<cvport_sink*>(&host->outputs[key]);
    };
    host_.write = [](void* self, cvport_sink* sink, const void* data, size_t size) {
      auto* host = static_cast<MemoryHost*>(self);
      if (host->fail_writes) return CVPORT_SINK_FAILED;
      reinterpret_cast<std::string*>(sink)->append(static_cast<const char*>(data), size);
      return CVPORT_OK;
    };
    host_.report = [](void* self, const cvport_diagnostic* d) {
      static_cast<MemoryHost*>(self)->diagnostics.push_back(
          {d->severity, d->code ? d->code : "", d->path ? d->path : "", d->message ? d->message : "",
           d->struct_size >= offsetof(cvport_diagnostic, column) + sizeof d->column ? d->line : 0u,
           d->struct_size >= offsetof(cvport_diagnostic, column) + sizeof d->column ? d->column : 0u});
    };
  }
  MemoryHost(const MemoryHost&) = delete;
  MemoryHost& operator=(const MemoryHost&) = delete;

  const cvport_host* host() const { return &host_; }

  // Runs `writer` as the SDK would for format `format_id`, with `options` as given.
  void run_export(void (*writer)(sdk::ExportContext&), const Cv& cv, const Json& options = Json::object(),
                  std::string_view format_id = "") {
    sdk::Diagnostics diagnostics(&host_);
    sdk::Output output(&host_);
    sdk::ExportContext context{format_id, cv, options, output, diagnostics};
    writer(context);
  }

  // Runs `reader` as the SDK would on `input`; the origins it records land in `origins`.
  Cv run_import(Cv (*reader)(sdk::ImportContext&), std::string_view input, std::string_view source_name,
                const Json& options = Json::object(), std::string_view format_id = "") {
    sdk::Diagnostics diagnostics(&host_);
    sdk::ImportContext context{format_id, input, source_name, options, diagnostics};
    Cv cv = reader(context);
    origins = context.origins;
    return cv;
  }

  bool has_diagnostic(std::string_view code) const {
    for (const auto& d : diagnostics)
      if (d.code == code) return true;
    return false;
  }

  std::map<std::string, std::string> outputs; // "" = the primary output
  std::vector<std::string> order;             // names in the order they were opened
  std::vector<CapturedDiagnostic> diagnostics;
  Json origins; // of the last run_import
  bool fail_writes = false;

private:
  cvport_host host_{};
};

} // namespace cvport::testing

#endif
