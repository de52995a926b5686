#include "yaml_tree.hpp"

#include <unordered_map>
#include <vector>

#include <yaml.h>

#include "cvport/line_index.hpp"
#include "yaml_refused_characters.hpp"

namespace cvport {

namespace {

// Owns a libyaml parser or event for the length of a scope.
struct Parser {
  yaml_parser_t parser;
  bool ready = yaml_parser_initialize(&parser) != 0;
  ~Parser() {
    if (ready) yaml_parser_delete(&parser);
  }
};
struct Event {
  yaml_event_t event{};
  ~Event() { yaml_event_delete(&event); }
};

// libyaml's marks are 0-based and count characters, not bytes.
int line_of(const yaml_mark_t& mark) { return int(mark.line) + 1; }
int column_of(const yaml_mark_t& mark) { return int(mark.column) + 1; }

YamlProblem parser_problem(const yaml_parser_t& parser, std::string_view input) {
  YamlProblem problem{"source.syntax", "invalid YAML: ", 0, 0};
  problem.message += parser.problem ? parser.problem : "cannot be read";
  if (parser.error == YAML_MEMORY_ERROR) {
    problem.message = "invalid YAML: out of memory while reading it";
  } else if (parser.error == YAML_READER_ERROR) {
    // Reader errors (bad encoding) come with a byte offset, not a mark.
    TextPosition position = position_of(input, parser.problem_offset);
    problem.line = position.line;
    problem.column = position.column;
  } else {
    if (parser.context) problem.message += std::string(" ") + parser.context;
    problem.line = line_of(parser.problem_mark);
    problem.column = column_of(parser.problem_mark);
  }
  return problem;
}

// YAML 1.1's null, as yaml-cpp read it: an untagged plain scalar that is empty, "~" or "null".
// A quoted "null" is text.
bool is_null(const yaml_event_t& event) {
  const auto& scalar = event.data.scalar;
  if (scalar.style != YAML_PLAIN_SCALAR_STYLE || !scalar.plain_implicit) return false;
  std::string_view value(reinterpret_cast<const char*>(scalar.value), scalar.length);
  return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

std::string anchor_of(const yaml_char_t* anchor) {
  return anchor ? std::string(reinterpret_cast<const char*>(anchor)) : std::string();
}

// A mapping or list being read: its children so far.
struct Open {
  SourceKind kind;
  int line;
  int column;
  std::string anchor;
  std::vector<SourceTree::Index> children;
};

class Builder {
public:
  Builder(SourceTree& tree, int max_depth, bool restore) : tree_(tree), max_depth_(max_depth), restore_(restore) {}

  // Returns a problem, or nothing once the document (or the stream) has ended.
  std::optional<YamlProblem> take(const yaml_event_t& event, bool& done) {
    const yaml_mark_t& mark = event.start_mark;
    switch (event.type) {
    case YAML_SCALAR_EVENT: {
      SourceTree::Index node;
      if (is_null(event)) {
        node = tree_.add_null(line_of(mark), column_of(mark));
      } else {
        std::string text(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
        if (restore_) restore_yaml_stand_ins(text);
        bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && event.data.scalar.plain_implicit;
        node = tree_.add_scalar(std::move(text), line_of(mark), column_of(mark), plain);
      }
      name(anchor_of(event.data.scalar.anchor), node);
      attach(node);
      return std::nullopt;
    }
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
      if (depth_ >= size_t(max_depth_))
        return YamlProblem{"source.too-deep", "nesting deeper than " + std::to_string(max_depth_) + " levels",
                           line_of(mark), column_of(mark)};
      // Open collections are kept (with their vectors' capacity) for the next at that depth.
      if (open_.size() == depth_) open_.emplace_back();
      Open& open = open_[depth_++];
      open.kind = event.type == YAML_MAPPING_START_EVENT ? SourceKind::map : SourceKind::sequence;
      open.line = line_of(mark);
      open.column = column_of(mark);
      open.anchor = anchor_of(event.type == YAML_MAPPING_START_EVENT ? event.data.mapping_start.anchor
                                                                     : event.data.sequence_start.anchor);
      open.children.clear();
      return std::nullopt;
    }
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: {
      Open& open = open_[--depth_];
      SourceTree::Index node = tree_.add_collection(open.kind, open.children, open.line, open.column);
      name(open.anchor, node);
      attach(node);
      return std::nullopt;
    }
    case YAML_ALIAS_EVENT: {
      std::string anchor = anchor_of(event.data.alias.anchor);
      auto named = anchors_.find(anchor);
      if (named == anchors_.end()) {
        // A node is named once it is complete, so an alias inside its own anchor's node is unknown
        // too: the tree has no cycles.
        bool inside = false;
        for (size_t i = 0; i < depth_; ++i) inside = inside || open_[i].anchor == anchor;
        return YamlProblem{"source.syntax",
                           "invalid YAML: the alias *" + anchor +
                               (inside ? " is inside the node it names" : " names no anchor &" + anchor + " before it"),
                           line_of(mark), column_of(mark)};
      }
      attach(named->second);
      return std::nullopt;
    }
    case YAML_DOCUMENT_END_EVENT:
    case YAML_STREAM_END_EVENT:
      done = true;
      return std::nullopt;
    default: // stream and document start
      return std::nullopt;
    }
  }

private:
  void attach(SourceTree::Index node) {
    if (depth_ == 0) tree_.set_root(node);
    else open_[depth_ - 1].children.push_back(node);
  }

  // A later anchor of the same name replaces the earlier one, as YAML says.
  void name(const std::string& anchor, SourceTree::Index node) {
    if (!anchor.empty()) anchors_[anchor] = node;
  }

  SourceTree& tree_;
  int max_depth_;
  bool restore_;
  std::vector<Open> open_;
  size_t depth_ = 0;
  std::unordered_map<std::string, SourceTree::Index> anchors_;
};

} // namespace

YamlTree parse_yaml_tree(std::string_view text, int max_depth) {
  YamlTree result;
  std::optional<std::string> stand_ins = with_yaml_stand_ins(text);
  std::string_view input = stand_ins ? std::string_view(*stand_ins) : text;

  Parser parser;
  if (!parser.ready) {
    result.problem = YamlProblem{"source.syntax", "invalid YAML: out of memory while reading it", 0, 0};
    return result;
  }
  yaml_parser_set_input_string(&parser.parser, reinterpret_cast<const unsigned char*>(input.data()), input.size());
  yaml_parser_set_encoding(&parser.parser, YAML_UTF8_ENCODING);

  // Iterative: libyaml keeps its own state stacks, and the builder keeps one entry per open
  // collection, bounded by max_depth.
  Builder builder(result.tree, max_depth, stand_ins.has_value());
  for (bool done = false; !done;) {
    Event event;
    if (!yaml_parser_parse(&parser.parser, &event.event)) {
      // libyaml leaves the event empty on failure, so deleting it is safe.
      result.problem = parser_problem(parser.parser, input);
      return result;
    }
    if ((result.problem = builder.take(event.event, done))) return result;
  }
  return result;
}

} // namespace cvport
