// json_source_tree (core/src/json_tree.hpp) reads JSON with simdjson's On-Demand API, which checks
// only what is read. nlohmann's SAX parser, which the host used before, is the judge here: for
// thousands of texts made by mutating valid JSON (bytes deleted, doubled, replaced by the
// characters that decide JSON's syntax), the tree simdjson gives must be nlohmann's events, kind
// by kind, text by text, in the same order, and a text nlohmann refuses must give no tree.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_tree.hpp"

namespace {

using cvport::SourceKind;
using cvport::SourceNode;
using cvport::SourceTree;

// A tree as one line per node, in document order: what the test compares.
void render(SourceNode node, std::string& out) {
  out += std::to_string(node.column()) + " ";
  switch (node.kind()) {
  case SourceKind::null: out += "null\n"; return;
  case SourceKind::scalar: out += (node.is_plain() ? "plain " : "string ") + node.scalar() + "\n"; return;
  case SourceKind::map:
    out += "map\n";
    for (size_t i = 0; i < node.size(); ++i) {
      render(node.key(i), out);
      render(node.value(i), out);
    }
    out += "end\n";
    return;
  case SourceKind::sequence:
    out += "sequence\n";
    for (size_t i = 0; i < node.size(); ++i) render(node.item(i), out);
    out += "end\n";
    return;
  }
}

// The same lines from nlohmann's events; a number is its text as written: nlohmann gives a float's
// text, and an integer's value, whose decimal form is the text of any valid JSON integer but -0
// (see without_zero_sign).
class ReferenceRenderer : public nlohmann::json_sax<nlohmann::json> {
public:
  std::string out;

  bool null() override { return line("null"); }
  bool boolean(bool value) override { return line(value ? "plain true" : "plain false"); }
  bool number_integer(number_integer_t value) override { return line("plain " + std::to_string(value)); }
  bool number_unsigned(number_unsigned_t value) override { return line("plain " + std::to_string(value)); }
  bool number_float(number_float_t, const string_t& text) override { return line("plain " + text); }
  bool string(string_t& value) override { return line("string " + value); }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return line("map"); }
  bool key(string_t& value) override { return line("string " + value); }
  bool end_object() override { return end(); }
  bool start_array(std::size_t) override { return line("sequence"); }
  bool end_array() override { return end(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
  bool line(const std::string& what) {
    out += std::to_string(++rank_) + " " + what + "\n";
    return true;
  }
  bool end() {
    out += "end\n";
    return true;
  }
  int rank_ = 0;
};

struct Reading {
  bool accepted = false;
  std::string lines;
};

Reading read_with_simdjson(const std::string& text) {
  std::optional<SourceTree> tree = cvport::json_source_tree(text);
  if (!tree) return {};
  Reading reading{true, {}};
  render(tree->root(), reading.lines);
  return reading;
}

// The integer -0 as nlohmann reports it (its value, 0); simdjson keeps the text "-0".
std::string without_zero_sign(std::string lines) {
  for (size_t at = 0; (at = lines.find(" plain -0\n", at)) != std::string::npos;) lines.erase(at + 7, 1);
  return lines;
}

Reading read_with_nlohmann(const std::string& text) {
  ReferenceRenderer renderer;
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &renderer)) return {};
  return {true, renderer.out};
}

// simdjson does not check for unescaped control characters in strings (documented), and gives no
// tree for a document that is one scalar: the texts where the two may rightly differ.
bool comparable(const std::string& text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 && c != ' ') return false;
  size_t first = text.find_first_not_of(' ');
  return first != std::string::npos && (text[first] == '{' || text[first] == '[');
}

TEST(JsonSourceTree, ReadsWhatNlohmannReadsInTheSameOrder) {
  const std::vector<std::string> texts = {
      R"({"person":{"name":"A","name":"B"},"model_version":"1.0"})",
      R"({"a":12,"b":1.50,"c":true,"d":false,"e":null,"f":-0,"g":-0.0,"h":1e5,"i":-12E-3,"j":0})",
      R"({"max":18446744073709551615,"min":-9223372036854775808,"big":1.8446744073709551616e19})",
      R"({"s":"tab\there \u0001 \u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r"})",
      R"([[],{},[[]],{"":""},"",[1,[2,[3]]]])",
      "\xEF\xBB\xBF{\"bom\":1}",
      "{ \"spaced\" : [ 1 , 2 ] , \"x\" : { } }  ",
  };
  for (const std::string& text : texts) {
    Reading simd = read_with_simdjson(text);
    Reading reference = read_with_nlohmann(text);
    ASSERT_TRUE(reference.accepted) << text;
    ASSERT_TRUE(simd.accepted) << text;
    EXPECT_EQ(without_zero_sign(simd.lines), reference.lines) << text;
  }
  // The numbers keep their own text, as a YAML reader sees it.
  EXPECT_NE(read_with_simdjson(texts[1]).lines.find("plain 1.50\n"), std::string::npos);
  EXPECT_NE(read_with_simdjson(texts[1]).lines.find("plain -0\n"), std::string::npos);
  EXPECT_NE(read_with_simdjson(texts[2]).lines.find("plain 1.8446744073709551616e19\n"), std::string::npos);
  // An integer beyond 64 bits is JSON that simdjson 3.0 cannot read: no tree, and the callers
  // read the text as before (compact_json_tree's caller with nlohmann).
  std::string big = R"({"big":123456789012345678901234567890})";
  EXPECT_TRUE(read_with_nlohmann(big).accepted);
  EXPECT_FALSE(read_with_simdjson(big).accepted);
}

TEST(JsonSourceTree, RefusesWhatIsNotJson) {
  for (std::string text : {R"({"a":1,})", R"({"a":1} {"b":2})", R"({"a":1}])", R"([1]])", R"([1,])", R"({"a" 1})",
                           R"({"a":tru})", R"({"a":nul})", R"({"a":01})", R"({"a":1.})", R"({"a":.5})", R"({"a":+1})",
                           R"({"a":"\x"})", R"({"a":"\ud800"})", R"({a:1})", R"({"a":'b'})", R"([1 2])", "[\"\xFF\"]",
                           R"({"a":1)", R"([)", "", "   "}) {
    EXPECT_FALSE(read_with_nlohmann(text).accepted) << text;
    EXPECT_FALSE(read_with_simdjson(text).accepted) << text;
  }
}

TEST(JsonSourceTree, MutatedTextsReadAsNlohmannReadsThem) {
  const std::vector<std::string> seeds = {
      R"({"person":{"name":"Ada Lovelace","email":"ada@example.org"},"publications":[{"title":"Notes \"on\" the engine","year":1843,"authors":["Ada","Charles"],"extra":{"n":1.5,"ok":true,"no":null}}]})",
      R"([{"a":[1,-2,3.25e-1,{"b":[]}]},"x\\y\u00e9",false,null,{"":{}}])",
  };
  const std::string alphabet = "{}[]:,\"\\ 0123456789-+.eEtrufalsn\xC3\xA9u";
  std::mt19937 random(20261207);
  int compared = 0, accepted = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = seeds[round % seeds.size()];
    int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      size_t at = random() % text.size();
      switch (random() % 3) {
      case 0: text.erase(at, 1); break;
      case 1: text.insert(at, 1, text[at]); break;
      default: text[at] = alphabet[random() % alphabet.size()]; break;
      }
    }
    if (!comparable(text)) continue;
    ++compared;
    Reading simd = read_with_simdjson(text);
    Reading reference = read_with_nlohmann(text);
    ASSERT_EQ(simd.accepted, reference.accepted) << text;
    ASSERT_EQ(without_zero_sign(simd.lines), reference.lines) << text;
    accepted += simd.accepted;
  }
  // Both outcomes were exercised many times.
  EXPECT_GT(compared, 15000);
  EXPECT_GT(accepted, 1000);
  EXPECT_GT(compared - accepted, 1000);
}

} // namespace
