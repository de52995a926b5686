// The FRESH importer: a FRESH resume (the format of HackMyResume and the fresh-standard tools) to
// the model. Every member is read into a model field or kept in an `extra`, with a warning at its
// place in the file; see docs/formats/fresh.md.
#ifndef CVPORT_FRESH_READER_HPP
#define CVPORT_FRESH_READER_HPP

#include <string_view>

#include "cvport/plugin_context.hpp"

namespace cvport::fresh {

// Reports every problem through context.diagnostics, with paths in the FRESH file's terms
// ("employment.history[2].start"); a syntax error carries its line and column.
Cv read_fresh(sdk::ImportContext& context);

// A JSON object that says it is FRESH (meta.format "FRESH@..."), or has FRESH's shapes
// ("employment" or "education" with a "history", "info" or "contact" objects) and neither a
// cvport source's "person" nor JSON Resume's "basics".
bool detect_fresh(std::string_view input);

} // namespace cvport::fresh

#endif
