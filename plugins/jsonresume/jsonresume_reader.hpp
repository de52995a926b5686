// The JSON Resume importer: any JSON Resume document (the current schema or the older member
// names) to the model, and a file cvport wrote back to exactly the model it came from.
#ifndef CVPORT_JSONRESUME_READER_HPP
#define CVPORT_JSONRESUME_READER_HPP

#include <string_view>

#include "cvport/plugin_context.hpp"

namespace cvport::jsonresume {

// Reports every problem through context.diagnostics, with paths in the input's terms
// ("work[2].startDate"); syntax errors carry their line and column.
Cv read_jsonresume(sdk::ImportContext& context);

// A JSON object with a "basics" member, or a "$schema" naming JSON Resume, and no "person"
// (which would make it a cvport source file).
bool detect_jsonresume(std::string_view input);

} // namespace cvport::jsonresume

#endif
