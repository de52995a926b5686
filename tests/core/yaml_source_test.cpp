// The cvport-yaml export: the model written as an editable source. It must read back to the
// identical model, keep every JSON value a later model field may hold, and follow the documented
// style (golden file of the example, exact bytes of a small CV).
#include <optional>
#include <regex>

#include <gtest/gtest.h>
#include <yaml.h>

#include "cvport/installed_files.hpp"
#include "cvport/model_json.hpp"
#include "cvport/model_json_reader.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/source.hpp"
#include "cvport/plugin_calls.hpp"
#include "golden.hpp"
#include "test_paths.hpp"

namespace {

using namespace cvport;
using cvport::testing::read_file;

// The schema beside the bin folder of the running executable (this test's, in the build tree).
const std::string header = "# yaml-language-server: $schema=" + installed_schema_path() + "\n";

// The cvport-yaml export of canonical model JSON, as `cvport export --to cvport-yaml` writes it.
std::string export_yaml(const std::string& model_json) {
  PluginRegistry registry;
  const LoadedFormat* format = registry.find_format("cvport-yaml");
  EXPECT_NE(format, nullptr);
  FormatOutput output;
  DiagnosticList diagnostics;
  EXPECT_TRUE(call_export(*format, model_json, nlohmann::json::object(), "cv", output, diagnostics));
  EXPECT_TRUE(diagnostics.items().empty());
  EXPECT_EQ(output.files.size(), 1u);
  return output.files.empty() ? "" : output.files.front().second;
}

std::string all_problems(const LoadedCv& loaded) {
  std::string all;
  for (const auto& d : loaded.diagnostics.items()) all += format_diagnostic(d) + "\n";
  return all;
}

// Loads `text` as a source; expects it to be valid with no warning, and returns its canonical JSON.
std::string canonical_of_source(const std::string& text, const std::string& name) {
  LoadedCv loaded = load_native_text(text, name);
  EXPECT_TRUE(loaded.diagnostics.items().empty()) << all_problems(loaded) << text;
  return loaded.cv ? to_compact_model_text(*loaded.cv) : "";
}

// Writes `model_json` as YAML, reads it back and expects the same canonical JSON.
void expect_round_trip(const std::string& model_json) {
  std::string yaml = export_yaml(model_json);
  EXPECT_EQ(canonical_of_source(yaml, "written.yaml"), model_json) << yaml;
}

TEST(YamlSource, TheExampleReadsBackIdenticallyAndMatchesTheGoldenFile) {
  std::string example = read_file(cvport::testing::source_dir() / "examples/baolin-li.yaml");
  std::string model_json = canonical_of_source(example, "baolin-li.yaml");
  std::string yaml = export_yaml(model_json);
  EXPECT_EQ(canonical_of_source(yaml, "written.yaml"), model_json);
  // The schema line names the schema beside the running executable; the golden file shows the
  // one of the default install prefix, so it reads as the file a default install writes.
  ASSERT_EQ(yaml.substr(0, header.size()), header);
  cvport::testing::expect_golden(
      cvport::testing::source_dir() / "tests/core/golden/baolin-li.cv.yaml",
      "# yaml-language-server: $schema=/usr/local/share/cvport/cvport.schema.json\n" + yaml.substr(header.size()));
}

TEST(YamlSource, TextThatYamlWouldMisreadReadsBackIdentically) {
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "word" + std::to_string(i) + (i % 7 ? " " : ", and: ");
  long_text += "end";
  const std::vector<std::string> texts = {
      "yes", "No", "on", "OFF", "y", "true", "null", "Null", "~", "012", "12", "0x1F", "0o17", "1e3", "1.0", ".5",
      "-1", "+2", "1_000", "1:30", ".inf", ".NaN", "2024-01-31", "2024-1-3 10:00", "<<", "=", "A: B", "a #b",
      "#hash", "- dash", "-", "* star", "& amp", "! bang", "| pipe", "> gt", "% percent", "@ at", "` tick",
      "? question", "?", ": colon", ",comma", "[x]", "{y}", "---", "...", "'single' quotes", "\"double\" quotes",
      "it's", "a\\b", "tab\tinside", "ünïcödé ∑", "😀 emoji 🇪🇺", "line one\nline two",
      "para one\n\npara two\n\n\n  indented\nend", "trailing spaces  \nnext", "windows\r\nlines", "old mac\rline", "ls\u2028ps\u2029x", "x:y", "url: https://a.b/c#d",
      long_text};
  Cv cv;
  cv.person.name = "Ada Lovelace";
  cv.person.summary = long_text;
  CustomSection section{.title = "Tricky", .intro = "line one\nline two"};
  for (const std::string& text : texts) {
    section.entries.push_back({.title = text, .subtitle = text, .summary = text, .highlights = {text, "plain"}});
    // Short lists of short text go to flow style, where other characters need quotes.
    if (text.size() >= 12 || text.find('\n') != std::string::npos) continue;
    if (cv.skills.empty() || cv.skills.back().keywords.size() == 3) cv.skills.push_back({.name = "Skill"});
    cv.skills.back().keywords.push_back(text);
  }
  cv.sections.push_back(section);
  expect_round_trip(to_compact_model_text(cv));
}

// ---- any JSON value, as YAML --------------------------------------------------------------------

// What a YAML 1.2 (core schema) reader makes of a scalar: quoted ones are text.
Json resolve_scalar(const yaml_event_t& event) {
  std::string text(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
  if (event.data.scalar.style != YAML_PLAIN_SCALAR_STYLE) return text;
  if (std::regex_match(text, std::regex("|~|null|Null|NULL"))) return nullptr;
  if (std::regex_match(text, std::regex("true|True|TRUE"))) return true;
  if (std::regex_match(text, std::regex("false|False|FALSE"))) return false;
  if (std::regex_match(text, std::regex("[-+]?[0-9]+"))) return std::stoll(text);
  if (std::regex_match(text, std::regex("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"))) return std::stod(text);
  return text;
}

// The YAML text as JSON, by libyaml's parser (no aliases: the writer makes none).
Json yaml_to_json(const std::string& yaml) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.data()), yaml.size());
  struct Open {
    Json value;
    std::optional<std::string> key; // a mapping's key waiting for its value
  };
  std::vector<Open> open;
  Json root;
  auto attach = [&](Json value) {
    if (open.empty()) {
      root = std::move(value);
    } else if (open.back().value.is_array()) {
      open.back().value.push_back(std::move(value));
    } else if (!open.back().key) {
      // A key that would not read as text shows as such in the comparison.
      open.back().key = value.is_string() ? value.get<std::string>() : "(not text: " + value.dump() + ")";
    } else {
      open.back().value[*open.back().key] = std::move(value);
      open.back().key.reset();
    }
  };
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ADD_FAILURE() << "YAML does not parse: " << parser.problem << "\n" << yaml;
      break;
    }
    switch (event.type) {
    case YAML_SCALAR_EVENT: attach(resolve_scalar(event)); break;
    case YAML_MAPPING_START_EVENT: open.push_back({Json::object(), {}}); break;
    case YAML_SEQUENCE_START_EVENT: open.push_back({Json::array(), {}}); break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT: {
      Json done_value = std::move(open.back().value);
      open.pop_back();
      attach(std::move(done_value));
      break;
    }
    case YAML_STREAM_END_EVENT: done = true; break;
    default: break;
    }
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return root;
}

TEST(YamlSource, AnyJsonValueIsWrittenAsTheSameYaml) {
  // Members of an imported file that the model has no field for are kept verbatim (Extra, keyed
  // by format) and written as YAML of the same JSON value: types, member order and every byte of
  // text.
  Json kept = Json::parse(R"({
    "yes": 1, "12": "12", "": "", "  lead": "trail  ", "null": null, "t": true, "f": false,
    "numbers": [0, -7, 3.25, 1.5e300, -0.5, 12345678901234],
    "texts": ["", " ", "  both  ", "\t", "crlf\r\n", "\r", "nel\u0085", "ls\u2028", "a\tb", "line\n", "two\n\n", "\nlead break", "a \nb", "x\n  y\n",
              "yes", "012", "1e3", "null", "~", "- a", "* b", "& c", "# d", "a: b", "😀", "ü", "\"q\" 'q'"],
    "nested": [[1, [2, []]], {"a": {"b": {"c": {}}}}, [{"k": "v"}, {"k": null}]],
    "long": "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z"
  })");
  Json model = {{"person", {{"name", "A"}, {"extra", {{"jsonresume", kept}}}}},
                {"work", Json::array({{{"organization", "O"}, {"position", "P"}, {"extra", {{"a-format", kept}, {"jsonresume", kept}}}}})}};
  Json canonical = Json::parse(to_compact_model_text(cvport::cv_from_json_text(model.dump())));
  ASSERT_EQ(canonical["work"][0]["extra"]["jsonresume"], kept); // the model kept it
  std::string yaml = export_yaml(model.dump());
  Json written = yaml_to_json(yaml); // ordered JSON: the member order counts too
  EXPECT_EQ(written["person"]["extra"], canonical["person"]["extra"]) << yaml;
  EXPECT_EQ(written["work"][0]["extra"], canonical["work"][0]["extra"]) << yaml;
  expect_round_trip(canonical.dump());
  // The members as the reader keeps them, byte for byte: from the JSON, and from the YAML written.
  auto dumped = [](const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); };
  EXPECT_EQ(cvport::cv_from_json_text(model.dump()).work[0].extra.json, dumped(model["work"][0]["extra"]));
  cvport::LoadedSource reread = cvport::read_cv_source(yaml, "cv.yaml");
  ASSERT_FALSE(reread.diagnostics.has_errors()) << yaml;
  EXPECT_EQ(reread.cv.work[0].extra.json, dumped(canonical["work"][0]["extra"])) << yaml;
  EXPECT_EQ(reread.cv.person.extra.json, dumped(canonical["person"]["extra"])) << yaml;
}

TEST(YamlSource, WritesTheDocumentedStyle) {
  std::string source = R"(person:
  name: Ada Lovelace
  name_variants: [A. Lovelace]
  summary: Mathematician and writer, chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical Engine.
education:
  - institution: University of London
    start: 1840-09
    end: present
    score: "4.0"
  - institution: {name: Home schooling, country: GB}
    end: 1835
publications:
  - type: journal-article
    title: "Notes: on the Analytical Engine"
    authors: [A. Lovelace, {name: Charles Babbage}]
    venue: Taylor's Scientific Memoirs
    date: 1843-10-01
    volume: "3"
  - type: other
    title: Letters
    authors: [{name: Augusta Ada King, self: true}]
skills:
  - name: Mathematics
    keywords: [Analysis, Algebra, "yes"]
    level: Expert
)";
  std::string yaml = export_yaml(canonical_of_source(source, "cv.yaml"));
  EXPECT_EQ(yaml, header + R"(
person:
  name: Ada Lovelace
  name_variants: [A. Lovelace]
  summary: >-
    Mathematician and writer, chiefly known for her work on Charles Babbage's proposed
    mechanical general-purpose computer, the Analytical Engine.

education:
  - institution: University of London
    start: 1840-09
    end: present
    score: '4.0'

  - institution:
      name: Home schooling
      country: GB
    end: 1835

publications:
  - id: lovelace1843notes
    type: journal-article
    title: 'Notes: on the Analytical Engine'
    authors: [A. Lovelace, Charles Babbage]
    venue: Taylor's Scientific Memoirs
    date: 1843-10-01
    volume: '3'

  - id: kingletters
    type: other
    title: Letters
    authors:
      - name: Augusta Ada King
        self: true

skills:
  - name: Mathematics
    level: Expert
    keywords: [Analysis, Algebra, 'yes']
)");
}

} // namespace
