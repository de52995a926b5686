// The Markdown plugin's ABI side: what it offers. The format itself is in markdown_writer.*.
#include "cvport/plugin.hpp"
#include "markdown_options.hpp"
#include "markdown_writer.hpp"

namespace {

cvport::sdk::PluginSpec describe_plugin() {
  return {
      .id = "markdown",
      .version = "1.0.0",
      .description = "Markdown CV: CommonMark that GitHub and pandoc render alike, markdownlint-clean.",
      .formats = {{.id = "markdown",
                   .name = "Markdown",
                   .description = "The CV as CommonMark (GFM-compatible): name, contact line, one section "
                                  "per heading, entries as lists, publications numbered with DOI links.",
                   .extensions = {".md", ".markdown"},
                   .mime_types = {"text/markdown"},
                   // A pure function of the model and options: safe to run for several CVs at once.
                   .capabilities = CVPORT_CAP_THREAD_SAFE,
                   .options_schema = cvport::markdown::options_schema(),
                   .help_url = "docs/formats/markdown.md",
                   .default_output_name = "cv.md",
                   .export_cv = &cvport::markdown::write_markdown}}};
}

} // namespace

CVPORT_PLUGIN(describe_plugin)
