// The parsed form of a source document (YAML or JSON): nulls, scalars, mappings and lists, each
// with its 1-based line and column. Nodes live in one arena and refer to their children by
// index, so a YAML alias is one more reference to the node it names, never a copy: an "alias
// bomb" costs as much memory as its text.
#ifndef CVPORT_SRC_SOURCE_TREE_HPP
#define CVPORT_SRC_SOURCE_TREE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cvport {

enum class SourceKind : uint8_t { null, scalar, map, sequence };

class SourceNode;

class SourceTree {
public:
  using Index = uint32_t;

  SourceTree();

  // Building, children first: a collection is added once its children are all known. Line and
  // column 0 mean "no position" (a tree made from JSON that the YAML parser could not read).
  Index add_null(int line, int column);
  // `plain`: written without quotes, so a YAML reader may take it for a number or a boolean.
  Index add_scalar(std::string text, int line, int column, bool plain = false);
  // `children` are item indices for a sequence, key, value, key, value, ... for a map.
  Index add_collection(SourceKind kind, const std::vector<Index>& children, int line, int column);
  void set_root(Index root) { root_ = root; }

  // The document's top node; until set_root, a null without position (an empty document).
  SourceNode root() const;
  size_t node_count() const { return nodes_.size(); }

private:
  friend class SourceNode;
  struct Node {
    SourceKind kind;
    bool plain; // scalars only: see add_scalar
    int line;
    int column;
    std::string text;  // scalars only
    uint32_t first;    // collections: where the children start in links_
    uint32_t size;     // collections: items, or key-value entries
  };
  std::vector<Node> nodes_;
  std::vector<Index> links_;
  Index root_ = 0;
};

// A cheap handle to one node of a tree (which must outlive it).
class SourceNode {
public:
  SourceNode(const SourceTree& tree, SourceTree::Index index) : tree_(&tree), index_(index) {}

  SourceKind kind() const { return node().kind; }
  bool is_null() const { return kind() == SourceKind::null; }
  bool is_scalar() const { return kind() == SourceKind::scalar; }
  bool is_map() const { return kind() == SourceKind::map; }
  bool is_sequence() const { return kind() == SourceKind::sequence; }

  const std::string& scalar() const { return node().text; }
  bool is_plain() const { return node().plain; }
  bool has_position() const { return node().line > 0; }
  int line() const { return node().line; }
  int column() const { return node().column; }

  // Sequences: the number of items; maps: the number of entries; otherwise 0.
  size_t size() const { return is_map() || is_sequence() ? node().size : 0; }
  SourceNode item(size_t i) const { return child(i); }
  SourceNode key(size_t i) const { return child(2 * i); }
  SourceNode value(size_t i) const { return child(2 * i + 1); }
  // The value of the first entry whose key is the scalar `name`.
  std::optional<SourceNode> find(std::string_view name) const;

private:
  const SourceTree::Node& node() const { return tree_->nodes_[index_]; }
  SourceNode child(size_t i) const { return {*tree_, tree_->links_[node().first + i]}; }

  const SourceTree* tree_;
  SourceTree::Index index_;
};

} // namespace cvport

#endif
