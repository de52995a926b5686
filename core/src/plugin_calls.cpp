#include "cvport/plugin_calls.hpp"

#include <algorithm>
#include <cstring>
#include <memory>

namespace cvport {

namespace {

// The state behind one call's cvport_host.
struct CallContext {
  const LoadedFormat& format;
  std::string file;
  FormatOutput& output;
  DiagnosticList& diagnostics;
  // Sinks are indexes into output.files, handed out as opaque pointers.
  std::vector<std::unique_ptr<size_t>> sinks;
  bool importing = false; // an import may also write CVPORT_IMPORT_ORIGINS_SINK

  void report(Severity severity, std::string code, std::string path, std::string message) {
    diagnostics.add({severity, std::move(code), file, 0, 0, std::move(path), std::move(message), ""});
  }
};

// Host callbacks run inside plugin frames, which may be C (built without unwind tables) or
// another compiler's C++: no exception may leave them. One that escapes a callback's body (out of
// memory, a size beyond what a string holds) becomes the callback's failure value, and an error
// diagnostic when reporting it still works. Then the plugin sees a failed call, not an unwind.
void report_callback_failure(void* context, const char* callback, const char* what) noexcept {
  try {
    static_cast<CallContext*>(context)->report(Severity::error, "host.callback-failed", "",
                                               std::string("the host failed in ") + callback + ": " + what);
  } catch (...) {
    // Out of memory even for the message: the failure value alone tells the plugin.
  }
}

template <class Result, class Body>
Result without_unwinding(void* context, const char* callback, Result failure, Body&& body) noexcept {
  try {
    return body(static_cast<CallContext*>(context));
  } catch (const std::exception& error) {
    report_callback_failure(context, callback, error.what());
  } catch (...) {
    report_callback_failure(context, callback, "an unknown exception");
  }
  return failure;
}

cvport_sink* open_sink(CallContext* call, const char* name) {
  std::string relative = name ? name : "";
  if (relative.empty() && call->format.is_multi_file()) {
    call->report(Severity::error, "host.sink-refused", "",
                 "format \"" + call->format.id + "\" writes a folder: every output needs a name");
    return nullptr;
  }
  bool origins = call->importing && relative == CVPORT_IMPORT_ORIGINS_SINK;
  if (!relative.empty() && !call->format.is_multi_file() && !origins) {
    call->report(Severity::error, "host.sink-refused", "",
                 "format \"" + call->format.id + "\" is single-file but asked for a second output \"" + relative + "\"");
    return nullptr;
  }
  if (!relative.empty() && !is_safe_output_name(relative)) {
    call->report(Severity::error, "host.sink-refused", "", "the plugin asked for an unsafe output name \"" + relative + "\"");
    return nullptr;
  }
  for (const auto& [existing, _] : call->output.files) {
    if (existing == relative) {
      call->report(Severity::error, "host.sink-refused", "", "the plugin opened the output \"" + relative + "\" twice");
      return nullptr;
    }
  }
  call->output.files.emplace_back(relative, std::string());
  call->sinks.push_back(std::make_unique<size_t>(call->output.files.size() - 1));
  return reinterpret_cast<cvport_sink*>(call->sinks.back().get());
}

cvport_status write(CallContext* call, cvport_sink* sink, const void* data, size_t size) {
  if (!sink || (size && !data)) return CVPORT_SINK_FAILED;
  size_t index = *reinterpret_cast<size_t*>(sink);
  if (index >= call->output.files.size()) return CVPORT_SINK_FAILED;
  call->output.files[index].second.append(static_cast<const char*>(data), size);
  return CVPORT_OK;
}

void report(CallContext* call, const cvport_diagnostic* raw) {
  if (!raw) return;
  cvport_diagnostic d{};
  std::memcpy(&d, raw, std::min<size_t>(raw->struct_size, sizeof d));
  Severity severity = d.severity == CVPORT_SEVERITY_ERROR     ? Severity::error
                      : d.severity == CVPORT_SEVERITY_WARNING ? Severity::warning
                                                              : Severity::note;
  Diagnostic diagnostic{severity, d.code ? d.code : call->format.id + ".unknown", call->file,
                        int(d.line), int(d.column), d.path ? d.path : "", d.message ? d.message : "", ""};
  call->diagnostics.add(std::move(diagnostic));
}

cvport_sink* host_open_sink(void* context, const char* name) noexcept {
  return without_unwinding(context, "open_sink", static_cast<cvport_sink*>(nullptr),
                           [&](CallContext* call) { return open_sink(call, name); });
}

cvport_status host_write(void* context, cvport_sink* sink, const void* data, size_t size) noexcept {
  return without_unwinding(context, "write", cvport_status(CVPORT_SINK_FAILED),
                           [&](CallContext* call) { return write(call, sink, data, size); });
}

void host_report(void* context, const cvport_diagnostic* diagnostic) noexcept {
  without_unwinding(context, "report", 0, [&](CallContext* call) {
    report(call, diagnostic);
    return 0;
  });
}

cvport_host make_host(CallContext& call) {
  cvport_host host{};
  host.struct_size = sizeof host;
  host.context = &call;
  host.open_sink = host_open_sink;
  host.write = host_write;
  host.report = host_report;
  return host;
}

std::string status_text(cvport_status status) {
  switch (status) {
  case CVPORT_OK: return "ok";
  case CVPORT_ERROR: return "the plugin reported an error";
  case CVPORT_INVALID_INPUT: return "the input is not valid";
  case CVPORT_SINK_FAILED: return "writing the output failed";
  case CVPORT_UNSUPPORTED: return "the plugin does not support this operation";
  default: break;
  }
  return "the plugin returned an unknown status " + std::to_string(int(status));
}

// Calls into plugin code. A C++ exception crossing the C ABI is a plugin bug; it is caught
// here so one bad plugin cannot take the host down.
// A format that does not declare CVPORT_CAP_THREAD_SAFE is called by one thread at a time.
template <class Call> cvport_status guarded_call(CallContext& context, Call&& call) {
  std::unique_lock<std::mutex> lock(context.format.call_mutex, std::defer_lock);
  if (!(context.format.capabilities & CVPORT_CAP_THREAD_SAFE)) lock.lock();
  try {
    return call();
  } catch (const std::exception& error) {
    context.report(Severity::error, "host.plugin-threw", "",
                   "plugin \"" + context.format.plugin->id + "\" threw an exception across the ABI: " + error.what());
  } catch (...) {
    context.report(Severity::error, "host.plugin-threw", "",
                   "plugin \"" + context.format.plugin->id + "\" threw an exception across the ABI");
  }
  return CVPORT_ERROR;
}

} // namespace

bool is_safe_output_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.size() > 255) return false;
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    std::string_view part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    for (char c : part)
      if (c == '\\' || c == '\0' || static_cast<unsigned char>(c) < 0x20) return false;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return true;
}

bool call_export(const LoadedFormat& format, const std::string& model_json, const nlohmann::json& options,
                 const std::string& file, FormatOutput& output, DiagnosticList& diagnostics) {
  output.files.clear();
  CallContext context{format, file, output, diagnostics, {}};
  cvport_host host = make_host(context);
  std::string options_json = options.dump();
  cvport_export_request request{};
  request.struct_size = sizeof request;
  request.format_id = format.id.c_str();
  request.model_json = model_json.data();
  request.model_json_size = model_json.size();
  request.options_json = options_json.c_str();
  request.options_json_size = options_json.size();
  cvport_status status = guarded_call(context, [&] { return format.entry->export_cv(&request, &host); });
  if (status == CVPORT_OK && output.files.empty()) {
    context.report(Severity::error, "host.no-output", "", "format \"" + format.id + "\" wrote nothing");
    return false;
  }
  if (status != CVPORT_OK) {
    context.report(Severity::error, "host.export-failed", "",
                   "format \"" + format.id + "\" failed: " + status_text(status));
    return false;
  }
  return true;
}

bool call_import(const LoadedFormat& format, std::string_view input, const std::string& source_name,
                 const nlohmann::json& options, ImportOutput& imported, DiagnosticList& diagnostics,
                 const CommandInputs& command) {
  FormatOutput output;
  CallContext context{format, source_name, output, diagnostics, {}, true};
  cvport_host host = make_host(context);
  std::string options_json = options.dump();
  cvport_import_request request{};
  request.struct_size = sizeof request;
  request.format_id = format.id.c_str();
  request.input = input.data();
  request.input_size = input.size();
  request.source_name = source_name.c_str();
  request.options_json = options_json.c_str();
  request.options_json_size = options_json.size();
  // The C view of the earlier inputs: one struct each, an array of pointers. Their bytes and names
  // are not copied: a command of N inputs hands N(N-1)/2 earlier inputs in all.
  std::vector<cvport_import_input> earlier(command.earlier.size());
  std::vector<const cvport_import_input*> earlier_pointers;
  earlier_pointers.reserve(command.earlier.size());
  for (size_t i = 0; i < command.earlier.size(); ++i) {
    earlier[i].struct_size = sizeof earlier[i];
    earlier[i].input = command.earlier[i].text.data();
    earlier[i].input_size = command.earlier[i].text.size();
    earlier[i].source_name = command.earlier[i].name;
    earlier_pointers.push_back(&earlier[i]);
  }
  request.earlier_input_count = earlier_pointers.size();
  request.earlier_inputs = earlier_pointers.empty() ? nullptr : earlier_pointers.data();
  request.later_input_count = command.later_count;
  cvport_status status = guarded_call(context, [&] { return format.entry->import_cv(&request, &host); });
  if (status != CVPORT_OK) {
    if (!diagnostics.has_errors())
      context.report(Severity::error, "host.import-failed", "", "format \"" + format.id + "\" failed: " + status_text(status));
    return false;
  }
  if (output.files.empty() || output.files.front().first != "") {
    context.report(Severity::error, "host.no-output", "", "importer \"" + format.id + "\" produced no model");
    return false;
  }
  imported.model_json = std::move(output.files.front().second);
  for (auto& [name, bytes] : output.files)
    if (name == CVPORT_IMPORT_ORIGINS_SINK) imported.origins_json = std::move(bytes);
  return true;
}

bool call_detect(const LoadedFormat& format, std::string_view input) {
  if (!format.entry || !format.entry->detect) return false;
  // The same promise as for export and import: a format that does not declare itself
  // thread-safe is never entered by two threads at once (a batch detects inputs in parallel).
  std::unique_lock<std::mutex> lock(format.call_mutex, std::defer_lock);
  if (!(format.capabilities & CVPORT_CAP_THREAD_SAFE)) lock.lock();
  try {
    return format.entry->detect(format.id.c_str(), input.data(), input.size()) != 0;
  } catch (...) {
    return false;
  }
}

} // namespace cvport
