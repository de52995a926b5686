// The DOCX exporter: the CV as an Office Open XML WordprocessingML document.
#ifndef CVPORT_DOCX_WRITER_HPP
#define CVPORT_DOCX_WRITER_HPP

#include "cvport/plugin_context.hpp"

namespace cvport::docx {

// Writes the .docx into the primary sink. Deterministic: the same CV and options always give
// the same bytes.
void write_docx(sdk::ExportContext& context);

} // namespace cvport::docx

#endif
