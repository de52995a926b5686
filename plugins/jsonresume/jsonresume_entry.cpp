// The jsonresume plugin: one format, "jsonresume", that exports, imports and detects JSON Resume
// (https://jsonresume.org/schema). The format itself lives in jsonresume_writer.cpp and
// jsonresume_reader.cpp; this file only describes it to the host.
#include "cvport/plugin.hpp"
#include "jsonresume_options.hpp"
#include "jsonresume_reader.hpp"
#include "jsonresume_writer.hpp"

namespace {

cvport::sdk::PluginSpec describe_plugin() {
  return {.id = "jsonresume",
          .version = "1.0.0",
          .description = "JSON Resume (resume.json): export, import and detection",
          .formats = {{.id = "jsonresume",
                       .name = "JSON Resume",
                       .description = "resume.json for the JSON Resume themes and tools, with cvport's "
                                      "academic data in \"x-cvport\" members",
                       .extensions = {".json"},
                       .mime_types = {"application/json"},
                       // No state outside each call: safe to run from several threads at once.
                       .capabilities = CVPORT_CAP_THREAD_SAFE,
                       .options_schema = cvport::sdk::options_schema<cvport::jsonresume::Options>(),
                       .help_url = "https://jsonresume.org/schema",
                       .default_output_name = "resume.json",
                       .export_cv = cvport::jsonresume::write_jsonresume,
                       .import_cv = cvport::jsonresume::read_jsonresume,
                       .detect = cvport::jsonresume::detect_jsonresume}}};
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
