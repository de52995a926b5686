// Builds a SourceTree from YAML text with libyaml's event parser.
#ifndef CVPORT_SRC_YAML_TREE_HPP
#define CVPORT_SRC_YAML_TREE_HPP

#include <optional>
#include <string>
#include <string_view>

#include "source_tree.hpp"

namespace cvport {

// Why the text could not be read, and where (1-based; 0 when unknown).
struct YamlProblem {
  std::string code;    // source.syntax or source.too-deep
  std::string message; // e.g. "invalid YAML: mapping values are not allowed in this context"
  int line = 0;
  int column = 0;
};

struct YamlTree {
  SourceTree tree;
  std::optional<YamlProblem> problem; // when set, `tree` must not be used
};

// Reads the first document of `text` (valid UTF-8, without a byte order mark); a stream of
// several documents is read as its first, as yaml-cpp's YAML::Load did, and the text after it is
// not looked at. Mappings and lists nested deeper than `max_depth` are an error at the first
// one past the limit, found while reading, so no input can make anything recurse deeply.
YamlTree parse_yaml_tree(std::string_view text, int max_depth);

} // namespace cvport

#endif
