// The YAML emitter of the `cvport-yaml` export: libyaml's emitter (0.2.5, Debian 12), its rules
// for choosing and writing scalar styles ported from its src/emitter.c (MIT licence, Kirill
// Simonov and the libyaml authors), with cvport's source layout written as it goes.
//
// Why not libyaml's emitter itself: it cannot write the layout of cvport's sources
// (examples/baolin-li.yaml). It puts a list under a key at the key's own indentation
// ("key:\n- item") and has no way to write blank lines, so the export used to emit, read the
// result back with libyaml's parser to learn which lines belong to which node, and indent again:
// three passes over the text, a quarter of an import's instructions (docs/performance.md,
// "Imports"). This emitter writes the same characters as libyaml in one pass, and, in
// `YamlLayout::cvport_source`,
// - indents each list that libyaml writes at its key's indentation by two more spaces, with
//   every line inside it;
// - puts a blank line between the root mapping's keys and between the mapping entries of a list
//   under a root key, except after a block scalar that keeps its trailing line breaks ("|+"),
//   where it would add one (the layout pass before wrote it there, and changed the text).
// `YamlLayout::libyaml` leaves both out: tests/core/yaml_emitter_test.cpp checks that the emitter
// then writes exactly what libyaml writes for the same events.
//
// What it deliberately does differently from libyaml:
// - characters outside the Basic Multilingual Plane (emoji, historic scripts) are printable, as
//   YAML 1.2 says; libyaml 0.2.5 escapes them in double quotes ("\U0001F600");
// - a fold width applies to the scalar it is given with only (libyaml applies its one
//   `best_width` to everything it writes while it is set, which, as it looks ahead, can include
//   the next key).
#ifndef CVPORT_SRC_YAML_EMITTER_HPP
#define CVPORT_SRC_YAML_EMITTER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cvport {

enum class YamlLayout { libyaml, cvport_source };

// The style a scalar should be written in. As with libyaml, it is a wish: a text that cannot be
// written in it falls back to single and then double quotes.
enum class YamlScalarStyle { any, plain, single_quoted, double_quoted, literal, folded };

// One block document. Events come in document order: a mapping's keys and values alternate, and
// keys are scalars. A mapping or list that ends at once is written "{}" or "[]", as libyaml
// writes it; a flow list holds scalars, flow lists and empty mappings only. Throws
// std::logic_error on an event out of order.
class YamlEmitter {
public:
  explicit YamlEmitter(YamlLayout layout);

  void start_mapping();
  void end_mapping();
  void start_sequence(bool flow);
  void end_sequence();
  // `fold_width` > 0: a folded scalar folds at the first single space past that column.
  void scalar(std::string_view text, YamlScalarStyle style, int fold_width = 0);

  // Ends the document and returns its text.
  std::string finish();

private:
  enum class Kind { block_mapping, block_sequence, flow_sequence };
  struct Level {
    Kind kind;
    size_t children = 0;        // nodes so far (a mapping's keys and values alternate)
    bool mapping_context = false; // the collection is a mapping's value
    bool simple_key = true;     // a block mapping's last key was written as a simple key
    bool indentless = false;    // a block list written at its key's indentation
  };
  struct Context {
    bool sequence = false;
    bool mapping = false;
    bool simple_key = false;
  };

  enum class Node { scalar, mapping, sequence };
  enum class Pending { none, mapping, block_sequence, flow_sequence };
  struct ScalarAnalysis;
  Context before_node(Node node, const ScalarAnalysis* key = nullptr, size_t key_length = 0);
  void open_pending();
  void write_empty(char open, char close);
  void write_scalar(std::string_view text, const ScalarAnalysis& analysis, YamlScalarStyle wish, int fold_width,
                    Context context);

  void increase_indent(bool flow, bool indentless);
  void write_indent();
  void write_indicator(std::string_view indicator, bool need_whitespace, bool is_whitespace, bool is_indention);
  void write_plain(std::string_view text, bool allow_breaks, bool multiline);
  void write_single_quoted(std::string_view text, bool allow_breaks, bool multiline);
  void write_double_quoted(std::string_view text, bool allow_breaks);
  void write_block_scalar_hints(std::string_view text);
  void write_literal(std::string_view text);
  void write_folded(std::string_view text);

  void put(char c);
  void put_break();
  void write_line_text(std::string_view text);
  void write_character(std::string_view text, size_t& at);
  void write_break(std::string_view text, size_t& at);
  void begin_line_content();

  YamlLayout layout_;
  std::string out_;
  std::vector<Level> levels_;
  std::vector<int> indents_;
  int indent_ = -1;
  int flow_level_ = 0;
  int column_ = 0;
  int best_width_;
  bool whitespace_ = true;
  bool indention_ = true;
  int open_ended_ = 0;
  bool root_begun_ = false;
  Pending pending_ = Pending::none; // a collection started, not yet known to be empty
  // The layout: spaces before every line begun inside indentless lists, and a blank line before
  // the next line with content.
  size_t extra_indent_ = 0;
  bool at_line_start_ = true;
  bool blank_line_pending_ = false;
  bool after_kept_breaks_ = false;
};

} // namespace cvport

#endif
