// The ABI side of the ORCID plugin: what the host sees of it.
#include "cvport/plugin.hpp"
#include "options.hpp"
#include "orcid_writer.hpp"

static cvport::sdk::PluginSpec describe_plugin() {
  return {.id = "orcid",
          .version = "1.0.0",
          .description = "ORCID API 3.0 XML bundle: works, affiliations and person items, with a "
                         "manifest for a sync client",
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
                       .export_cv = cvport::orcid::write_orcid}}};
}

CVPORT_PLUGIN(describe_plugin)
