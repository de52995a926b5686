// Parsing the import input: a syntax error is reported with its line and column (counted in
// characters, 1-based: cvport/line_index.hpp) and what the parser expected; a member given twice
// in one object, which JSON parsers silently resolve to the last value, is reported with its path.
#ifndef CVPORT_JSONRESUME_JSON_DOCUMENT_HPP
#define CVPORT_JSONRESUME_JSON_DOCUMENT_HPP

#include <optional>
#include <string_view>

#include "cvport/line_index.hpp"
#include "cvport/model_json.hpp"
#include "cvport/plugin_context.hpp"

namespace cvport::jsonresume {

// The parsed document, or nothing after reporting the syntax error.
std::optional<Json> parse_document(std::string_view text, sdk::Diagnostics& diagnostics);

} // namespace cvport::jsonresume

#endif
