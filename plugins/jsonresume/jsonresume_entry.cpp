// The jsonresume plugin: one format, "jsonresume", that exports, imports and detects JSON Resume
// (https://jsonresume.org/schema). The format itself lives in jsonresume_writer.cpp and
// jsonresume_reader.cpp; this file only describes it to the host.
#include "cvport/plugin.hpp"
#include "cvport/sections_option.hpp"
#include "jsonresume_reader.hpp"
#include "jsonresume_writer.hpp"

namespace {

constexpr const char* kOptionsSchema = R"({
  "type": "object",
  "properties": {
    "language": {
      "type": "string",
      "default": "",
      "description": "Import: the language to read from multilingual values ({\"de\": ..., \"en\": ...}), as de or pt-BR (de-AT and de match each other); empty: cvport export's --lang. A value without it is read in the CV's language (x-cvport), else en, else its first. The other languages are kept."
    },
    "extensions": {
      "type": "boolean",
      "default": true,
      "description": "Write cvport's data that JSON Resume has no field for (authors, DOIs, venues, talks, service, ...) into \"x-cvport\" members, so that an import gives back the same CV. false writes a plain resume.json with readable approximations only, and reports what was left out."
    }
  },
  "additionalProperties": false
})";

// The options: the language and extensions above, and the "sections" option every format reads
// alike (cvport/sections_option.hpp); JSON Resume writes the chosen sections in its own order.
std::string options_schema() {
  cvport::Json schema = cvport::Json::parse(kOptionsSchema);
  cvport::Json sections = cvport::sections_option_schema();
  sections["description"] = std::string(cvport::kSectionsOptionDescription) +
                            " JSON Resume writes the chosen sections in the order of its schema.";
  schema["properties"][std::string(cvport::kSectionsOptionName)] = std::move(sections);
  return schema.dump();
}

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
                       .options_schema = options_schema(),
                       .help_url = "https://jsonresume.org/schema",
                       .default_output_name = "resume.json",
                       .export_cv = cvport::jsonresume::write_jsonresume,
                       .import_cv = cvport::jsonresume::read_jsonresume,
                       .detect = cvport::jsonresume::detect_jsonresume}}};
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
