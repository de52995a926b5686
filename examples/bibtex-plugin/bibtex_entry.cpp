// The BibTeX plugin's ABI side: what it offers. The format itself is in bibtex_writer.*.
#include "bibtex_options.hpp"
#include "bibtex_writer.hpp"
#include "cvport/plugin.hpp"

namespace {

cvport::sdk::PluginSpec describe_plugin() {
  return {.id = "biblatex",
          .version = "1.0.0",
          .description = "BibTeX bibliography of the CV: an example plugin built out of tree against the cvport SDK.",
          .formats = {{.id = "biblatex",
                       .name = "BibLaTeX",
                       .description = "Publications, software and talks as a .bib file for BibTeX, biber, pandoc, "
                                      "Zotero, JabRef and ORCID's BibTeX import.",
                       .extensions = {".bib"},
                       .mime_types = {"application/x-bibtex"},
                       .capabilities = CVPORT_CAP_THREAD_SAFE, // no state outside the call
                       .options_schema = bibtex::options_schema(),
                       .help_url = "docs/plugin-guide.md",
                       .default_output_name = "cv.bib",
                       .export_cv = &bibtex::write_bibtex}}};
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
