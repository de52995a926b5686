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

// See compact_json_tree: whether `text` is JSON that libyaml reads as nlohmann does.
bool yaml_reads_alike(std::string_view text) {
  size_t string_start = 0; // of the last string, its opening quote
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xF4 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x8F) return false;
    if (in_string) {
      if (c == '"') {
        in_string = false;
        // A key: its colon right after it, within 1,000 bytes (so characters) of its start.
        size_t next = text.find_first_not_of(" \n", i + 1);
        if (next != std::string_view::npos && text[next] == ':' && (next != i + 1 || i - string_start > 1000))
          return false;
      } else if (c == '\\' && i + 1 < text.size()) {
        char escaped = text[++i];
        if (escaped == '/') return false;
        if (escaped == 'u' && i + 2 < text.size() && (text[i + 1] == 'd' || text[i + 1] == 'D') &&
            std::string_view("89abAB").find(text[i + 2]) != std::string_view::npos)
          return false;
      }
    } else if (c == '"') {
      in_string = true;
      string_start = i;
    } else if (c == '\t' || c == '\r') {
      return false;
    } else if (c == '-' && i + 1 < text.size() && text[i + 1] == '0' &&
               (i + 2 == text.size() || std::string_view(".eE0123456789").find(text[i + 2]) == std::string_view::npos)) {
      return false;
    }
  }
  return true;
}

// Builds the tree as parse_yaml_tree would: strings quoted, numbers and booleans plain with their
// text, null as null, keys and values in document order (repeated keys too). A node's position is
// line 1 and its rank in the text for column: no place in the file, but in the order of the
// real positions, so the messages sorted by location keep the order the YAML reading gave them.
class TreeBuilder : public nlohmann::json_sax<nlohmann::json> {
public:
  explicit TreeBuilder(SourceTree& tree) : tree_(tree) {}

  bool null() override { return attach(tree_.add_null(1, next())); }
  bool boolean(bool value) override { return scalar(value ? "true" : "false", true); }
  bool number_integer(number_integer_t value) override { return scalar(std::to_string(value), true); }
  bool number_unsigned(number_unsigned_t value) override { return scalar(std::to_string(value), true); }
  bool number_float(number_float_t, const string_t& text) override { return scalar(text, true); }
  bool string(string_t& value) override { return scalar(std::move(value), false); }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return open(); }
  bool key(string_t& value) override { return scalar(std::move(value), false); }
  bool end_object() override { return close(SourceKind::map); }
  bool start_array(std::size_t) override { return open(); }
  bool end_array() override { return close(SourceKind::sequence); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
  struct Open {
    int rank = 0;
    std::vector<SourceTree::Index> children;
  };

  int next() { return ++rank_; }
  bool scalar(std::string text, bool plain) { return attach(tree_.add_scalar(std::move(text), 1, next(), plain)); }
  bool attach(SourceTree::Index node) {
    if (depth_ == 0) tree_.set_root(node);
    else open_[depth_ - 1].children.push_back(node);
    return true;
  }
  // Open collections keep their vectors' capacity for the next one at that depth.
  bool open() {
    if (open_.size() == depth_) open_.emplace_back();
    open_[depth_].rank = next();
    open_[depth_++].children.clear();
    return true;
  }
  bool close(SourceKind kind) {
    --depth_;
    return attach(tree_.add_collection(kind, open_[depth_].children, 1, open_[depth_].rank));
  }

  SourceTree& tree_;
  std::vector<Open> open_;
  size_t depth_ = 0;
  int rank_ = 0;
};

} // namespace

std::optional<SourceTree> compact_json_tree(std::string_view text) {
  if (!yaml_reads_alike(text)) return std::nullopt;
  SourceTree tree;
  TreeBuilder builder(tree);
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &builder)) return std::nullopt;
  return tree;
}

SourceTree tree_from_json(const nlohmann::json& json) {
  SourceTree tree;
  tree.set_root(add(tree, json));
  return tree;
}

} // namespace cvport
