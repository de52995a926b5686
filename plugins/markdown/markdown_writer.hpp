// The Markdown exporter: a CV as a CommonMark document that GFM and pandoc read the same way
// and that passes markdownlint's default rules. docs/formats/markdown.md maps every field.
#ifndef CVPORT_MARKDOWN_WRITER_HPP
#define CVPORT_MARKDOWN_WRITER_HPP

#include "cvport/plugin_context.hpp"

namespace cvport::markdown {

void write_markdown(sdk::ExportContext& context);

} // namespace cvport::markdown

#endif
