#include "json_tree.hpp"

#include <vector>

namespace cvport {

namespace {

SourceTree::Index add(SourceTree& tree, const nlohmann::json& json) {
  if (json.is_object() || json.is_array()) {
    std::vector<SourceTree::Index> children;
    if (json.is_object()) {
      for (const auto& [key, value] : json.items()) {
        children.push_back(tree.add_scalar(key, 0, 0));
        children.push_back(add(tree, value));
      }
    } else {
      for (const auto& value : json) children.push_back(add(tree, value));
    }
    return tree.add_collection(json.is_object() ? SourceKind::map : SourceKind::sequence, children, 0, 0);
  }
  if (json.is_null()) return tree.add_null(0, 0);
  if (json.is_string()) return tree.add_scalar(json.get<std::string>(), 0, 0);
  // Numbers and booleans as their JSON text, which is what a YAML parser would have seen.
  return tree.add_scalar(json.dump(), 0, 0, true);
}

} // namespace

SourceTree tree_from_json(const nlohmann::json& json) {
  SourceTree tree;
  tree.set_root(add(tree, json));
  return tree;
}

} // namespace cvport
