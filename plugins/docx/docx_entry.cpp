// The plugin's entry: describes the "docx" format to the host. The format itself lives in
// docx_writer and the files it uses.
#include "cvport/plugin.hpp"
#include "docx_options.hpp"
#include "docx_writer.hpp"

namespace {

cvport::sdk::PluginSpec describe_plugin() {
  return {
      .id = "docx",
      .version = "1.0.0",
      .description = "Microsoft Word documents (Office Open XML) with named styles",
      .formats = {{
          .id = "docx",
          .name = "Word document (DOCX)",
          .description = "A Word document of the CV, laid out as an academic CV, with a named "
                         "style for each CV element (based on Word's Heading styles) and real "
                         "lists and hyperlinks",
          .extensions = {".docx"},
          .mime_types = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
          .capabilities = CVPORT_CAP_BINARY | CVPORT_CAP_THREAD_SAFE,
          .options_schema = cvport::docx::docx_options_schema(),
          .help_url = "docs/formats/docx.md",
          .default_output_name = "cv.docx",
          .export_cv = cvport::docx::write_docx,
      }},
  };
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
