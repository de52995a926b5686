/*
 * A cvport plugin in plain C: the "outline" format, the whole CV as indented plain text.
 *
 * Everything a plugin is fits in this file: a static descriptor that lists the formats, the
 * exported entry function that returns it, and an export function that receives the model as
 * canonical JSON, writes into a host sink and reports problems through the host. No C++ and no
 * cvport library are involved: the ABI is cvport_plugin.h alone (the CMake target cvport::abi).
 */
#include "cvport/cvport_plugin.h"
#include "json_scan.h"
#include "outline_writer.h"

static cvport_status export_outline(const cvport_export_request *request, const cvport_host *host) {
  /* The host has checked the options against the schema below and filled in the default, so
   * "indent" is an integer from 1 to 8. */
  long indent = json_object_integer(request->options_json, request->options_json_size, "indent", 2);
  /* A single-file format writes to the primary output, named "" (or NULL). */
  cvport_sink *sink = host->open_sink(host->context, "");
  if (!sink) return CVPORT_SINK_FAILED;
  return write_outline(host, sink, request->model_json, request->model_json_size, (int)indent);
}

static const char *const extensions[] = {".txt", NULL};
static const char *const mime_types[] = {"text/plain", NULL};

static const cvport_format outline_format = {
    sizeof(cvport_format),
    "outline",            /* id: what --to names */
    "Plain-text outline", /* name */
    "The whole CV as indented plain text, one field a line (an example plugin written in C)",
    extensions,
    mime_types,
    CVPORT_CAP_EXPORT | CVPORT_CAP_THREAD_SAFE, /* no state outside the call */
    "{\"type\":\"object\",\"properties\":{\"indent\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":8,"
    "\"default\":2,\"description\":\"Spaces per level\"}},\"additionalProperties\":false}",
    "docs/plugin-guide.md", /* help_url */
    "cv.txt",               /* default_output_name */
    export_outline,         /* export_cv */
    NULL,                   /* import_cv: export only */
    NULL,                   /* detect */
};

static const cvport_format *const formats[] = {&outline_format};

static const cvport_plugin_descriptor descriptor = {
    sizeof(cvport_plugin_descriptor),
    CVPORT_ABI_MAJOR,
    CVPORT_ABI_MINOR,
    "outline", /* plugin id */
    "1.0.0",   /* plugin version */
    "Plain-text outline of the CV: an example plugin in C",
    1,
    formats,
};

/* The entry of ABI 1.1, named after the plugin: cvport_plugin_entry_outline. cvport passes its
 * own versions (ABI, package, model); this plugin needs none of them, since the host refuses a
 * plugin built for a newer ABI and the JSON reader takes what it knows of the model. */
CVPORT_PLUGIN_EXPORT const cvport_plugin_descriptor *CVPORT_PLUGIN_ENTRY_SYMBOL(outline)(const cvport_host_info *host) {
  (void)host;
  return &descriptor;
}
