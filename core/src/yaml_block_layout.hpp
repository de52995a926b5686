// libyaml's emitter writes a correct block document, but not in the style of cvport's sources
// (examples/baolin-li.yaml): it puts a list under a key at the key's own indentation
// ("key:\n- item") and has no way to write blank lines. This pass re-reads its output with
// libyaml's parser, which knows exactly which lines belong to which node, and
// - indents each such list by two more spaces ("key:\n  - item"), with everything inside it,
//   including the lines of multi-line scalars, so every scalar reads back the same;
// - puts a blank line between top-level sections and between the entries of a top-level list.
#ifndef CVPORT_SRC_YAML_BLOCK_LAYOUT_HPP
#define CVPORT_SRC_YAML_BLOCK_LAYOUT_HPP

#include <string>
#include <string_view>

namespace cvport {

// `emitted` must be one block-style document written by libyaml; throws std::runtime_error if
// it does not parse.
std::string lay_out_like_source(std::string_view emitted);

} // namespace cvport

#endif
