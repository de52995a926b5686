#include "yaml_emitter.hpp"

#include <array>
#include <climits>
#include <algorithm>
#include <stdexcept>
#include <utility>

// The functions below follow libyaml 0.2.5's src/emitter.c function by function (the names in
// the comments are its own), for the subset of events the writer sends: no anchors, tags,
// directives or explicit document markers, one document, flow collections holding scalars only,
// UTF-8 output with unicode on, indentation 2, line width unlimited, '\n' line breaks.

namespace cvport {

namespace {

constexpr int kIndent = 2; // libyaml's best_indent, set by yaml_emitter_set_indent

unsigned char byte_at(std::string_view text, size_t at) {
  // libyaml's scalars end in a NUL byte, which its checks past the end see.
  return at < text.size() ? static_cast<unsigned char>(text[at]) : 0;
}

size_t width_at(std::string_view text, size_t at) {
  unsigned char octet = byte_at(text, at);
  return (octet & 0x80) == 0x00 ? 1 : (octet & 0xE0) == 0xC0 ? 2 : (octet & 0xF0) == 0xE0 ? 3 : (octet & 0xF8) == 0xF0 ? 4 : 1;
}

bool is_space(std::string_view text, size_t at) { return byte_at(text, at) == ' '; }
bool is_blank(std::string_view text, size_t at) { return byte_at(text, at) == ' ' || byte_at(text, at) == '\t'; }

// CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
bool is_break(std::string_view text, size_t at) {
  unsigned char octet = byte_at(text, at);
  return octet == '\r' || octet == '\n' || (octet == 0xC2 && byte_at(text, at + 1) == 0x85) ||
         (octet == 0xE2 && byte_at(text, at + 1) == 0x80 &&
          (byte_at(text, at + 2) == 0xA8 || byte_at(text, at + 2) == 0xA9));
}

bool is_blankz(std::string_view text, size_t at) {
  return is_blank(text, at) || is_break(text, at) || byte_at(text, at) == 0;
}

bool is_bom(std::string_view text, size_t at) {
  return byte_at(text, at) == 0xEF && byte_at(text, at + 1) == 0xBB && byte_at(text, at + 2) == 0xBF;
}

// libyaml's IS_PRINTABLE, and also the characters outside the Basic Multilingual Plane (see the
// header).
bool is_printable(std::string_view text, size_t at) {
  unsigned char octet = byte_at(text, at);
  unsigned char next = byte_at(text, at + 1);
  unsigned char third = byte_at(text, at + 2);
  return octet == 0x0A || (octet >= 0x20 && octet <= 0x7E) || (octet == 0xC2 && next >= 0xA0) ||
         (octet > 0xC2 && octet < 0xED) || (octet == 0xED && next < 0xA0) || octet == 0xEE ||
         (octet == 0xEF && !(next == 0xBB && third == 0xBF) && !(next == 0xBF && (third == 0xBE || third == 0xBF))) ||
         (octet >= 0xF0 && octet <= 0xF4);
}

bool is_one_of(unsigned char octet, std::string_view characters) {
  return octet != 0 && characters.find(static_cast<char>(octet)) != std::string_view::npos;
}

// The ASCII characters that are indicators somewhere in a plain scalar.
constexpr auto kIndicators = [] {
  std::array<bool, 128> table{};
  for (char c : std::string_view("#,[]{}&*!|>'\"%@`?:-")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// The ASCII characters that change nothing in yaml_emitter_analyze_scalar but the state "the
// previous character was neither a space nor a break": printable, not blank, not a break and
// not an indicator anywhere. Letters and digits, most of a CV, are among them.
constexpr auto kInert = [] {
  std::array<bool, 256> table{};
  for (int c = 0x21; c <= 0x7E; ++c) table[c] = !kIndicators[c];
  return table;
}();

size_t count_characters(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

} // namespace

// yaml_emitter_analyze_scalar: which styles can write the text.
struct YamlEmitter::ScalarAnalysis {
  bool multiline = false;
  bool flow_plain_allowed = false;
  bool block_plain_allowed = true;
  bool single_quoted_allowed = true;
  bool block_allowed = false;

  explicit ScalarAnalysis(std::string_view text) {
    if (text.empty()) return;
    bool block_indicators = false, flow_indicators = false, line_breaks = false, special_characters = false;
    bool leading_space = false, leading_break = false, trailing_space = false, trailing_break = false;
    bool break_space = false, space_break = false, previous_space = false, previous_break = false;
    if (text.starts_with("---") || text.starts_with("...")) block_indicators = flow_indicators = true;
    // Whether the character before the one at `at` is blank, a break or the start (for '#'), and
    // whether the one after it is, or the end (for ':', '?', '-'). The loop skips runs of inert
    // characters (kInert), takes the rest of ASCII a byte at a time, and the rest through
    // libyaml's character tests.
    bool preceded_by_whitespace = true;
    for (size_t at = 0; at < text.size();) {
      unsigned char octet = byte_at(text, at);
      if (kInert[octet]) { // a run of them sets what its last one would
        while (++at < text.size() && kInert[static_cast<unsigned char>(text[at])]) {
        }
        previous_space = previous_break = preceded_by_whitespace = false;
        continue;
      }
      bool ascii = octet < 0x80;
      size_t width = ascii ? 1 : width_at(text, at);
      if (ascii && kIndicators[octet]) {
        bool followed_by_whitespace = is_blankz(text, at + width);
        if (at == 0) {
          if (octet == '?' || octet == ':') {
            flow_indicators = true;
            if (followed_by_whitespace) block_indicators = true;
          } else if (octet == '-') {
            if (followed_by_whitespace) flow_indicators = block_indicators = true;
          } else {
            flow_indicators = block_indicators = true; // # , [ ] { } & * ! | > ' " % @ `
          }
        } else if (octet == ':') {
          flow_indicators = true;
          if (followed_by_whitespace) block_indicators = true;
        } else if (octet == '#') {
          if (preceded_by_whitespace) flow_indicators = block_indicators = true;
        } else if (is_one_of(octet, ",?[]{}")) {
          flow_indicators = true;
        }
      }
      bool line_break = ascii ? octet == '\n' || octet == '\r' : is_break(text, at);
      bool printable = ascii ? octet == 0x0A || (octet >= 0x20 && octet <= 0x7E) : is_printable(text, at);
      if (!printable) special_characters = true;
      if (line_break) line_breaks = true;
      bool last = at + width >= text.size();
      if (octet == ' ') {
        if (at == 0) leading_space = true;
        if (last) trailing_space = true;
        if (previous_break) break_space = true;
        previous_space = true;
        previous_break = false;
      } else if (line_break) {
        if (at == 0) leading_break = true;
        if (last) trailing_break = true;
        if (previous_space) space_break = true;
        previous_space = false;
        previous_break = true;
      } else {
        previous_space = previous_break = false;
      }
      preceded_by_whitespace = octet == ' ' || octet == '\t' || octet == 0 || line_break;
      at += width;
    }
    multiline = line_breaks;
    flow_plain_allowed = block_plain_allowed = single_quoted_allowed = block_allowed = true;
    if (leading_space || leading_break || trailing_space || trailing_break) flow_plain_allowed = block_plain_allowed = false;
    if (trailing_space) block_allowed = false;
    if (break_space) flow_plain_allowed = block_plain_allowed = single_quoted_allowed = false;
    if (space_break || special_characters)
      flow_plain_allowed = block_plain_allowed = single_quoted_allowed = block_allowed = false;
    if (line_breaks) flow_plain_allowed = block_plain_allowed = false;
    if (flow_indicators) flow_plain_allowed = false;
    if (block_indicators) block_plain_allowed = false;
  }
};

YamlEmitter::YamlEmitter(YamlLayout layout) : layout_(layout), best_width_(INT_MAX) {}

// ---- events ---------------------------------------------------------------------------------------

// libyaml looks ahead after a collection starts: one that ends at once is written "{}" or "[]"
// (yaml_emitter_check_empty_mapping, _sequence). Here a start waits for the next event.
void YamlEmitter::start_mapping() {
  open_pending();
  pending_ = Pending::mapping;
}

void YamlEmitter::start_sequence(bool flow) {
  open_pending();
  pending_ = flow ? Pending::flow_sequence : Pending::block_sequence;
}

void YamlEmitter::open_pending() {
  Pending pending = std::exchange(pending_, Pending::none);
  if (pending == Pending::none) return;
  Context context = before_node(pending == Pending::mapping ? Node::mapping : Node::sequence);
  if (pending == Pending::mapping) {
    if (flow_level_ > 0) throw std::logic_error("YamlEmitter: a mapping with members inside a flow list");
    levels_.push_back({.kind = Kind::block_mapping, .mapping_context = context.mapping});
  } else {
    bool flow = pending == Pending::flow_sequence || flow_level_ > 0;
    levels_.push_back({.kind = flow ? Kind::flow_sequence : Kind::block_sequence, .mapping_context = context.mapping});
  }
}

void YamlEmitter::end_mapping() {
  if (pending_ == Pending::mapping) {
    pending_ = Pending::none;
    before_node(Node::mapping);
    return write_empty('{', '}');
  }
  if (pending_ != Pending::none || levels_.empty() || levels_.back().kind != Kind::block_mapping ||
      levels_.back().children % 2 != 0)
    throw std::logic_error("YamlEmitter: a mapping ends where it cannot");
  levels_.pop_back();
  indent_ = indents_.back();
  indents_.pop_back();
}

void YamlEmitter::end_sequence() {
  if (pending_ == Pending::block_sequence || pending_ == Pending::flow_sequence) {
    pending_ = Pending::none;
    before_node(Node::sequence);
    return write_empty('[', ']');
  }
  if (pending_ != Pending::none || levels_.empty() || levels_.back().kind == Kind::block_mapping)
    throw std::logic_error("YamlEmitter: a list ends where it cannot");
  Level level = levels_.back();
  levels_.pop_back();
  if (level.kind == Kind::flow_sequence) --flow_level_; // yaml_emitter_emit_flow_sequence_item
  indent_ = indents_.back();
  indents_.pop_back();
  if (level.kind == Kind::flow_sequence) write_indicator("]", false, false, false);
  if (level.indentless && layout_ == YamlLayout::cvport_source) extra_indent_ -= kIndent;
}

// An empty collection: libyaml writes it in flow style whatever style it was asked for.
void YamlEmitter::write_empty(char open, char close) {
  write_indicator(std::string_view(&open, 1), true, true, false);
  write_indicator(std::string_view(&close, 1), false, false, false);
}

void YamlEmitter::scalar(std::string_view text, YamlScalarStyle style, int fold_width) {
  open_pending();
  ScalarAnalysis analysis(text);
  Context context = before_node(Node::scalar, &analysis, text.size());
  write_scalar(text, analysis, style, fold_width, context);
}

std::string YamlEmitter::finish() {
  if (pending_ != Pending::none || !levels_.empty() || !root_begun_) throw std::logic_error("YamlEmitter: the document is not complete");
  // yaml_emitter_emit_document_end (implicit), then the stream's end.
  write_indent();
  if (!open_ended_) open_ended_ = 1;
  if (open_ended_ == 2) { // a block scalar kept its trailing line breaks at the very end
    write_indicator("...", true, false, false);
    open_ended_ = 0;
    write_indent();
  }
  return std::move(out_);
}

// What libyaml writes before a node, in the state its parent left (yaml_emitter_emit_block_*,
// yaml_emitter_emit_flow_sequence_item), and the context it hands yaml_emitter_emit_node.
YamlEmitter::Context YamlEmitter::before_node(Node node, const ScalarAnalysis* key, size_t key_length) {
  bool layout = layout_ == YamlLayout::cvport_source;
  if (levels_.empty()) {
    if (root_begun_) throw std::logic_error("YamlEmitter: a second root node");
    root_begun_ = true;
    return {};
  }
  Level& parent = levels_.back();
  Context context;
  switch (parent.kind) {
  case Kind::block_sequence:
    if (parent.children == 0) {
      parent.indentless = parent.mapping_context && !indention_;
      increase_indent(false, parent.indentless);
      if (parent.indentless && layout) extra_indent_ += kIndent;
    }
    // A new entry of a list under a root key.
    if (layout && node == Node::mapping && levels_.size() == 2 && parent.children > 0) blank_line_pending_ = true;
    write_indent();
    write_indicator("-", true, false, true);
    context.sequence = true;
    break;
  case Kind::flow_sequence:
    if (parent.children == 0) {
      write_indicator("[", true, true, false);
      increase_indent(true, false);
      ++flow_level_;
    } else {
      write_indicator(",", false, false, false);
    }
    if (column_ > best_width_) write_indent();
    context.sequence = true;
    break;
  case Kind::block_mapping:
    context.mapping = true;
    if (parent.children % 2 == 0) {
      if (!key) throw std::logic_error("YamlEmitter: a mapping key that is not a scalar");
      if (parent.children == 0) increase_indent(false, false);
      // A new section of the root mapping.
      if (layout && levels_.size() == 1 && parent.children > 0) blank_line_pending_ = true;
      write_indent();
      // yaml_emitter_check_simple_key
      parent.simple_key = !key->multiline && key_length <= 128;
      if (!parent.simple_key) write_indicator("?", true, false, true);
      context.simple_key = parent.simple_key;
    } else if (parent.simple_key) {
      write_indicator(":", false, false, false);
    } else {
      write_indent();
      write_indicator(":", true, false, true);
    }
    break;
  }
  ++parent.children;
  return context;
}

// yaml_emitter_select_scalar_style, then yaml_emitter_emit_scalar.
void YamlEmitter::write_scalar(std::string_view text, const ScalarAnalysis& analysis, YamlScalarStyle wish,
                               int fold_width, Context context) {
  YamlScalarStyle style = wish == YamlScalarStyle::any ? YamlScalarStyle::plain : wish;
  if (context.simple_key && analysis.multiline) style = YamlScalarStyle::double_quoted;
  if (style == YamlScalarStyle::plain) {
    if ((flow_level_ && !analysis.flow_plain_allowed) || (!flow_level_ && !analysis.block_plain_allowed))
      style = YamlScalarStyle::single_quoted;
    if (text.empty() && (flow_level_ || context.simple_key)) style = YamlScalarStyle::single_quoted;
  }
  if (style == YamlScalarStyle::single_quoted && !analysis.single_quoted_allowed)
    style = YamlScalarStyle::double_quoted;
  if ((style == YamlScalarStyle::literal || style == YamlScalarStyle::folded) &&
      (!analysis.block_allowed || flow_level_ || context.simple_key))
    style = YamlScalarStyle::double_quoted;

  int width = best_width_;
  if (fold_width > 0) best_width_ = fold_width;
  increase_indent(true, false);
  bool allow_breaks = !context.simple_key;
  switch (style) {
  case YamlScalarStyle::any:
  case YamlScalarStyle::plain: write_plain(text, allow_breaks, analysis.multiline); break;
  case YamlScalarStyle::single_quoted: write_single_quoted(text, allow_breaks, analysis.multiline); break;
  case YamlScalarStyle::double_quoted: write_double_quoted(text, allow_breaks); break;
  case YamlScalarStyle::literal: write_literal(text); break;
  case YamlScalarStyle::folded: write_folded(text); break;
  }
  indent_ = indents_.back();
  indents_.pop_back();
  best_width_ = width;
}

// ---- writers --------------------------------------------------------------------------------------

void YamlEmitter::increase_indent(bool flow, bool indentless) {
  indents_.push_back(indent_);
  if (indent_ < 0)
    indent_ = flow ? kIndent : 0;
  else if (!indentless)
    indent_ += kIndent;
}

void YamlEmitter::write_indent() {
  int indent = indent_ >= 0 ? indent_ : 0;
  if (!indention_ || column_ > indent || (column_ == indent && !whitespace_)) put_break();
  while (column_ < indent) put(' ');
  whitespace_ = indention_ = true;
}

void YamlEmitter::write_indicator(std::string_view indicator, bool need_whitespace, bool is_whitespace,
                                  bool is_indention) {
  if (need_whitespace && !whitespace_) put(' ');
  for (char c : indicator) put(c);
  whitespace_ = is_whitespace;
  indention_ = indention_ && is_indention;
}

void YamlEmitter::write_plain(std::string_view text, bool allow_breaks, bool multiline) {
  bool spaces = false, breaks = false;
  if (!whitespace_ && (!text.empty() || flow_level_)) put(' ');
  if (!multiline && best_width_ == INT_MAX) { // nothing to fold or break: the text as it is
    write_line_text(text);
    whitespace_ = indention_ = false;
    return;
  }
  for (size_t at = 0; at < text.size();) {
    if (is_space(text, at)) {
      if (allow_breaks && !spaces && column_ > best_width_ && !is_space(text, at + 1)) {
        write_indent();
        ++at;
      } else {
        write_character(text, at);
      }
      spaces = true;
    } else if (is_break(text, at)) {
      if (!breaks && text[at] == '\n') put_break();
      write_break(text, at);
      indention_ = true;
      breaks = true;
    } else {
      if (breaks) write_indent();
      write_character(text, at);
      indention_ = false;
      spaces = breaks = false;
    }
  }
  whitespace_ = indention_ = false;
}

void YamlEmitter::write_single_quoted(std::string_view text, bool allow_breaks, bool multiline) {
  bool spaces = false, breaks = false;
  write_indicator("'", true, false, false);
  if (!multiline && best_width_ == INT_MAX) { // nothing to fold or break: quotes doubled
    for (size_t start = 0; start <= text.size();) {
      size_t quote = std::min(text.find('\'', start), text.size());
      write_line_text(text.substr(start, quote - start));
      if (quote == text.size()) break;
      write_line_text("''");
      start = quote + 1;
    }
    write_indicator("'", false, false, false);
    whitespace_ = indention_ = false;
    return;
  }
  for (size_t at = 0; at < text.size();) {
    if (is_space(text, at)) {
      if (allow_breaks && !spaces && column_ > best_width_ && at != 0 && at != text.size() - 1 &&
          !is_space(text, at + 1)) {
        write_indent();
        ++at;
      } else {
        write_character(text, at);
      }
      spaces = true;
    } else if (is_break(text, at)) {
      if (!breaks && text[at] == '\n') put_break();
      write_break(text, at);
      indention_ = true;
      breaks = true;
    } else {
      if (breaks) write_indent();
      if (text[at] == '\'') put('\'');
      write_character(text, at);
      indention_ = false;
      spaces = breaks = false;
    }
  }
  if (breaks) write_indent();
  write_indicator("'", false, false, false);
  whitespace_ = indention_ = false;
}

void YamlEmitter::write_double_quoted(std::string_view text, bool allow_breaks) {
  bool spaces = false;
  write_indicator("\"", true, false, false);
  for (size_t at = 0; at < text.size();) {
    unsigned char octet = byte_at(text, at);
    if (!is_printable(text, at) || is_bom(text, at) || is_break(text, at) || octet == '"' || octet == '\\') {
      size_t width = width_at(text, at);
      char32_t value = width == 1 ? octet & 0x7F : width == 2 ? octet & 0x1F : width == 3 ? octet & 0x0F : octet & 0x07;
      for (size_t k = 1; k < width; ++k) value = (value << 6) + (byte_at(text, at + k) & 0x3F);
      at += width;
      put('\\');
      switch (value) {
      case 0x00: put('0'); break;
      case 0x07: put('a'); break;
      case 0x08: put('b'); break;
      case 0x09: put('t'); break;
      case 0x0A: put('n'); break;
      case 0x0B: put('v'); break;
      case 0x0C: put('f'); break;
      case 0x0D: put('r'); break;
      case 0x1B: put('e'); break;
      case 0x22: put('"'); break;
      case 0x5C: put('\\'); break;
      case 0x85: put('N'); break;
      case 0xA0: put('_'); break;
      case 0x2028: put('L'); break;
      case 0x2029: put('P'); break;
      default: {
        int digits = value <= 0xFF ? 2 : value <= 0xFFFF ? 4 : 8;
        put(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
          int digit = static_cast<int>((value >> shift) & 0x0F);
          put(static_cast<char>(digit < 10 ? '0' + digit : 'A' + digit - 10));
        }
      }
      }
      spaces = false;
    } else if (is_space(text, at)) {
      if (allow_breaks && !spaces && column_ > best_width_ && at != 0 && at != text.size() - 1) {
        write_indent();
        if (is_space(text, at + 1)) put('\\');
        ++at;
      } else {
        write_character(text, at);
      }
      spaces = true;
    } else {
      write_character(text, at);
      spaces = false;
    }
  }
  write_indicator("\"", false, false, false);
  whitespace_ = indention_ = false;
}

void YamlEmitter::write_block_scalar_hints(std::string_view text) {
  if (is_space(text, 0) || is_break(text, 0)) {
    char hint = static_cast<char>('0' + kIndent);
    write_indicator(std::string_view(&hint, 1), false, false, false);
  }
  open_ended_ = 0;
  const char* chomp = nullptr;
  auto previous_character = [&](size_t at) {
    do --at;
    while (at > 0 && (byte_at(text, at) & 0xC0) == 0x80);
    return at;
  };
  if (text.empty()) {
    chomp = "-";
  } else {
    size_t last = previous_character(text.size());
    if (!is_break(text, last)) {
      chomp = "-";
    } else if (last == 0) {
      chomp = "+";
      open_ended_ = 2;
    } else if (is_break(text, previous_character(last))) {
      chomp = "+";
      open_ended_ = 2;
    }
  }
  if (chomp) write_indicator(chomp, false, false, false);
}

void YamlEmitter::write_literal(std::string_view text) {
  bool breaks = true;
  write_indicator("|", true, false, false);
  write_block_scalar_hints(text);
  put_break();
  indention_ = whitespace_ = true;
  for (size_t at = 0; at < text.size();) {
    if (is_break(text, at)) {
      write_break(text, at);
      indention_ = true;
      breaks = true;
    } else {
      if (breaks) write_indent();
      write_character(text, at);
      indention_ = false;
      breaks = false;
    }
  }
  after_kept_breaks_ = open_ended_ == 2;
}

void YamlEmitter::write_folded(std::string_view text) {
  bool breaks = true, leading_spaces = true;
  write_indicator(">", true, false, false);
  write_block_scalar_hints(text);
  put_break();
  indention_ = whitespace_ = true;
  for (size_t at = 0; at < text.size();) {
    if (is_break(text, at)) {
      if (!breaks && !leading_spaces && text[at] == '\n') {
        size_t k = 0;
        while (is_break(text, at + k)) k += width_at(text, at + k);
        if (!is_blankz(text, at + k)) put_break();
      }
      write_break(text, at);
      indention_ = true;
      breaks = true;
    } else {
      if (breaks) {
        write_indent();
        leading_spaces = is_blank(text, at);
      }
      if (!breaks && is_space(text, at) && !is_space(text, at + 1) && column_ > best_width_) {
        write_indent();
        ++at;
      } else {
        write_character(text, at);
      }
      indention_ = false;
      breaks = false;
    }
  }
  after_kept_breaks_ = open_ended_ == 2;
}

// ---- output ---------------------------------------------------------------------------------------

// The layout's part of a line: the blank line before it and the indentation of the lists it is
// in, written when its first character is (so lines left empty, inside block scalars, stay empty).
void YamlEmitter::begin_line_content() {
  if (!at_line_start_) return;
  at_line_start_ = false;
  // A blank line after a block scalar that keeps its trailing line breaks ("|+") would be one
  // more of them.
  if (blank_line_pending_ && !after_kept_breaks_) out_ += '\n';
  blank_line_pending_ = after_kept_breaks_ = false;
  out_.append(extra_indent_, ' ');
}

void YamlEmitter::put(char c) {
  begin_line_content();
  out_ += c;
  ++column_;
}

// Text with no line break, written as it is.
void YamlEmitter::write_line_text(std::string_view text) {
  if (text.empty()) return;
  begin_line_content();
  out_ += text;
  column_ += static_cast<int>(count_characters(text));
}

void YamlEmitter::put_break() {
  out_ += '\n';
  column_ = 0;
  at_line_start_ = true;
}

void YamlEmitter::write_character(std::string_view text, size_t& at) {
  begin_line_content();
  size_t width = width_at(text, at);
  out_.append(text.substr(at, width));
  at += width;
  ++column_;
}

// A line break of the text: '\n' as the output's line break, LINE and PARAGRAPH SEPARATOR as they
// are (a YAML reader counts them as line breaks too).
void YamlEmitter::write_break(std::string_view text, size_t& at) {
  if (text[at] == '\n') {
    put_break();
    ++at;
    return;
  }
  size_t width = width_at(text, at);
  out_.append(text.substr(at, width));
  at += width;
  column_ = 0;
  at_line_start_ = true;
}

} // namespace cvport
