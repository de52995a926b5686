// The fresh plugin: one format, "fresh", that imports and detects FRESH resumes (the format of
// HackMyResume and the fresh-standard tools, https://github.com/fresh-standard/fresh-resume-schema).
// The format itself lives in fresh_reader.cpp; this file only describes it to the host.
#include "cvport/plugin.hpp"
#include "fresh_reader.hpp"

namespace {

cvport::sdk::PluginSpec describe_plugin() {
  return {.id = "fresh",
          .version = "1.0.0",
          .description = "FRESH resumes (HackMyResume's resume.json): import and detection",
          .formats = {{.id = "fresh",
                       .name = "FRESH resume",
                       .description = "the FRESH resume format of HackMyResume and fresh-standard "
                                      "(meta.format \"FRESH@...\"), read into the model; what it has no "
                                      "field for is kept in \"extra\"",
                       .extensions = {".json"},
                       .mime_types = {"application/json"},
                       // No state outside each call: safe to run from several threads at once.
                       .capabilities = CVPORT_CAP_THREAD_SAFE,
                       .help_url = "https://github.com/fresh-standard/fresh-resume-schema",
                       .import_cv = cvport::fresh::read_fresh,
                       .detect = cvport::fresh::detect_fresh}}};
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
