#include "yaml_block_layout.hpp"

#include <stdexcept>
#include <vector>

#include <yaml.h>

namespace cvport {

namespace {

struct Parser {
  yaml_parser_t parser;
  Parser() {
    if (!yaml_parser_initialize(&parser)) throw std::runtime_error("out of memory");
  }
  ~Parser() { yaml_parser_delete(&parser); }
};

struct Event {
  yaml_event_t event{};
  ~Event() { yaml_event_delete(&event); }
};

// An open mapping or list while the events are read.
struct Open {
  bool mapping = false;
  size_t children = 0;     // nodes read so far (a mapping's keys and values alternate)
  size_t first_line = 0;   // 0-based line of its start
  bool indentless = false; // a block list written at its key's indentation
};

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

} // namespace

std::string lay_out_like_source(std::string_view emitted) {
  std::vector<std::string_view> lines = split_lines(emitted);
  std::vector<size_t> extra_indent(lines.size() + 1, 0);
  std::vector<bool> blank_before(lines.size() + 1, false);

  Parser parser;
  yaml_parser_set_input_string(&parser.parser, reinterpret_cast<const unsigned char*>(emitted.data()),
                               emitted.size());
  std::vector<Open> open;
  for (bool done = false; !done;) {
    Event event;
    if (!yaml_parser_parse(&parser.parser, &event.event))
      throw std::runtime_error(std::string("the YAML written does not parse: ") +
                               (parser.parser.problem ? parser.parser.problem : "unknown error"));
    const yaml_event_t& e = event.event;
    size_t line = e.start_mark.line;
    bool starts_node = e.type == YAML_SCALAR_EVENT || e.type == YAML_ALIAS_EVENT ||
                       e.type == YAML_MAPPING_START_EVENT || e.type == YAML_SEQUENCE_START_EVENT;
    bool is_key = false;
    if (starts_node && !open.empty()) {
      Open& parent = open.back();
      is_key = parent.mapping && parent.children % 2 == 0;
      // A new top-level section, or a new entry of a top-level list of mappings.
      bool section = open.size() == 1 && is_key;
      bool entry = open.size() == 2 && !parent.mapping && e.type == YAML_MAPPING_START_EVENT;
      if ((section || entry) && parent.children > 0 && line < blank_before.size()) blank_before[line] = true;
      ++parent.children;
    }
    switch (e.type) {
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT: {
      bool mapping = e.type == YAML_MAPPING_START_EVENT;
      bool block = mapping ? e.data.mapping_start.style != YAML_FLOW_MAPPING_STYLE
                           : e.data.sequence_start.style != YAML_FLOW_SEQUENCE_STYLE;
      bool under_key = !open.empty() && open.back().mapping && !is_key;
      open.push_back({mapping, 0, line, !mapping && block && under_key});
      break;
    }
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT: {
      // An indentless list ends where the next token starts, so its lines are [first, end).
      if (open.back().indentless)
        for (size_t i = open.back().first_line; i < e.start_mark.line && i < lines.size(); ++i) extra_indent[i] += 2;
      open.pop_back();
      break;
    }
    case YAML_STREAM_END_EVENT: done = true; break;
    default: break;
    }
  }

  std::string text;
  text.reserve(emitted.size() + emitted.size() / 8);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (blank_before[i]) text += '\n';
    // Empty lines (inside block scalars) stay empty: indenting them would change nothing but
    // leave trailing spaces.
    if (!lines[i].empty()) text.append(extra_indent[i], ' ');
    text += lines[i];
    text += '\n';
  }
  return text;
}

} // namespace cvport
