#include "builtin_formats.hpp"

#include <string>

#include "cvport/model_json.hpp"

namespace cvport {

namespace {

// The host hands every export the canonical JSON without indentation; this format writes it
// indented, as docs/model.md specifies the canonical file (keys keep their order).
cvport_status export_canonical_json(const cvport_export_request* request, const cvport_host* host) {
  std::string text;
  try {
    text = Json::parse(request->model_json, request->model_json + request->model_json_size)
               .dump(2, ' ', false, Json::error_handler_t::replace) +
           "\n";
  } catch (const std::exception&) {
    return CVPORT_ERROR; // the host built this JSON itself; unreachable unless memory runs out
  }
  cvport_sink* sink = host->open_sink(host->context, "");
  if (!sink) return CVPORT_SINK_FAILED;
  return host->write(host->context, sink, text.data(), text.size());
}

const char* const json_extensions[] = {".cvport.json", nullptr};
const char* const json_mime_types[] = {"application/json", nullptr};

const cvport_format canonical_json_format = {
    sizeof(cvport_format),
    "cvport-json",
    "cvport canonical JSON",
    "The model as cvport reads and plugins receive it (model version 1.0); also a valid source file",
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

const cvport_format* const formats[] = {&canonical_json_format};

const cvport_plugin_descriptor descriptor = {
    sizeof(cvport_plugin_descriptor), CVPORT_ABI_MAJOR, CVPORT_ABI_MINOR, "cvport", "1.0.0",
    "Formats built into cvport", 1, formats,
};

} // namespace

const cvport_plugin_descriptor* builtin_plugin_descriptor() { return &descriptor; }

} // namespace cvport
