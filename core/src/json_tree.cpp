#include "json_tree.hpp"

#include <array>
#include <vector>

#include <simdjson.h>

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

// The bytes inside a string that yaml_reads_alike looks at; a run of others is skipped at once.
constexpr auto kStringBytesToCheck = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = table['\\'] = table[0xF4] = true;
  return table;
}();

// See compact_json_tree: whether `text` is JSON that libyaml reads as json_source_tree does.
bool yaml_reads_alike(std::string_view text) {
  size_t string_start = 0; // of the last string, its opening quote
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (in_string) {
      while (i < text.size() && !kStringBytesToCheck[static_cast<unsigned char>(text[i])]) ++i;
      if (i == text.size()) break;
    }
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
            std::string_view("89abcdefABCDEF").find(text[i + 2]) != std::string_view::npos)
          return false;
      } else if (c < 0x20) {
        return false; // not JSON, which simdjson does not check: left to nlohmann's parser
      }
    } else if (c == '"') {
      in_string = true;
      string_start = i;
    } else if (c == '\t' || c == '\r') {
      return false;
    }
  }
  return true;
}

// Builds the tree as parse_yaml_tree would: strings quoted, numbers and booleans plain with their
// text, null as null, keys and values in document order (repeated keys too). A node's position is
// line 1 and its rank in the text for column: no place in the file, but in the order of the
// real positions, so the messages sorted by location keep the order the YAML reading gave them.
//
// simdjson's On-Demand API reads the text: nlohmann's lexer, which copies a string a byte at a time,
// was 8 % of a 1,000-entry BibTeX import. On-Demand checks only what is read, so every value is
// read: each string unescaped, each number parsed, each literal matched, the end of the text
// reached. A number keeps its own text, as nlohmann's SAX reports a float and as a YAML reader
// sees it.
class TreeBuilder {
public:
  explicit TreeBuilder(SourceTree& tree) : tree_(tree) {}

  bool read(simdjson::ondemand::value value, SourceTree::Index& node, size_t depth) {
    simdjson::ondemand::json_type type;
    if (value.type().get(type)) return false;
    switch (type) {
    case simdjson::ondemand::json_type::object: return read_object(value, node, depth);
    case simdjson::ondemand::json_type::array: return read_array(value, node, depth);
    case simdjson::ondemand::json_type::string: {
      std::string_view text;
      if (value.get_string().get(text)) return false;
      node = scalar(std::string(text), false);
      return true;
    }
    case simdjson::ondemand::json_type::number: {
      std::string_view token = value.raw_json_token();
      token = token.substr(0, token.find_last_not_of(" \t\n\r") + 1);
      simdjson::ondemand::number number;
      if (value.get_number().get(number)) return false;
      node = scalar(std::string(token), true);
      return true;
    }
    case simdjson::ondemand::json_type::boolean: {
      bool truth = false;
      if (value.get_bool().get(truth)) return false;
      node = scalar(truth ? "true" : "false", true);
      return true;
    }
    case simdjson::ondemand::json_type::null: {
      bool null = false;
      if (value.is_null().get(null) || !null) return false;
      node = tree_.add_null(1, next());
      return true;
    }
    }
    return false;
  }

private:
  bool read_object(simdjson::ondemand::value value, SourceTree::Index& node, size_t depth) {
    int rank = next();
    simdjson::ondemand::object object;
    if (value.get_object().get(object)) return false;
    for (auto field : object) {
      std::string_view key;
      if (field.error() || field.unescaped_key().get(key)) return false;
      SourceTree::Index key_node = scalar(std::string(key), false);
      SourceTree::Index child = 0;
      if (!read(field.value(), child, depth + 1)) return false;
      children(depth).push_back(key_node);
      children(depth).push_back(child);
    }
    node = tree_.add_collection(SourceKind::map, children(depth), 1, rank);
    children(depth).clear();
    return true;
  }

  bool read_array(simdjson::ondemand::value value, SourceTree::Index& node, size_t depth) {
    int rank = next();
    simdjson::ondemand::array array;
    if (value.get_array().get(array)) return false;
    for (auto item : array) {
      simdjson::ondemand::value item_value;
      if (item.get(item_value)) return false;
      SourceTree::Index child = 0;
      if (!read(item_value, child, depth + 1)) return false;
      children(depth).push_back(child);
    }
    node = tree_.add_collection(SourceKind::sequence, children(depth), 1, rank);
    children(depth).clear();
    return true;
  }

  // The children of the open collection at `depth`; each depth keeps its vector's capacity for
  // the next collection there. Indexed, never held: a deeper level may grow the outer vector.
  std::vector<SourceTree::Index>& children(size_t depth) {
    if (open_.size() <= depth) open_.resize(depth + 1);
    return open_[depth];
  }
  int next() { return ++rank_; }
  SourceTree::Index scalar(std::string text, bool plain) { return tree_.add_scalar(std::move(text), 1, next(), plain); }

  SourceTree& tree_;
  std::vector<std::vector<SourceTree::Index>> open_;
  int rank_ = 0;
};

} // namespace

std::optional<SourceTree> json_source_tree(std::string_view text) {
  // nlohmann skips a byte order mark at the start; so does this reader.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  simdjson::padded_string padded(text);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document document;
  if (parser.iterate(padded).get(document)) return std::nullopt;
  // A document that is one scalar cannot be read as an On-Demand value: left to the caller.
  simdjson::ondemand::value root;
  if (document.get_value().get(root)) return std::nullopt;
  SourceTree tree;
  SourceTree::Index node = 0;
  if (!TreeBuilder(tree).read(root, node, 0)) return std::nullopt;
  // Nothing after the value: past the last token, simdjson 3.0 has no location to give.
  if (document.current_location().error() != simdjson::OUT_OF_BOUNDS) return std::nullopt;
  tree.set_root(node);
  return tree;
}

std::optional<SourceTree> compact_json_tree(std::string_view text) {
  if (!yaml_reads_alike(text)) return std::nullopt;
  return json_source_tree(text);
}

SourceTree tree_from_json(const nlohmann::json& json) {
  SourceTree tree;
  tree.set_root(add(tree, json));
  return tree;
}

} // namespace cvport
