// The "pdf" format: the CV typeset with pango and drawn on a cairo PDF surface.
#ifndef CVPORT_PDF_PDF_WRITER_HPP
#define CVPORT_PDF_PDF_WRITER_HPP

#include "cvport/plugin_context.hpp"

namespace cvport::pdf {

void write_pdf(sdk::ExportContext& context);

} // namespace cvport::pdf

#endif
