// Builds a SourceTree from a parsed JSON document, for the JSON that the YAML parser cannot read
// (see parse_document in source_loader.cpp). The tree has no positions.
#ifndef CVPORT_SRC_JSON_TREE_HPP
#define CVPORT_SRC_JSON_TREE_HPP

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "source_tree.hpp"

namespace cvport {

// `json` must be no deeper than the depth limit already checked on its text: this recurses.
// Keys come in nlohmann's order (sorted), a repeated key once: the JSON parser keeps the last.
SourceTree tree_from_json(const nlohmann::json& json);

// Any JSON text as a tree in document order, without positions (each node is at line 1, column =
// its rank in the text), read in one pass by simdjson: strings quoted, numbers and booleans plain
// with their own text, repeated keys kept. Nothing for text that is not JSON, or is one scalar.
// Unescaped control characters inside strings are not checked (simdjson accepts them); an
// integer beyond 64 bits, valid JSON, gives nothing too (simdjson 3.0 cannot read it).
std::optional<SourceTree> json_source_tree(std::string_view text);

// The tree the YAML parser builds from `text`, without real positions: json_source_tree, instead
// of a DOM and the YAML parse. Only for valid JSON whose YAML reading is known to be the same:
// spaces and line breaks only, and none between a key and its colon; keys under 1,000 bytes
// (libyaml's simple keys go stale across lines and after 1,024 characters); no "\/" or surrogate
// escape (libyaml 0.2.5 refuses them); no control character inside a string (not JSON); no
// stand-in character (yaml_refused_characters.hpp). For any other text: nothing, and the caller
// reads it as before. The canonical JSON that importers built with the SDK hand the host is
// such text.
std::optional<SourceTree> compact_json_tree(std::string_view text);

} // namespace cvport

#endif
