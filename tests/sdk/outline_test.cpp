// The plain-C example plugin's writer and JSON reading, called through the in-memory host.
#include <string>

#include <gtest/gtest.h>

#include "json_scan.h"
#include "memory_host.hpp"
#include "outline_writer.h"

namespace {

using cvport::testing::MemoryHost;

cvport_status run_outline(MemoryHost& host, std::string_view json, int indent = 2) {
  cvport_sink* sink = host.host()->open_sink(host.host()->context, "");
  return write_outline(host.host(), sink, json.data(), json.size(), indent);
}

std::string outline_of(std::string_view json, int indent = 2) {
  MemoryHost host;
  EXPECT_EQ(run_outline(host, json, indent), CVPORT_OK);
  EXPECT_TRUE(host.diagnostics.empty());
  return host.outputs[""];
}

TEST(Outline, ObjectsAsIndentedFieldsListsAsBullets) {
  EXPECT_EQ(outline_of(R"({"person": {"name": "Ada"},
                           "publications": [{"id": "a", "authors": [{"name": "X", "self": true}, {"name": "Y"}]},
                                            {"id": "b"}],
                           "tags": ["x", "y"], "count": 3})"),
            "person:\n"
            "  name: Ada\n"
            "publications:\n"
            "  - id: a\n"
            "    authors:\n"
            "      - name: X\n"
            "        self: true\n"
            "      - name: Y\n"
            "  - id: b\n"
            "tags:\n"
            "  - x\n"
            "  - y\n"
            "count: 3\n");
}

TEST(Outline, IndentOptionSetsTheSpacesPerLevel) {
  EXPECT_EQ(outline_of(R"({"a": {"b": "c"}, "l": [{"x": 1, "y": 2}]})", 4),
            "a:\n    b: c\nl:\n    - x: 1\n      y: 2\n");
}

TEST(Outline, DecodesEscapesAndBreaksLines) {
  EXPECT_EQ(outline_of(R"({"t": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \ud800", "lines": "one\r\ntwo\rthree\nfour"})"),
            "t: caf\u00e9 \U0001F600 \"q\" \\ / \uFFFD\n"
            "lines: one\n  two\n  three\n  four\n");
}

TEST(Outline, EmptyAndNestedContainers) {
  EXPECT_EQ(outline_of(R"({"a": {}, "b": [], "c": [[], {}], "d": [["x", "y"]]})"),
            "a:\nb:\nc:\n  - \n  - \nd:\n  - - x\n    - y\n");
}

TEST(Outline, BadModelIsAnErrorDiagnostic) {
  for (std::string_view bad : {R"({"a": "unterminated)", R"(["not an object"])", R"({"a": 1} trailing)", R"({"a" 1})",
                               R"({"a": [1 2]})", R"({"a": "\u12"})"}) {
    MemoryHost host;
    EXPECT_EQ(run_outline(host, bad), CVPORT_ERROR) << bad;
    ASSERT_EQ(host.diagnostics.size(), 1u) << bad;
    EXPECT_EQ(host.diagnostics[0].code, "outline.bad-model");
    EXPECT_EQ(host.diagnostics[0].severity, CVPORT_SEVERITY_ERROR);
  }
}

TEST(Outline, NestingIsBounded) {
  std::string deep = "{\"a\": " + std::string(100, '[') + std::string(100, ']') + "}";
  MemoryHost host;
  EXPECT_EQ(run_outline(host, deep), CVPORT_ERROR);
  ASSERT_EQ(host.diagnostics.size(), 1u);
  EXPECT_EQ(host.diagnostics[0].message, "the model nests deeper than the outline supports");
}

TEST(Outline, RefusedWriteStopsWithSinkFailed) {
  MemoryHost host;
  cvport_sink* sink = host.host()->open_sink(host.host()->context, "");
  host.fail_writes = true;
  std::string_view json = R"({"a": "b"})";
  EXPECT_EQ(write_outline(host.host(), sink, json.data(), json.size(), 2), CVPORT_SINK_FAILED);
}

TEST(JsonScan, ObjectIntegerReadsOneTopLevelMember) {
  auto integer = [](std::string_view json) { return json_object_integer(json.data(), json.size(), "indent", -1); };
  EXPECT_EQ(integer(R"({"indent":4})"), 4);
  EXPECT_EQ(integer(R"({"other": {"indent": 9}, "list": ["a", {"b": [1]}], "indent": 7})"), 7);
  EXPECT_EQ(integer(R"({"other": {"indent": 9}})"), -1);
  EXPECT_EQ(integer(R"({"indent": "4"})"), -1);
  EXPECT_EQ(integer("{}"), -1);
  EXPECT_EQ(integer(""), -1);
  EXPECT_EQ(json_object_integer(nullptr, 0, "indent", 2), 2);
}

} // namespace
