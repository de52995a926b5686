#include "source_tree.hpp"

#include <limits>
#include <stdexcept>

namespace cvport {

SourceTree::SourceTree() { nodes_.push_back({SourceKind::null, false, 0, 0, {}, 0, 0}); }

SourceNode SourceTree::root() const { return {*this, root_}; }

SourceTree::Index SourceTree::add_null(int line, int column) {
  nodes_.push_back({SourceKind::null, false, line, column, {}, 0, 0});
  return Index(nodes_.size() - 1);
}

SourceTree::Index SourceTree::add_scalar(std::string text, int line, int column, bool plain) {
  nodes_.push_back({SourceKind::scalar, plain, line, column, std::move(text), 0, 0});
  return Index(nodes_.size() - 1);
}

SourceTree::Index SourceTree::add_collection(SourceKind kind, const std::vector<Index>& children, int line,
                                             int column) {
  // Inputs are at most a few MiB, so 32-bit indices cannot overflow; say so if they ever would.
  if (links_.size() + children.size() > std::numeric_limits<Index>::max())
    throw std::length_error("source document too large");
  uint32_t size = uint32_t(kind == SourceKind::map ? children.size() / 2 : children.size());
  nodes_.push_back({kind, false, line, column, {}, uint32_t(links_.size()), size});
  links_.insert(links_.end(), children.begin(), children.end());
  return Index(nodes_.size() - 1);
}

std::optional<SourceNode> SourceNode::find(std::string_view name) const {
  if (!is_map()) return std::nullopt;
  for (size_t i = 0; i < size(); ++i) {
    SourceNode k = key(i);
    if (k.is_scalar() && k.scalar() == name) return value(i);
  }
  return std::nullopt;
}

} // namespace cvport
