// The bibtex plugin: one format, "bibtex", that imports and detects BibTeX and BibLaTeX
// databases (.bib). Export stays with the SDK's example plugin for now. The format itself lives
// in bibtex_reader.cpp; this file only describes it to the host.
#include "bibtex_reader.hpp"
#include "cvport/plugin.hpp"

namespace {

cvport::sdk::PluginSpec describe_plugin() {
  return {.id = "bibtex",
          .version = "1.0.0",
          .description = "BibTeX and BibLaTeX (.bib): import and detection",
          .formats = {{.id = "bibtex",
                       .name = "BibTeX",
                       .description = "A BibTeX or BibLaTeX database (papers.bib) read into publications, "
                                      "with LaTeX turned into Unicode",
                       .extensions = {".bib"},
                       .mime_types = {"application/x-bibtex"},
                       // Not thread-safe: libbtparse keeps its lexer and macro table in globals,
                       // so the host must never run two imports at once.
                       .capabilities = 0,
                       .help_url = "https://www.bibtex.com/g/bibtex-format/",
                       .default_output_name = "papers.bib",
                       .import_cv = cvport::bibtex::read_bibtex,
                       .detect = cvport::bibtex::detect_bibtex}}};
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
