// YamlEmitter follows libyaml's emitter rule by rule (core/src/yaml_emitter.hpp). Here libyaml
// itself is the judge: thousands of random documents, built from the characters and shapes that
// decide a scalar's style (indicators, quotes, spaces and line breaks at either end, control
// characters, NEL, LINE SEPARATOR, a byte order mark, keys longer than 128 bytes, empty
// collections, flow lists), are written by both, and the texts must be the same byte for byte.
// With cvport's layout the text must read back, by libyaml's parser, as the same events.
#include <gtest/gtest.h>

#include <climits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <yaml.h>

#include "yaml_emitter.hpp"

namespace {

using cvport::YamlEmitter;
using cvport::YamlLayout;
using cvport::YamlScalarStyle;

struct Event {
  enum Type { mapping_start, mapping_end, sequence_start, sequence_end, scalar } type;
  std::string text;
  YamlScalarStyle style = YamlScalarStyle::any;
  bool flow = false;
  int fold_width = 0;
};

// ---- random documents ----------------------------------------------------------------------------

const std::vector<std::string> kPieces = {
    "a",  "word", "Zürich", "中文", " ",   "  ",   "\n",  "\n\n", ":",   ": ",  "#",  " #",  "-",
    "- ", "?",    "? ",     "'",    "\"",  "\\",   "\t",  "\r",   "\x01", "\x7f", ",",  "[",  "]",
    "{",  "}",    "&",      "*",    "!",   "|",    ">",   "%",    "@",   "`",   "~",  "---", "...",
    "12", "null", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF", "\xC2\xA0", std::string(1, '\0'),
    "a long line of several words that goes on past any fold width a test gives it, and on and on"};

class DocumentMaker {
public:
  explicit DocumentMaker(unsigned seed) : random_(seed) {}
  // With `fold`, the last scalar has a fold width. libyaml has one width for everything it writes
  // while it is set, and looks ahead after a collection starts, so it would apply the width to a
  // few events before that scalar too; those are starts and short keys here, which no width
  // changes.
  std::vector<Event> document(bool fold) {
    events_.clear();
    if (!fold) {
      node(0, false, true);
      return events_;
    }
    events_.push_back({Event::mapping_start});
    for (size_t members = pick(3); members > 0; --members) {
      scalar();
      node(1, false, false);
    }
    events_.push_back({Event::scalar, "k"});
    std::vector<Event::Type> ends;
    for (size_t depth = pick(3); depth > 0; --depth) {
      if (pick(2) == 0) {
        events_.push_back({Event::sequence_start});
        ends.push_back(Event::sequence_end);
      } else {
        events_.push_back({Event::mapping_start});
        events_.push_back({Event::scalar, "k"});
        ends.push_back(Event::mapping_end);
      }
    }
    scalar();
    events_.back().fold_width = 10 + static_cast<int>(pick(60));
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) events_.push_back({*end});
    events_.push_back({Event::mapping_end});
    return events_;
  }

private:
  size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random_); }

  std::string text() {
    std::string made;
    size_t pieces = pick(7);
    if (pick(12) == 0) pieces += 12; // now and then longer than a simple key may be
    for (size_t i = 0; i < pieces; ++i) made += kPieces[pick(kPieces.size())];
    return made;
  }

  void scalar() {
    Event event{Event::scalar, text()};
    event.style = static_cast<YamlScalarStyle>(pick(6));
    events_.push_back(event);
  }

  void node(int depth, bool in_flow, bool root) {
    size_t kind = root ? 1 : depth >= 4 ? 0 : pick(in_flow ? 4 : 3);
    if (kind == 0 || (in_flow && kind == 3)) return scalar();
    if (kind == 1 && !in_flow) {
      events_.push_back({Event::mapping_start});
      for (size_t members = root ? 1 + pick(5) : pick(4); members > 0; --members) {
        scalar();
        node(depth + 1, false, false);
      }
      events_.push_back({Event::mapping_end});
      return;
    }
    if (kind == 1) { // in a flow list, an empty mapping only
      events_.push_back({Event::mapping_start});
      events_.push_back({Event::mapping_end});
      return;
    }
    bool flow = in_flow || pick(3) == 0;
    events_.push_back({Event::sequence_start, "", YamlScalarStyle::any, flow});
    for (size_t items = pick(4); items > 0; --items) node(depth + 1, flow, false);
    events_.push_back({Event::sequence_end});
  }

  std::mt19937 random_;
  std::vector<Event> events_;
};

// ---- the two emitters ------------------------------------------------------------------------------

int append_output(void* data, unsigned char* buffer, size_t size) {
  static_cast<std::string*>(data)->append(reinterpret_cast<const char*>(buffer), size);
  return 1;
}

yaml_scalar_style_t libyaml_style(YamlScalarStyle style) {
  switch (style) {
  case YamlScalarStyle::any: return YAML_ANY_SCALAR_STYLE;
  case YamlScalarStyle::plain: return YAML_PLAIN_SCALAR_STYLE;
  case YamlScalarStyle::single_quoted: return YAML_SINGLE_QUOTED_SCALAR_STYLE;
  case YamlScalarStyle::double_quoted: return YAML_DOUBLE_QUOTED_SCALAR_STYLE;
  case YamlScalarStyle::literal: return YAML_LITERAL_SCALAR_STYLE;
  case YamlScalarStyle::folded: return YAML_FOLDED_SCALAR_STYLE;
  }
  return YAML_ANY_SCALAR_STYLE;
}

// As cvport's writer drove libyaml before it had an emitter of its own.
std::string emit_with_libyaml(const std::vector<Event>& events) {
  yaml_emitter_t emitter;
  std::string output;
  if (!yaml_emitter_initialize(&emitter)) throw std::runtime_error("out of memory");
  yaml_emitter_set_output(&emitter, append_output, &output);
  yaml_emitter_set_unicode(&emitter, 1);
  yaml_emitter_set_indent(&emitter, 2);
  yaml_emitter_set_width(&emitter, -1);
  yaml_emitter_set_break(&emitter, YAML_LN_BREAK);
  auto emit = [&](yaml_event_t& event) {
    if (!yaml_emitter_emit(&emitter, &event)) throw std::runtime_error("libyaml refused an event");
  };
  yaml_event_t event;
  yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
  emit(event);
  yaml_document_start_event_initialize(&event, nullptr, nullptr, nullptr, 1);
  emit(event);
  for (const Event& e : events) {
    switch (e.type) {
    case Event::mapping_start:
      yaml_mapping_start_event_initialize(&event, nullptr, nullptr, 1, YAML_BLOCK_MAPPING_STYLE);
      break;
    case Event::mapping_end: yaml_mapping_end_event_initialize(&event); break;
    case Event::sequence_start:
      yaml_sequence_start_event_initialize(&event, nullptr, nullptr, 1,
                                           e.flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
      break;
    case Event::sequence_end: yaml_sequence_end_event_initialize(&event); break;
    case Event::scalar:
      yaml_scalar_event_initialize(&event, nullptr, nullptr,
                                   reinterpret_cast<yaml_char_t*>(const_cast<char*>(e.text.data())),
                                   static_cast<int>(e.text.size()), 1, 1, libyaml_style(e.style));
      if (e.fold_width > 0) emitter.best_width = e.fold_width;
      break;
    }
    emit(event);
  }
  yaml_document_end_event_initialize(&event, 1);
  emit(event);
  yaml_stream_end_event_initialize(&event);
  emit(event);
  yaml_emitter_delete(&emitter);
  return output;
}

std::string emit_with_cvport(const std::vector<Event>& events, YamlLayout layout) {
  YamlEmitter emitter(layout);
  for (const Event& e : events) {
    switch (e.type) {
    case Event::mapping_start: emitter.start_mapping(); break;
    case Event::mapping_end: emitter.end_mapping(); break;
    case Event::sequence_start: emitter.start_sequence(e.flow); break;
    case Event::sequence_end: emitter.end_sequence(); break;
    case Event::scalar: emitter.scalar(e.text, e.style, e.fold_width); break;
    }
  }
  return emitter.finish();
}

// The events libyaml's parser reads from `text`, as a comparable string; styles left out.
std::string parsed_events(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::string events;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      events += std::string("error: ") + (parser.problem ? parser.problem : "?");
      break;
    }
    switch (event.type) {
    case YAML_MAPPING_START_EVENT: events += "{"; break;
    case YAML_MAPPING_END_EVENT: events += "}"; break;
    case YAML_SEQUENCE_START_EVENT: events += "["; break;
    case YAML_SEQUENCE_END_EVENT: events += "]"; break;
    case YAML_SCALAR_EVENT:
      events += "<" + std::string(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length) + ">";
      break;
    case YAML_STREAM_END_EVENT: done = true; break;
    default: break;
    }
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return events;
}

std::string expected_events(const std::vector<Event>& events) {
  std::string expected;
  for (const Event& e : events) {
    switch (e.type) {
    case Event::mapping_start: expected += "{"; break;
    case Event::mapping_end: expected += "}"; break;
    case Event::sequence_start: expected += "["; break;
    case Event::sequence_end: expected += "]"; break;
    case Event::scalar: expected += "<" + e.text + ">"; break;
    }
  }
  return expected;
}

std::string shown(const std::vector<Event>& events) {
  std::string text;
  for (const Event& e : events) {
    text += std::to_string(e.type) + ":" + testing::PrintToString(e.text) + "/" + std::to_string(int(e.style)) +
            (e.flow ? "f" : "") + (e.fold_width ? "w" + std::to_string(e.fold_width) : "") + " ";
  }
  return text;
}

// ---- tests ------------------------------------------------------------------------------------------

TEST(YamlEmitter, WritesWhatLibyamlWritesForRandomDocuments) {
  DocumentMaker maker(20261207);
  for (int i = 0; i < 4000; ++i) {
    std::vector<Event> events = maker.document(i % 2 == 1);
    ASSERT_EQ(emit_with_cvport(events, YamlLayout::libyaml), emit_with_libyaml(events)) << shown(events);
  }
}

TEST(YamlEmitter, TheSourceLayoutReadsBackAsTheSameEvents) {
  DocumentMaker maker(7);
  for (int i = 0; i < 4000; ++i) {
    std::vector<Event> events = maker.document(i % 2 == 1);
    std::string text = emit_with_cvport(events, YamlLayout::cvport_source);
    ASSERT_EQ(parsed_events(text), expected_events(events)) << text << "\n" << shown(events);
  }
}

TEST(YamlEmitter, IndentsListsUnderKeysAndSeparatesSectionsAndEntries) {
  std::vector<Event> events = {
      {Event::mapping_start},
      {Event::scalar, "person"},     {Event::mapping_start}, {Event::scalar, "name"}, {Event::scalar, "Ada"},
      {Event::scalar, "keywords"},   {Event::sequence_start, "", YamlScalarStyle::any, true},
      {Event::scalar, "C++"},        {Event::sequence_end},  {Event::mapping_end},
      {Event::scalar, "publications"}, {Event::sequence_start},
      {Event::mapping_start},        {Event::scalar, "title"}, {Event::scalar, "One"},
      {Event::scalar, "authors"},    {Event::sequence_start}, {Event::scalar, "Ada"}, {Event::scalar, "Bo"},
      {Event::sequence_end},         {Event::mapping_end},
      {Event::mapping_start},        {Event::scalar, "title"}, {Event::scalar, "Two\nlines\n"},
      {Event::mapping_end},
      {Event::sequence_end},         {Event::mapping_end}};
  events[23].style = YamlScalarStyle::literal;
  EXPECT_EQ(emit_with_cvport(events, YamlLayout::cvport_source), "person:\n"
                                                                   "  name: Ada\n"
                                                                   "  keywords: [C++]\n"
                                                                   "\n"
                                                                   "publications:\n"
                                                                   "  - title: One\n"
                                                                   "    authors:\n"
                                                                   "      - Ada\n"
                                                                   "      - Bo\n"
                                                                   "\n"
                                                                   "  - title: |\n"
                                                                   "      Two\n"
                                                                   "      lines\n");
  EXPECT_EQ(emit_with_cvport(events, YamlLayout::libyaml), emit_with_libyaml(events));
}

TEST(YamlEmitter, WritesCharactersOutsideTheBasicPlaneAsTheyAre) {
  // libyaml 0.2.5 would write "\U0001F600" in double quotes.
  std::vector<Event> events = {{Event::mapping_start}, {Event::scalar, "note"}, {Event::scalar, "Gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x80"},
                               {Event::mapping_end}};
  EXPECT_EQ(emit_with_cvport(events, YamlLayout::cvport_source), "note: Gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x80\n");
}

TEST(YamlEmitter, RefusesEventsOutOfOrder) {
  YamlEmitter emitter(YamlLayout::cvport_source);
  emitter.start_mapping();
  emitter.scalar("key", YamlScalarStyle::any);
  EXPECT_THROW(emitter.end_mapping(), std::logic_error); // a key without its value
  YamlEmitter unfinished(YamlLayout::cvport_source);
  unfinished.start_sequence(false);
  unfinished.scalar("item", YamlScalarStyle::any);
  EXPECT_THROW(unfinished.finish(), std::logic_error);
}

} // namespace
