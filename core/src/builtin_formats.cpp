#include "builtin_formats.hpp"

#include <string>

#include "cvport/installed_files.hpp"
#include "cvport/model_json.hpp"
#include "yaml_source_writer.hpp"

namespace cvport {

namespace {

// Runs `render` on the request's model JSON and writes its text to the primary output.
template <class Render>
cvport_status export_text(const cvport_export_request* request, const cvport_host* host, Render render) {
  std::string text;
  try {
    text = render(std::string_view(request->model_json, request->model_json_size));
  } catch (const std::exception&) {
    return CVPORT_ERROR; // the host built this JSON itself; unreachable unless memory runs out
  }
  cvport_sink* sink = host->open_sink(host->context, "");
  if (!sink) return CVPORT_SINK_FAILED;
  return host->write(host->context, sink, text.data(), text.size());
}

// The host hands every export the canonical JSON without indentation; this format writes it
// indented, as docs/model.md specifies the canonical file (keys keep their order).
cvport_status export_canonical_json(const cvport_export_request* request, const cvport_host* host) {
  return export_text(request, host, [](std::string_view json) {
    return Json::parse(json.begin(), json.end()).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  });
}

// The project publishes no schema URL, so the written file points at the schema installed with
// cvport, found as `cvport init` finds it (an absolute path yaml-language-server reads).
cvport_status export_yaml_source(const cvport_export_request* request, const cvport_host* host) {
  return export_text(request, host,
                     [](std::string_view json) { return write_yaml_source(json, installed_schema_path()); });
}

const char* const json_extensions[] = {".cvport.json", nullptr};
const char* const json_mime_types[] = {"application/json", nullptr};

const cvport_format canonical_json_format = {
    sizeof(cvport_format),
    "cvport-json",
    "cvport canonical JSON",
    "The model as cvport reads and plugins receive it (model version 1.1); also a valid source file",
    json_extensions,
    json_mime_types,
    CVPORT_CAP_EXPORT | CVPORT_CAP_THREAD_SAFE,
    nullptr,
    nullptr,
    "cv.cvport.json",
    export_canonical_json,
    nullptr,
    nullptr,
};

const char* const yaml_extensions[] = {".yaml", ".yml", nullptr};
const char* const yaml_mime_types[] = {"application/yaml", nullptr};

const cvport_format yaml_source_format = {
    sizeof(cvport_format),
    "cvport-yaml",
    "cvport YAML source",
    "The model as an editable cvport source file, in the documented style; reads back to the same model",
    yaml_extensions,
    yaml_mime_types,
    CVPORT_CAP_EXPORT | CVPORT_CAP_THREAD_SAFE,
    nullptr,
    nullptr,
    "cv.yaml",
    export_yaml_source,
    nullptr,
    nullptr,
};

const cvport_format* const formats[] = {&canonical_json_format, &yaml_source_format};

const cvport_plugin_descriptor descriptor = {
    sizeof(cvport_plugin_descriptor), CVPORT_ABI_MAJOR, CVPORT_ABI_MINOR, "cvport", CVPORT_VERSION,
    "Formats built into cvport", 2, formats,
};

} // namespace

const cvport_plugin_descriptor* builtin_plugin_descriptor() { return &descriptor; }

std::optional<std::string> builtin_export_text(const LoadedFormat& format, const Cv& cv) {
  if (!format.entry || format.entry->export_cv != export_yaml_source) return std::nullopt;
  return write_yaml_source(cv, installed_schema_path());
}

} // namespace cvport
