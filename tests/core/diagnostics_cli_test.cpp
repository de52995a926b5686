// What cvport says on standard error: every problem in one pass, quiet success, --werror's
// reason, and --diagnostics json lines valid against docs/schema/diagnostics-event.schema.json.
#include <algorithm>
#include <filesystem>
#include <sstream>
#include <vector>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using cvport::testing::Cli;
using cvport::testing::CommandResult;
using cvport::testing::consumers_dir;
using cvport::testing::cvport_exe;
using cvport::testing::source_dir;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

size_t count_containing(const std::string& text, const std::string& part) {
  auto lines = lines_of(text);
  return size_t(std::count_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; }));
}

// A misspelled key (line 3), a bad date (line 7) and a duplicate id (line 20). The second
// publication's `id` key is misspelled (line 14), and the award names it (line 26): that
// reference is a follow-on of the misspelling, not a problem of its own.
const char* const kThreeProblems = R"(person:
  name: Ada Lovelace
  emial: ada@example.org
education:
  - institution: University of London
    degree: BSc
    start: 2019-13
publications:
  - id: notes
    type: journal-article
    title: Notes on the Analytical Engine
    authors: [Ada Lovelace]
    date: 1843
  - idd: sketch
    type: journal-article
    title: Sketch of the Engine
    authors: [Ada Lovelace]
    date: 1842
talks:
  - id: notes
    title: On the Engine
    date: 1843
awards:
  - title: Prize
    date: 1844
    for: sketch
)";

class Diagnostics : public Cli {
protected:
  // cvport with its own plugins only (the install's folder): the fixture plugins of Cli include
  // one that crashes and several that are refused, which --to all would meet.
  CommandResult cvport(const std::string& arguments) {
    return run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " " + arguments);
  }

  void expect_the_three_problems(const CommandResult& run, const std::string& file) {
    EXPECT_EQ(run.status, 65) << run.err;
    EXPECT_NE(run.err.find(file + ":3:3: error: person.emial: unknown field \"emial\" [source.unknown-field]"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find(file + ":7:12: error: education[0].start: expected a date"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(file + ":20:9: error: talks[0].id: the id \"notes\" is already used by publications[0] "
                                  "[source.duplicate-id]"),
              std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find(file + ":14:5: error: publications[1].idd: unknown field \"idd\""), std::string::npos)
        << run.err;
    EXPECT_EQ(run.err.find("source.unknown-publication"), std::string::npos) << run.err;
    EXPECT_EQ(count_containing(run.err, ": error: "), 4u) << run.err;
  }
};

TEST_F(Diagnostics, AMisspelledKeyADuplicateIdAndABadDateAreReportedInOnePass) {
  fs::path file = write("three.yaml", kThreeProblems);
  CommandResult validate = cvport("validate " + file.string());
  expect_the_three_problems(validate, file.string());
  EXPECT_NE(validate.err.find(file.string() + ": invalid (4 errors, 0 warnings)"), std::string::npos) << validate.err;

  CommandResult exported = cvport("export " + file.string() + " --to cvport-json -o " + (folder / "cv.json").string());
  expect_the_three_problems(exported, file.string());
  EXPECT_NE(exported.err.find("cvport: " + file.string() + ": not exported: invalid input (4 errors)"), std::string::npos)
      << exported.err;
  EXPECT_FALSE(fs::exists(folder / "cv.json"));
}

// Once the misspelled id is fixed, the reference is checked, and a wrong one is reported.
TEST_F(Diagnostics, AReferenceIsCheckedOnceThePublicationItNamesIsRead) {
  std::string text = kThreeProblems;
  text.replace(text.find("idd: sketch"), 11, "id: sketsh");
  fs::path file = write("fixed.yaml", text);
  CommandResult run = cvport("validate " + file.string());
  EXPECT_NE(run.err.find(file.string() + ":26:10: error: awards[0].for: no publication has the id \"sketch\" "
                                         "[source.unknown-publication]\n  hint: did you mean \"sketsh\"?"),
            std::string::npos)
      << run.err;
}

// A whole section that is not read takes none of the references to it down with it either.
TEST_F(Diagnostics, AMisspelledSectionCausesNoFollowOnError) {
  std::string text = kThreeProblems;
  text.replace(text.find("publications:"), 13, "publicatons:");
  fs::path file = write("section.yaml", text);
  CommandResult run = cvport("validate " + file.string());
  EXPECT_NE(run.err.find(file.string() + ":8:1: error: publicatons: unknown field \"publicatons\""), std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("source.unknown-publication"), std::string::npos) << run.err;
}

// A message quotes a long value cut after 40 characters, with its length, as the importer does.
TEST_F(Diagnostics, ALongValueIsCutInTheMessage) {
  std::string value = "data:image/png;base64," + std::string(200, 'A');
  fs::path file = write("long.yaml", "person:\n  name: A\n  url: " + value + "\nwork:\n  - organization: X\n"
                                     "    position: P\n    start: " + value + "\n");
  CommandResult run = cvport("validate " + file.string());
  EXPECT_EQ(run.status, 65);
  std::string shown = "\"data:image/png;base64,AAAAAAAAAAAAAAAAAA\u2026\" (222 characters)";
  EXPECT_NE(run.err.find(file.string() + ":3:8: error: person.url: expected an absolute http:// or https:// URL, found " +
                         shown),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find(file.string() + ":7:12: error: work[0].start: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found " +
                         shown),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find(std::string(41, 'A')), std::string::npos) << run.err;
}

TEST_F(Diagnostics, ASuccessfulExportToEveryFormatPrintsAtMostFiveLinesBesidesTheFilesWritten) {
  CommandResult run = cvport("export " + example + " --to all -o " + (folder / "out").string());
  ASSERT_EQ(run.status, 0) << run.err;
  std::vector<std::string> lines = lines_of(run.err);
  size_t written = count_containing(run.err, "cvport: wrote ");
#ifdef CVPORT_HAS_PDF
  EXPECT_EQ(written, 5u) << run.err; // cv.md, cv.docx, cv.pdf, resume.json, orcid/
#else
  EXPECT_EQ(written, 4u) << run.err;
#endif
  EXPECT_LE(lines.size() - written, 5u) << run.err;
  EXPECT_EQ(count_containing(run.err, ": note: "), 0u) << run.err;

  // The notes line counts what --verbose lists.
  CommandResult verbose = cvport("export " + example + " --to all -v -o " + (folder / "out").string());
  size_t notes = count_containing(verbose.err, ": note: ");
  ASSERT_GT(notes, 0u);
  EXPECT_NE(run.err.find("\n" + std::to_string(notes) + " notes; run with --verbose to list them\n"), std::string::npos)
      << run.err;
  // Repeats are grouped: the four media features left out of ORCID are one note.
  EXPECT_EQ(count_containing(verbose.err, "[orcid.media-skipped]"), 1u) << verbose.err;
  EXPECT_NE(verbose.err.find("(4 times: media[0], media[1], media[2], media[3])"), std::string::npos) << verbose.err;

  // Sorted by position, whichever plugin said it.
  int previous = 0;
  for (const std::string& line : lines_of(verbose.err)) {
    if (line.rfind(example + ":", 0) != 0) continue;
    int number = std::stoi(line.substr(example.size() + 1));
    EXPECT_LE(previous, number) << line;
    previous = number;
  }
}

TEST_F(Diagnostics, QuietKeepsWarningsAndDoubleQuietOnlyErrors) {
  fs::path warned = write("w.yaml", "person:\n  name: A\n  orcid: 0000-0002-1825-0098\n");
  std::string out = " --to cvport-json -o " + (folder / "cv.json").string();
  CommandResult quiet = cvport("-q export " + warned.string() + out);
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(count_containing(quiet.err, ": warning: "), 1u) << quiet.err;
  EXPECT_EQ(quiet.err.find("wrote"), std::string::npos) << quiet.err;
  CommandResult very_quiet = cvport("-qq export " + warned.string() + out);
  EXPECT_EQ(very_quiet.status, 0);
  EXPECT_EQ(very_quiet.err, "");
}

TEST_F(Diagnostics, WerrorAlwaysSaysWhyItRefused) {
  fs::path warned = write("w.yaml", "person:\n  name: A\n  orcid: 0000-0002-1825-0098\n");
  std::string out = " --to cvport-json -o " + (folder / "cv.json").string();
  CommandResult quiet = cvport("-qq export --werror " + warned.string() + out);
  EXPECT_EQ(quiet.status, 65);
  EXPECT_EQ(quiet.err, "cvport: " + warned.string() + ": not exported: warnings are errors (--werror)\n");
  EXPECT_FALSE(fs::exists(folder / "cv.json"));

  CommandResult json = cvport("-qq --diagnostics json export --werror " + warned.string() + out);
  EXPECT_EQ(json.status, 65);
  EXPECT_EQ(nlohmann::json::parse(json.err),
            (nlohmann::json{{"event", "refused"}, {"input", warned.string()}, {"reason", "warnings are errors (--werror)"}, {"status", 65}}));

  CommandResult validate = cvport("-qq validate --werror " + warned.string());
  EXPECT_EQ(validate.status, 65);
  EXPECT_EQ(validate.err, warned.string() + ": invalid (0 errors, 1 warning; warnings are errors with --werror)\n");
}

// Every command path that writes to standard error, with --diagnostics json: every line is one
// JSON object, valid against the published schema (judged by ajv 8, as editors and CI would).
TEST_F(Diagnostics, EveryLineOfJsonDiagnosticsIsAnEventOfThePublishedSchema) {
  fs::path invalid = write("three.yaml", kThreeProblems);
  fs::path warned = write("w.yaml", "person:\n  name: A\n  orcid: 0000-0002-1825-0098\n");
  fs::path resume = write("resume.json", R"({"basics": {"name": "Ada Lovelace"}, "work": [{"name": "X", "position": "Y", "startDate": "2019-13"}]})");
  fs::path plain = write("plain.yaml", "person:\n  name: Ada Lovelace\n");
  const std::string record = (source_dir() / "tests/orcid_sync/data/record.xml").string();
  const std::vector<std::string> commands = {
      "validate " + example,
      "validate -v " + example,
      "validate " + invalid.string(),
      "validate --werror " + warned.string(),
      "export " + example + " --to all -o " + (folder / "single").string(),
      "export -v " + example + " --to all -o " + (folder / "verbose").string(),
      "export " + example + " " + invalid.string() + " " + warned.string() + " --to markdown -o " + (folder / "batch").string(),
      "export --werror " + warned.string() + " --to markdown -o " + (folder / "werror.md").string(),
      "-qq export --werror " + warned.string() + " --to markdown -o " + (folder / "werror.md").string(),
      "export " + (folder / "missing.yaml").string() + " --to markdown -o " + (folder / "m.md").string(),
      "export " + example + " --to markdwn -o " + (folder / "x.md").string(),
      "import " + resume.string() + " -o " + (folder / "imported.yaml").string(),
      "validate",
      "export " + example + " --to markdown --no-such-option",
      "exprot " + example,
      "init " + (folder / "starter.yaml").string(),
      "init " + (folder / "starter.yaml").string(),
      "formats --options no-such-format",
      "plugins inspect " + invalid.string(),
      // A plan against a record file (no network): one that works, one the record's iD refuses.
      "orcid plan " + plain.string() + " --record " + record + " --client-id APP-CVPORTTEST000001 -o " +
          (folder / "plan.json").string(),
      "orcid plan " + example + " --record " + record + " --client-id APP-CVPORTTEST000001 -o " +
          (folder / "refused-plan.json").string(),
  };
  std::vector<std::string> files;
  for (size_t i = 0; i < commands.size(); ++i) {
    CommandResult run = cvport("--diagnostics json " + commands[i]);
    ASSERT_FALSE(run.err.empty()) << commands[i];
    for (const std::string& line : lines_of(run.err))
      EXPECT_TRUE(nlohmann::json::accept(line)) << commands[i] << "\n" << line;
    fs::path file = folder / ("stderr-" + std::to_string(i) + ".jsonl");
    std::ofstream(file) << run.err;
    files.push_back(file.string());
  }
  ASSERT_TRUE(fs::exists(consumers_dir() / "ajv/package.json"))
      << "ajv is missing: run scripts/install-deps --consumers";
  std::string command = "node " + (source_dir() / "tests/core/check_events.mjs").string() + " " + consumers_dir().string() +
                        " " + (source_dir() / "docs/schema/diagnostics-event.schema.json").string();
  for (const std::string& file : files) command += " " + file;
  CommandResult checked = run(command);
  EXPECT_EQ(checked.status, 0) << checked.out << checked.err;
  // Each kind of event was met at least once, so the schema is not judged on a few.
  for (const char* kind :
       {" diagnostic", " wrote", " notes", " verdict", " refused", " progress", " batch-summary", " orcid-plan"})
    EXPECT_NE(checked.out.find(kind), std::string::npos) << kind << "\n" << checked.out;
}

// The schema is not a rubber stamp: the old mixed output fails it.
TEST_F(Diagnostics, TheEventSchemaRefusesTextAndUnknownEvents) {
  fs::path file = write("bad.jsonl", "cvport: wrote j.md\n{\"event\": \"wrote\"}\n{\"event\": \"shouted\", \"path\": \"x\"}\n");
  CommandResult checked = run("node " + (source_dir() / "tests/core/check_events.mjs").string() + " " +
                              consumers_dir().string() + " " +
                              (source_dir() / "docs/schema/diagnostics-event.schema.json").string() + " " + file.string());
  EXPECT_EQ(checked.status, 1);
  EXPECT_NE(checked.out.find("FAIL " + file.string() + ":1: not JSON"), std::string::npos) << checked.out;
  EXPECT_NE(checked.out.find("FAIL " + file.string() + ":2:"), std::string::npos) << checked.out;
  EXPECT_NE(checked.out.find("FAIL " + file.string() + ":3:"), std::string::npos) << checked.out;
}

} // namespace
