// The JSON Schema agrees with cvport, as an editor applies it: yaml-language-server (the YAML
// language server of VS Code, Neovim, Emacs, ...) validates the example, every valid fixture and
// the `cvport init` starter with no diagnostic at all, and finds each invalid fixture of the
// table below invalid on the same line as `cvport validate`. Needs `scripts/install-deps
// --consumers` (Node.js and tests/consumers/node_modules); without them it fails, it does not skip.
#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using cvport::testing::Cli;
using cvport::testing::CommandResult;

const fs::path kSource = cvport::testing::source_dir();
const fs::path kNodeModules = cvport::testing::consumers_dir();

struct EditorDiagnostic {
  int line;
  std::string message;
};

class Editor : public Cli {
protected:
  // What the editor underlines in each file, by file name.
  std::map<std::string, std::vector<EditorDiagnostic>> check_in_editor(const std::vector<fs::path>& files) {
    std::map<std::string, std::vector<EditorDiagnostic>> found;
    EXPECT_TRUE(fs::exists(kNodeModules / "yaml-language-server" / "package.json"))
        << "yaml-language-server is missing from " << kNodeModules << ": run scripts/install-deps --consumers";
    std::string command = "node '" + (kSource / "tests/editor/check_in_yaml_editor.mjs").string() + "' '" +
                          kNodeModules.string() + "' '" + (kSource / "docs/schema/cvport.schema.json").string() + "'";
    for (const fs::path& file : files) command += " '" + file.string() + "'";
    CommandResult result = run(command);
    EXPECT_EQ(result.status, 0) << result.err;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
      auto report = nlohmann::json::parse(line);
      auto& diagnostics = found[report["file"].get<std::string>()];
      for (const auto& d : report["diagnostics"]) diagnostics.push_back({d["line"], d["message"]});
    }
    EXPECT_EQ(found.size(), files.size()) << result.out << result.err;
    return found;
  }
};

// Every CV source the tests treat as valid: the example, the canonical JSON fixtures.
std::vector<fs::path> valid_fixtures() {
  std::vector<fs::path> files{kSource / "examples/baolin-li.yaml"};
  for (const auto& entry : fs::recursive_directory_iterator(kSource / "tests")) {
    std::string name = entry.path().filename().string();
    if (entry.path().string().find("node_modules") != std::string::npos) continue;
    bool in_data = entry.path().parent_path().filename() == "data";
    bool source = name.ends_with(".cvport.json") || name.ends_with(".yaml") || name.ends_with(".yml");
    if (entry.is_regular_file() && in_data && source) files.push_back(entry.path());
  }
  std::sort(files.begin() + 1, files.end());
  return files;
}

TEST_F(Editor, TheExampleEveryValidFixtureAndTheStarterHaveNoDiagnostic) {
  std::vector<fs::path> files = valid_fixtures();
  ASSERT_GE(files.size(), 5u) << "the fixtures moved: example, tests/data and tests/plugins/*/data";
  fs::path starter = folder / "cv.yaml";
  ASSERT_EQ(cvport("init -q " + starter.string()).status, 0);
  files.push_back(starter);
  for (const fs::path& file : files) {
    CommandResult validate = cvport("validate -q " + file.string());
    EXPECT_EQ(validate.status, 0) << file << " is not valid for cvport:\n" << validate.err;
  }
  auto found = check_in_editor(files);
  for (const fs::path& file : files) {
    std::string listed;
    for (const auto& d : found[file.string()]) listed += "  line " + std::to_string(d.line) + ": " + d.message + "\n";
    EXPECT_EQ(found[file.string()].size(), 0u) << file << " has editor diagnostics:\n" << listed;
  }
}

// Where the editor and cvport must both see a problem: the line, a fragment of the editor's
// message (yaml-language-server's wording), and cvport's diagnostic code.
struct InvalidFixture {
  const char* name;
  const char* yaml;
  int line;
  const char* editor_says;
  const char* cvport_code;
};

const InvalidFixture kInvalidFixtures[] = {
    {"misspelled-key", "person:\n  name: A\n  emial: a@example.org\n", 3, "Property emial is not allowed.",
     "source.unknown-field"},
    {"misspelled-section", "person: {name: A}\npublication:\n  - title: T\n", 2, "Property publication is not allowed.",
     "source.unknown-field"},
    {"list-expected", "person: {name: A}\neducation:\n  institution: X\n", 3, "Incorrect type. Expected \"array\".",
     "source.wrong-type"},
    {"text-where-a-mapping-is-expected", "person: Alice\n", 1, "Incorrect type. Expected \"Person\".",
     "source.wrong-type"},
    {"flag-not-true-or-false",
     "person: {name: A}\npublications:\n  - title: T\n    authors: [A]\n    et_al: maybe\n", 5,
     "Incorrect type. Expected \"boolean\".", "source.wrong-type"},
    {"date-with-a-one-digit-month", "person: {name: A}\nwork:\n  - organization: X\n    position: P\n    start: 2019-9\n",
     5, "String does not match the pattern", "source.bad-date"},
    {"date-in-words", "person: {name: A}\nawards:\n  - title: T\n    date: Spring 2020\n", 4,
     "String does not match the pattern", "source.bad-date"},
    {"year-too-short", "person: {name: A}\nawards:\n  - title: T\n    date: 20\n", 4, "Value is below the minimum of 1000.",
     "source.bad-date"},
    {"unknown-choice",
     "person: {name: A}\npublications:\n  - title: T\n    type: workshop\n    authors: [A]\n", 4,
     "Value is not accepted. Valid values:", "source.bad-choice"},
    {"country-not-a-code", "person:\n  name: A\n  location: {city: London, country: UK}\n", 3,
     "Value is not accepted. Valid values:", "source.bad-country"},
    {"doi-read-as-a-number", "person: {name: A}\npublications:\n  - title: T\n    authors: [A]\n    doi: 10.1145\n", 5,
     "Incorrect type. Expected \"string\".", "source.bad-doi"},
    // Texts in several languages: every key a language tag, at least one language.
    {"language-map-with-a-key-that-is-no-tag", "person:\n  name: A\n  headline:\n    en: Developer\n    German: Entwickler\n",
     5, "String does not match the pattern", "source.wrong-type"},
    {"empty-language-map", "person:\n  name: A\n  headline: {}\n", 3, "Incorrect type. Expected one of string, number.",
     "source.wrong-type"},
    {"language-map-at-an-identifier", "person:\n  name: A\n  phone:\n    en: '1'\n", 4, "Incorrect type.",
     "source.wrong-type"},
};

TEST_F(Editor, InvalidFixturesAreInvalidForTheEditorAndForCvportOnTheSameLine) {
  std::vector<fs::path> files;
  for (const InvalidFixture& fixture : kInvalidFixtures) files.push_back(write(std::string(fixture.name) + ".yaml", fixture.yaml));
  auto found = check_in_editor(files);
  for (size_t i = 0; i < files.size(); ++i) {
    const InvalidFixture& fixture = kInvalidFixtures[i];
    std::string listed;
    bool editor_agrees = false;
    for (const auto& d : found[files[i].string()]) {
      listed += "  line " + std::to_string(d.line) + ": " + d.message + "\n";
      editor_agrees |= d.line == fixture.line && d.message.find(fixture.editor_says) != std::string::npos;
    }
    EXPECT_TRUE(editor_agrees) << fixture.name << ": the editor does not say \"" << fixture.editor_says << "\" on line "
                               << fixture.line << "; it says:\n" << listed;
    CommandResult validate = cvport("validate " + files[i].string());
    EXPECT_EQ(validate.status, 65) << fixture.name << ":\n" << validate.err;
    std::string located = files[i].string() + ":" + std::to_string(fixture.line) + ":";
    size_t at = validate.err.find(located);
    EXPECT_TRUE(at != std::string::npos &&
                validate.err.find("[" + std::string(fixture.cvport_code) + "]", at) <
                    validate.err.find('\n', at))
        << fixture.name << ": cvport does not report " << fixture.cvport_code << " on line " << fixture.line << ":\n"
        << validate.err;
  }
}

} // namespace
