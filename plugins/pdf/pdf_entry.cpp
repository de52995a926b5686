// The plugin's entry: describes the "pdf" format to the host. The format itself lives in
// pdf_writer and the files it uses.
#include "cvport/plugin.hpp"
#include "pdf_options.hpp"
#include "pdf_writer.hpp"

namespace {

cvport::sdk::PluginSpec describe_plugin() {
  return {
      .id = "pdf",
      .version = "1.0.0",
      .description = "PDF documents typeset with pango and drawn with cairo",
      .formats = {{
          .id = "pdf",
          .name = "PDF document",
          .description = "A typeset PDF of the CV with the DOCX format's layout: embedded font "
                         "subsets, clickable links, a bookmark per section, text that extracts in "
                         "reading order",
          .extensions = {".pdf"},
          .mime_types = {"application/pdf"},
          .capabilities = CVPORT_CAP_BINARY,
          .options_schema = cvport::pdf::pdf_options_schema(),
          .help_url = "docs/formats/pdf.md",
          .default_output_name = "cv.pdf",
          .export_cv = cvport::pdf::write_pdf,
      }},
  };
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
