// The PDF's document information: title, author, subject, keywords, creator, and dates that
// make two runs on the same input give the same bytes (SOURCE_DATE_EPOCH, else a fixed date).
#ifndef CVPORT_PDF_DOCUMENT_METADATA_HPP
#define CVPORT_PDF_DOCUMENT_METADATA_HPP

#include <string>

#include <cairo.h>

#include "cvport/model.hpp"

namespace cvport::pdf {

// "2024-03-01T12:00:00Z" from SOURCE_DATE_EPOCH (seconds since 1970, UTC) when it holds a
// number, else 2000-01-01T00:00:00Z: a PDF must not depend on the moment it was made.
std::string creation_date(const char* source_date_epoch);

void set_document_metadata(cairo_surface_t* surface, const Cv& cv);

} // namespace cvport::pdf

#endif
