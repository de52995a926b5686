// Parsing the import input: a syntax error is reported with its line and column (counted in
// characters, 1-based: cvport/line_index.hpp) and what the parser expected; a member given twice
// in one object, which JSON parsers silently resolve to the last value, is reported with its path.
#ifndef CVPORT_JSONRESUME_JSON_DOCUMENT_HPP
#define CVPORT_JSONRESUME_JSON_DOCUMENT_HPP

#include <optional>
#include <vector>
#include <string_view>

#include "cvport/line_index.hpp"
#include "cvport/model_json.hpp"
#include "cvport/plugin_context.hpp"

namespace cvport::jsonresume {

// The parsed document, or nothing after reporting the syntax error.
std::optional<Json> parse_document(std::string_view text, sdk::Diagnostics& diagnostics);

// `text` with each \uXXXX escape of a lone UTF-16 surrogate (a high one not followed by a low
// one, or a low one alone: "\ud83d", half an emoji cut by a tool) replaced by "\ufffd", which
// has the same length, so that every position stays; the offsets of those replaced in
// `replaced`; nothing when there is none. JSON's grammar allows them, but they are no character
// and nlohmann refuses them.
std::optional<std::string> with_lone_surrogates_replaced(std::string_view text, std::vector<size_t>* replaced = nullptr);

} // namespace cvport::jsonresume

#endif
