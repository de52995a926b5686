// What a plugin's own code receives and throws: the export context, the diagnostics reporter, the
// output sinks and the SDK's exceptions. A plugin's writer and reader files include this; only the
// file that registers the plugin with CVPORT_PLUGIN includes cvport/plugin.hpp, which adds the
// registration and the model's JSON reader: nlohmann/json and the SAX reader more than double
// the compile time of a unit that needs neither (docs/performance.md, "Build and CI time"). An
// importer's code that fills the context includes cvport/import_context.hpp.
#ifndef CVPORT_PLUGIN_CONTEXT_HPP
#define CVPORT_PLUGIN_CONTEXT_HPP

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "cvport/cvport_plugin.h"
#include "cvport/json_fwd.hpp"
#include "cvport/model.hpp"

namespace cvport::sdk {

// Raised by a plugin to stop with an error; `code` is a stable diagnostic code.
class Error : public std::runtime_error {
public:
  Error(std::string code, std::string path, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)), path_(std::move(path)) {}
  const std::string& code() const { return code_; }
  const std::string& path() const { return path_; }

private:
  std::string code_;
  std::string path_;
};

// Thrown when a host sink refuses bytes (disk full, ...): the export stops.
class SinkFailed : public std::runtime_error {
public:
  SinkFailed() : std::runtime_error("the host refused to write the output") {}
};

class Diagnostics {
public:
  explicit Diagnostics(const cvport_host* host) : host_(host) {}

  void report(cvport_severity severity, std::string_view code, std::string_view path,
              std::string_view message, uint32_t line = 0, uint32_t column = 0) {
    if (severity == CVPORT_SEVERITY_ERROR) ++errors_;
    std::string code_text(code), path_text(path), message_text(message);
    cvport_diagnostic diagnostic{};
    diagnostic.struct_size = sizeof diagnostic;
    diagnostic.severity = severity;
    diagnostic.code = code_text.c_str();
    diagnostic.path = path_text.empty() ? nullptr : path_text.c_str();
    diagnostic.message = message_text.c_str();
    diagnostic.line = line;
    diagnostic.column = column;
    if (host_ && host_->report) host_->report(host_->context, &diagnostic);
  }
  void note(std::string_view code, std::string_view path, std::string_view message) {
    report(CVPORT_SEVERITY_NOTE, code, path, message);
  }
  void warning(std::string_view code, std::string_view path, std::string_view message) {
    report(CVPORT_SEVERITY_WARNING, code, path, message);
  }
  void error(std::string_view code, std::string_view path, std::string_view message,
             uint32_t line = 0, uint32_t column = 0) {
    report(CVPORT_SEVERITY_ERROR, code, path, message, line, column);
  }
  int error_count() const { return errors_; }

private:
  const cvport_host* host_;
  int errors_ = 0;
};

// One output file, owned by the host.
class Sink {
public:
  Sink(const cvport_host* host, cvport_sink* sink) : host_(host), sink_(sink) {}
  void write(std::string_view bytes) {
    if (bytes.empty()) return;
    if (host_->write(host_->context, sink_, bytes.data(), bytes.size()) != CVPORT_OK)
      throw SinkFailed();
  }

private:
  const cvport_host* host_;
  cvport_sink* sink_;
};

class Output {
public:
  explicit Output(const cvport_host* host) : host_(host) {}
  // The one output of a single-file format (a multi-file format names each file with open()).
  Sink primary() { return open(""); }
  // Another file of a multi-file format, relative to the output folder: "works/bulk-1.xml".
  Sink open(std::string_view name) {
    std::string name_text(name);
    cvport_sink* sink = host_->open_sink(host_->context, name_text.c_str());
    if (!sink) throw Error("sdk.sink-refused", "", "the host refused the output name \"" + name_text + "\"");
    return Sink(host_, sink);
  }

private:
  const cvport_host* host_;
};

struct ExportContext {
  std::string_view format_id;
  const Cv& cv;
  const Json& options; // checked against the format's options schema, defaults filled in
  Output& output;
  Diagnostics& diagnostics;
};

// Defined in cvport/import_context.hpp: it holds a JSON value, so its definition needs all of
// nlohmann/json. An importer's header declares its function with this alone.
struct ImportContext;

} // namespace cvport::sdk

#endif // CVPORT_PLUGIN_CONTEXT_HPP
