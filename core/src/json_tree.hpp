// Builds a SourceTree from a parsed JSON document, for the JSON that the YAML parser cannot read
// (see parse_document in source_loader.cpp). The tree has no positions.
#ifndef CVPORT_SRC_JSON_TREE_HPP
#define CVPORT_SRC_JSON_TREE_HPP

#include <nlohmann/json.hpp>

#include "source_tree.hpp"

namespace cvport {

// `json` must be no deeper than the depth limit already checked on its text: this recurses.
// Keys come in nlohmann's order (sorted), a repeated key once: the JSON parser keeps the last.
SourceTree tree_from_json(const nlohmann::json& json);

} // namespace cvport

#endif
