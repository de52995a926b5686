// The options table of each format's page (docs/formats/<id>.md, "## Options")
// is generated from the plugin's option declarations, the same ones `cvport
// formats --options <id>` prints: the option, its values and its default come
// from the declaration; only the last column, what the option does, is written
// by hand. A table that disagrees with its plugin fails here;
// scripts/update-golden (CVPORT_UPDATE_GOLDEN=1) rewrites the first three
// columns and adds a row for a new option, with its declared description.
#include <algorithm>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "cvport/plugin_registry.hpp"
#include "golden.hpp"
#include "test_paths.hpp"

namespace {

using namespace cvport;
using cvport::testing::expect_golden;
using cvport::testing::read_file;

std::string code(const std::string& text) { return "`" + text + "`"; }

// A value as it is written on the command line: "auto", "10.5",
// "work,education".
std::string command_line_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (!value.is_array()) return value.dump();
  std::string joined;
  for (const auto& item : value) joined += (joined.empty() ? "" : ",") + command_line_text(item);
  return joined;
}

std::string values_column(const nlohmann::json& schema) {
  std::string type = schema.value("type", "string");
  if (schema.contains("enum")) {
    std::string choices;
    for (const auto& choice : schema["enum"])
      choices += (choices.empty() ? "" : ", ") + code(command_line_text(choice));
    return choices;
  }
  if (type == "boolean") return "`true`, `false`";
  if (type == "integer" || type == "number") {
    std::string kind = type == "integer" ? "whole number" : "number";
    if (schema.contains("minimum") && schema.contains("maximum"))
      return kind + ", " + schema["minimum"].dump() + " to " + schema["maximum"].dump();
    if (schema.contains("minimum")) return kind + " ≥ " + schema["minimum"].dump();
    return kind;
  }
  if (type == "array") return "list, comma-separated";
  if (schema.value("x-cvport-file", false)) return "a file";
  return "text";
}

std::string default_column(const nlohmann::json& schema) {
  if (!schema.contains("default")) return "not set";
  const nlohmann::json& value = schema["default"];
  // What an empty default means (every section, no section) is the plugin's to say, in the last column.
  if ((value.is_array() && value.empty()) || (value.is_string() && value.get_ref<const std::string&>().empty()))
    return "empty";
  return code(command_line_text(value));
}

// The hand-written last column of each row of the table after "## Options", by
// option name, in the table's order.
std::vector<std::pair<std::string, std::string>> hand_written_meanings(const std::string& table) {
  std::vector<std::pair<std::string, std::string>> meanings;
  std::istringstream lines(table);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("| `", 0) != 0) continue;
    std::string name = line.substr(3, line.find('`', 3) - 3);
    size_t last = line.rfind(" |");
    size_t before = line.rfind(" | ", last - 1);
    meanings.emplace_back(name, line.substr(before + 3, last - before - 3));
  }
  return meanings;
}

class OptionDocs : public ::testing::TestWithParam<std::string> {};

TEST_P(OptionDocs, TableAgreesWithThePluginsDeclarations) {
  PluginRegistry registry;
  registry.load_directories({cvport::testing::plugin_dir(), cvport::testing::linked_plugin_module_dir()});
  const LoadedFormat* format = registry.find_format(GetParam());
  ASSERT_NE(format, nullptr) << GetParam();
  std::filesystem::path page = cvport::testing::source_dir() / "docs/formats" / (GetParam() + ".md");
  std::string text = read_file(page);
  size_t heading = text.find("\n## Options\n");
  ASSERT_NE(heading, std::string::npos) << page;
  size_t start = text.find("\n|", heading) + 1;
  size_t end = text.find("\n\n", start) + 1;
  // The documented options in the page's order (those the plugin no longer
  // declares left out), then the undocumented ones with their declared
  // description.
  const nlohmann::json properties = format->options_schema.value("properties", nlohmann::json::object());
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& [name, meaning] : hand_written_meanings(text.substr(start, end - start)))
    if (properties.contains(name)) rows.emplace_back(name, meaning);
  for (const auto& property : properties.items()) {
    // A named variable, not a structured binding: clang 14 (the sanitizer build) cannot capture
    // a structured binding in a lambda.
    const std::string name = property.key();
    if (std::none_of(rows.begin(), rows.end(), [&](const auto& row) { return row.first == name; }))
      rows.emplace_back(name, property.value().value("description", ""));
  }
  std::string table = "| option | values | default | what it does |\n| --- | "
                      "--- | --- | --- |\n";
  for (const auto& [name, meaning] : rows)
    table += "| " + code(name) + " | " + values_column(properties[name]) + " | " + default_column(properties[name]) +
             " | " + meaning + " |\n";
  expect_golden(page, text.substr(0, start) + table + text.substr(end));
}

INSTANTIATE_TEST_SUITE_P(Formats, OptionDocs, ::testing::Values("markdown", "docx", "jsonresume", "orcid"));
#ifdef CVPORT_HAS_PDF
INSTANTIATE_TEST_SUITE_P(Pdf, OptionDocs, ::testing::Values("pdf"));
#endif

} // namespace
