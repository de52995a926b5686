// The ABI side of the ORCID plugin: what the host sees of it.
#include "cvport/plugin.hpp"
#include "options.hpp"
#include "orcid_reader.hpp"
#include "orcid_writer.hpp"

static cvport::sdk::PluginSpec describe_plugin() {
  return {.id = "orcid",
          .version = "1.0.0",
          .description = "ORCID API 3.0 XML: a bundle of works, affiliations and person items with a "
                         "manifest for a sync client (export), and records read back (import)",
          .formats = {{.id = "orcid",
                       .name = "ORCID API 3.0 bundle",
                       .description = "A folder of ORCID member-API request bodies (bulk works, "
                                      "one file per affiliation) and manifest.json",
                       .mime_types = {"application/vnd.orcid+xml"},
                       // No state outside the call: writers build their own documents; the schema
                       // and vocabularies are immutable statics initialised once (thread-safe).
                       .capabilities = CVPORT_CAP_MULTI_FILE | CVPORT_CAP_THREAD_SAFE,
                       .options_schema = cvport::orcid::options_schema(),
                       .default_output_name = "orcid",
                       .export_cv = cvport::orcid::write_orcid},
                      // A second format, not the bundle's import side: the bundle is a folder of
                      // request bodies, a record one document that the API returns.
                      {.id = "orcid-record",
                       .name = "ORCID API 3.0 record",
                       .description = "An ORCID record as the API returns it (XML or JSON 3.0: /record, /works, "
                                      "/employments, /fundings, /peer-reviews, one work ...), imported",
                       .mime_types = {"application/vnd.orcid+xml", "application/vnd.orcid+json"},
                       .capabilities = CVPORT_CAP_THREAD_SAFE, // each call reads its own document
                       .help_url = "https://github.com/ORCID/orcid-model/tree/master/src/main/resources/record_3.0",
                       .default_output_name = "record.xml",
                       .import_cv = cvport::orcid::read_orcid,
                       .detect = cvport::orcid::detect_orcid}}};
}

CVPORT_PLUGIN(describe_plugin)
