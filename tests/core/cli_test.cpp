// The cvport command end to end: exit codes, messages, atomic outputs, plugin options.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"
#include "durability_log_shim_path.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using cvport::testing::Cli;
using cvport::testing::CommandResult;
using cvport::testing::read_file;
using cvport::testing::cvport_exe;
using cvport::testing::durability_log_shim;
using cvport::testing::fixture_plugin_dir;
using cvport::testing::linked_into_cvport;
using cvport::testing::plugin_dir;
using cvport::testing::plugin_files_opened;
using cvport::testing::plugins_linked_into_cvport;
using cvport::testing::source_dir;

TEST_F(Cli, ExportsCanonicalJsonWithTheSameBytesEveryTime) {
  CommandResult first = cvport("export " + example + " --to cvport-json -o " + (folder / "a.json").string());
  CommandResult second = cvport("export " + example + " --to cvport-json -o " + (folder / "b.json").string());
  ASSERT_EQ(first.status, 0) << first.err;
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(read_file(folder / "a.json"), read_file(folder / "b.json"));
  EXPECT_EQ(read_file(folder / "a.json"), read_file(source_dir() / "tests/data/baolin-li.cvport.json"));
  EXPECT_NE(first.err.find("cvport: wrote " + (folder / "a.json").string()), std::string::npos);
}

// "-o -" is standard output, as for import and pandoc: the same bytes as the file, and no file
// named "-". A folder format, several formats or several inputs are refused before any export.
TEST_F(Cli, ExportToStandardOutput) {
  std::string in_folder = "cd " + folder.string() + " && ";
  CommandResult markdown = run(in_folder + "env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " --plugin-dir " +
                               fixture_plugin_dir().string() + " export " + example + " --to markdown -o -");
  ASSERT_EQ(markdown.status, 0) << markdown.err;
  EXPECT_FALSE(fs::exists(folder / "-"));
  EXPECT_EQ(markdown.err.find("cvport: wrote"), std::string::npos) << markdown.err;
  ASSERT_EQ(cvport("export " + example + " --to markdown -o " + (folder / "cv.md").string()).status, 0);
  EXPECT_EQ(markdown.out, read_file(folder / "cv.md"));
  EXPECT_EQ(markdown.out.rfind("# Baolin Li\n", 0), 0u) << markdown.out.substr(0, 80);

  CommandResult bundle = cvport("export " + example + " --to orcid -o -");
  EXPECT_EQ(bundle.status, 64);
  EXPECT_EQ(bundle.out, "");
  EXPECT_NE(bundle.err.find("error: -o - writes one CV in one single-file format to standard output: orcid "
                            "writes a folder [usage.stdout-one-file]"),
            std::string::npos)
      << bundle.err;
  EXPECT_EQ(cvport("export " + example + " --to markdown,cvport-json -o -").status, 64);
  EXPECT_EQ(cvport("export " + example + " " + example + " --to markdown -o -").status, 64);
}

TEST_F(Cli, InvalidInputExits65WithEveryProblemLocated) {
  fs::path bad = write("bad.yaml", "person:\n  nme: A\nwork:\n  - organization: X\n    position: P\n    end: soon\n");
  CommandResult run = cvport("validate " + bad.string());
  EXPECT_EQ(run.status, 65);
  EXPECT_NE(run.err.find(bad.string() + ":2:3: error: person.nme: unknown field \"nme\" [source.unknown-field]\n"
                                        "  hint: did you mean \"name\"?"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find(bad.string() + ":6:10: error: work[0].end: expected a date"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(bad.string() + ": invalid (2 errors, 0 warnings)"), std::string::npos) << run.err;
}

TEST_F(Cli, DiagnosticsAsJsonLines) {
  fs::path bad = write("bad.yaml", "person:\n  nme: A\n");
  CommandResult run = cvport("--diagnostics json validate " + bad.string());
  EXPECT_EQ(run.status, 65);
  auto first_line = nlohmann::json::parse(run.err.substr(0, run.err.find('\n')));
  EXPECT_EQ(first_line["line"], 2);
  EXPECT_EQ(first_line["column"], 3);
  EXPECT_EQ(first_line["path"], "person.nme");
  EXPECT_EQ(first_line["code"], "source.unknown-field");
  EXPECT_EQ(first_line["hint"], "did you mean \"name\"?");
}

TEST_F(Cli, WarningsFailOnlyWithWerror) {
  fs::path warned = write("w.yaml", "person:\n  name: A\n  orcid: 0000-0002-1825-0098\n");
  EXPECT_EQ(cvport("validate " + warned.string()).status, 0);
  EXPECT_EQ(cvport("validate --werror " + warned.string()).status, 65);
}

TEST_F(Cli, MissingInputExits66) {
  CommandResult run = cvport("export " + (folder / "nope.yaml").string() + " --to cvport-json -o " + (folder / "x").string());
  EXPECT_EQ(run.status, 66);
  EXPECT_NE(run.err.find("nope.yaml: error: no such file [input.not-found]"), std::string::npos) << run.err;
}

TEST_F(Cli, UnknownFormatIsAUsageErrorWithASuggestion) {
  CommandResult run = cvport("export " + example + " --to cvport-jsn -o " + (folder / "x").string());
  EXPECT_EQ(run.status, 64);
  EXPECT_NE(run.err.find("error: no loaded plugin provides the format \"cvport-jsn\" [usage.unknown-format]\n"
                         "  hint: did you mean \"cvport-json\"?"),
            std::string::npos)
      << run.err;
}

TEST_F(Cli, PluginOptionsReachThePlugin) {
  CommandResult run = cvport("export " + example + " --to c-text --option shout=true -o " + (folder / "cv.txt").string());
  ASSERT_EQ(run.status, 0) << run.err;
  // The fixture echoes its options and the model it received: compact canonical JSON.
  EXPECT_EQ(read_file(folder / "cv.txt").rfind("options: {\"shout\":true}\n{\"model_version\":\"1.1\",\"person\":{", 0), 0u);
  CommandResult unknown = cvport("export " + example + " --to c-text --option shuot=true -o " + (folder / "cv.txt").string());
  EXPECT_EQ(unknown.status, 64);
  EXPECT_NE(unknown.err.find("did you mean \"shout\"?"), std::string::npos) << unknown.err;
}

TEST_F(Cli, AFailingPluginLeavesTheExistingOutputUntouched) {
  write("cv.txt", "good old output");
  CommandResult run = cvport("export " + example + " --to failing -o " + (folder / "cv.txt").string());
  EXPECT_EQ(run.status, 70);
  // The plugin names a model path; the host turns it into the position in the user's file.
  std::istringstream lines(read_file(example));
  std::string line;
  int number = 0;
  while (std::getline(lines, line) && line.find("name: Baolin Li") == std::string::npos) ++number;
  std::string position = std::to_string(number + 1) + ":" + std::to_string(line.find("Baolin") + 1);
  EXPECT_NE(run.err.find("baolin-li.yaml:" + position + ": error: person.name: this fixture always fails [fixture.refuses]"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(read_file(folder / "cv.txt"), "good old output");
  EXPECT_EQ(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 2); // cv.txt, stderr.txt
}

// A rename is durable only once the folder holding the new name is flushed: with --durable each
// output's folder is fsynced after the rename that puts the output there, and a new ORCID
// bundle's subfolders before the rename that moves the bundle into place.
TEST_F(Cli, DurableFlushesTheFolderOfEveryRenamedOutput) {
  fs::path log = folder / "durability.log";
  fs::path out = fs::weakly_canonical(folder) / "out";
  CommandResult run = this->run("env CVPORT_DURABILITY_LOG=" + log.string() + " LD_PRELOAD=" + durability_log_shim().string() +
                                " ASAN_OPTIONS=verify_asan_link_order=0 " + cvport_exe().string() + " export " + example +
                                " --to markdown,orcid --durable -o " + out.string() + "/");
  ASSERT_EQ(run.status, 0) << run.err;
  std::vector<std::string> lines;
  std::istringstream text(read_file(log));
  for (std::string line; std::getline(text, line);) lines.push_back(line);
  auto position_of = [&](const std::string& wanted, size_t from = 0) {
    for (size_t i = from; i < lines.size(); ++i)
      if (lines[i] == wanted) return i;
    return lines.size();
  };
  auto renamed_to = [&](const fs::path& target) {
    for (size_t i = 0; i < lines.size(); ++i)
      if (lines[i].rfind("rename ", 0) == 0 && lines[i].size() > target.string().size() &&
          lines[i].compare(lines[i].size() - target.string().size() - 1, std::string::npos, " " + target.string()) == 0)
        return i;
    return lines.size();
  };
  size_t markdown_rename = renamed_to(out / "cv.md");
  ASSERT_LT(markdown_rename, lines.size()) << read_file(log);
  EXPECT_LT(position_of("fsync " + out.string(), markdown_rename), lines.size()) << read_file(log);
  size_t bundle_rename = renamed_to(out / "orcid");
  ASSERT_LT(bundle_rename, lines.size()) << read_file(log);
  EXPECT_LT(position_of("fsync " + out.string(), bundle_rename), lines.size()) << read_file(log);
  std::string staging = lines[bundle_rename].substr(7, lines[bundle_rename].find(' ', 7) - 7);
  EXPECT_EQ(staging.rfind(out.string() + "/.orcid.cvport-tmp-", 0), 0u) << staging;
  EXPECT_LT(position_of("fsync " + staging + "/works"), bundle_rename) << read_file(log);
  EXPECT_LT(position_of("fsync " + staging), bundle_rename) << read_file(log);
}

TEST_F(Cli, IsolateSurvivesACrashingPluginAndWritesTheOthers) {
  CommandResult run = cvport("export " + example + " --isolate --to crashing,cvport-json -o " + folder.string() + "/");
  EXPECT_EQ(run.status, 70);
  EXPECT_NE(run.err.find("error: plugin \"crashing\" (format crashing) crashed: killed by signal 6 (Aborted)"),
            std::string::npos)
      << run.err;
  EXPECT_TRUE(fs::exists(folder / "cv.cvport.json"));
  EXPECT_FALSE(fs::exists(folder / "cv.txt"));
}

// --isolate with -j 2: two threads each start export workers; a crash in one input's plugin is
// reported for that input while every other output is written.
TEST_F(Cli, IsolatedBatchWithTwoWorkersWritesEveryOutputAndReportsEachCrash) {
  for (std::string name : {"a", "b", "c", "d"})
    write(name + ".yaml", "person:\n  name: Person " + name + "\n");
  CommandResult run = cvport("export " + (folder / "a.yaml").string() + " " + (folder / "b.yaml").string() + " " +
                             (folder / "c.yaml").string() + " " + (folder / "d.yaml").string() +
                             " --isolate -j 2 --to crashing,cvport-json,c-text -o " + (folder / "out").string());
  EXPECT_EQ(run.status, 1) << run.err;
  for (std::string name : {"a", "b", "c", "d"}) {
    EXPECT_NE(read_file(folder / "out" / name / "cv.cvport.json").find("\"name\": \"Person " + name + "\""),
              std::string::npos);
    EXPECT_NE(read_file(folder / "out" / name / "cv.txt").find("Person " + name), std::string::npos);
    EXPECT_NE(run.err.find((folder / (name + ".yaml")).string() +
                           ": error: plugin \"crashing\" (format crashing) crashed: killed by signal 6 (Aborted)"),
              std::string::npos)
        << run.err;
  }
}

TEST_F(Cli, BatchExportsEveryGoodInputAndNamesTheBadOnes) {
  fs::create_directories(folder / "b");
  write("alice.yaml", "person:\n  name: Alice\n");
  write("broken.yaml", "person:\n  nmae: Bob\n");
  write("b/alice.yaml", "person:\n  name: Alice Two\n");
  CommandResult run = cvport("export " + (folder / "alice.yaml").string() + " " + (folder / "broken.yaml").string() +
                             " " + (folder / "b/alice.yaml").string() + " --to cvport-json -j 2 -o " +
                             (folder / "out").string());
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("cvport: 2 of 3 CVs exported in "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("; 1 failed:\n  " + (folder / "broken.yaml").string() + ": invalid input (1 error) (exit 65)"),
            std::string::npos)
      << run.err;
  // Not a terminal: one plain progress line per input.
  EXPECT_NE(run.err.find("/3] " + (folder / "broken.yaml").string() + ": failed: invalid input (1 error)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(read_file(folder / "out/alice/cv.cvport.json").find("\"name\": \"Alice\""), std::string::npos);
  EXPECT_NE(read_file(folder / "out/alice-2/cv.cvport.json").find("\"name\": \"Alice Two\""), std::string::npos);
  EXPECT_FALSE(fs::exists(folder / "out/broken"));
}

TEST_F(Cli, BatchSummaryListsFailedInputsInInputOrderWhateverFinishesFirst) {
  // Failures are collected as inputs finish (in any order with -j 2) and sorted for the summary.
  std::string inputs;
  for (int i = 0; i < 8; ++i) {
    bool bad = i == 1 || i == 4 || i == 6;
    std::string name = "cv" + std::to_string(i) + ".yaml";
    write(name, bad ? "person:\n  nmae: X\n" : "person:\n  name: Person " + std::to_string(i) + "\n");
    inputs += (folder / name).string() + " ";
  }
  CommandResult run = cvport("export " + inputs + "--to cvport-json -j 2 -o " + (folder / "out").string());
  EXPECT_EQ(run.status, 1);
  auto failed = [&](int i) {
    return "  " + (folder / ("cv" + std::to_string(i) + ".yaml")).string() + ": invalid input (1 error) (exit 65)\n";
  };
  EXPECT_NE(run.err.find("; 3 failed:\n" + failed(1) + failed(4) + failed(6)), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("cvport: 5 of 8 CVs exported in "), std::string::npos) << run.err;
  EXPECT_NE(read_file(folder / "out/cv7/cv.cvport.json").find("\"name\": \"Person 7\""), std::string::npos);
}

TEST_F(Cli, AnUnwritableOutputExits73) {
  CommandResult run = cvport("export " + example + " --to cvport-json -o /proc/cvport-cv.json");
  EXPECT_EQ(run.status, 73);
  EXPECT_NE(run.err.find("/proc/cvport-cv.json: error: cannot create a file in /proc"), std::string::npos) << run.err;
}

TEST_F(Cli, FormatsListsPluginFormats) {
  CommandResult run = cvport("formats");
  ASSERT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("c-text        c-text      .txt           export"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("cvport-json   cvport      .cvport.json"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("cvport-yaml   cvport      .yaml,.yml     export,thread-safe"), std::string::npos) << run.out;
}

// stderr without the warnings about the refused fixture plugins, which every command prints.
std::string without_refusals(const std::string& err) {
  std::istringstream lines(err);
  std::string kept;
  for (std::string line; std::getline(lines, line);)
    if (line.find("[plugin.refused]") == std::string::npos) kept += line + "\n";
  return kept;
}

TEST_F(Cli, ImportWritesASourceThatReadsBackToTheSameModel) {
  fs::path source = folder / "cv.yaml";
  CommandResult run = cvport("import " + (source_dir() / "tests/data/baolin-li.cvport.json").string() + " -o " +
                             source.string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(without_refusals(run.err), "cvport: wrote " + source.string() + "\n");
  EXPECT_EQ(run.out, "");
  CommandResult check = cvport("validate " + source.string());
  EXPECT_EQ(check.status, 0);
  EXPECT_EQ(check.err, source.string() + ": valid (0 errors, 0 warnings)\n");
  ASSERT_EQ(cvport("export " + source.string() + " --to cvport-json -o " + (folder / "back.json").string()).status, 0);
  EXPECT_EQ(read_file(folder / "back.json"), read_file(source_dir() / "tests/data/baolin-li.cvport.json"));
}

TEST_F(Cli, ImportNeverReplacesAFileWithoutForce) {
  fs::path source = write("cv.yaml", "my own edits\n");
  CommandResult refused = cvport("import " + example + " -o " + source.string());
  EXPECT_EQ(refused.status, 73);
  EXPECT_EQ(without_refusals(refused.err), source.string() + ": error: the file exists already; cvport import does not replace it "
                                           "[output.exists]\n  hint: pass --force to replace it, or choose another -o\n");
  EXPECT_EQ(read_file(source), "my own edits\n");
  // "-o folder/" means folder/cv.yaml, which exists too.
  EXPECT_EQ(cvport("import " + example + " -o " + folder.string() + "/").status, 73);
  EXPECT_EQ(read_file(source), "my own edits\n");

  CommandResult forced = cvport("import " + example + " -o " + source.string() + " --force");
  EXPECT_EQ(forced.status, 0) << forced.err;
  EXPECT_EQ(read_file(source).rfind("# yaml-language-server: $schema=", 0), 0u);
}

TEST_F(Cli, ImportToStandardOutput) {
  CommandResult run = cvport("import " + example + " -o -");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(without_refusals(run.err), "");
  fs::path written = folder / "cv.yaml";
  ASSERT_EQ(cvport("import " + example + " -o " + written.string()).status, 0);
  EXPECT_EQ(run.out, read_file(written));
  EXPECT_NE(run.out.find("\nperson:\n  name: Baolin Li\n"), std::string::npos) << run.out;
}

TEST_F(Cli, ImportReportsItsInputAsExportDoes) {
  CommandResult missing = cvport("import " + (folder / "nope.json").string() + " -o " + (folder / "cv.yaml").string());
  EXPECT_EQ(missing.status, 66);
  EXPECT_EQ(without_refusals(missing.err), (folder / "nope.json").string() + ": error: no such file [input.not-found]\n");
  fs::path bad = write("bad.yaml", "person:\n  nme: A\n");
  CommandResult invalid = cvport("import " + bad.string() + " -o " + (folder / "cv.yaml").string());
  EXPECT_EQ(invalid.status, 65);
  EXPECT_NE(invalid.err.find(bad.string() + ":2:3: error: person.nme: unknown field \"nme\" [source.unknown-field]"),
            std::string::npos)
      << invalid.err;
  EXPECT_FALSE(fs::exists(folder / "cv.yaml"));
  CommandResult no_output = cvport("import " + example);
  EXPECT_EQ(no_output.status, 64);
  EXPECT_NE(no_output.err.find("--output is required"), std::string::npos) << no_output.err;
}

TEST_F(Cli, PluginsListsRefusals) {
  CommandResult run = cvport("plugins");
  ASSERT_EQ(run.status, 0);
  EXPECT_NE(run.out.find("no_entry.so: not a cvport plugin: no entry symbol cvport_plugin_entry"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("wrong_major.so: wrong ABI major: built for ABI 2.0"), std::string::npos) << run.out;
}

// A plugin folder holding a good plugin and, after it in name order, one that is refused.
TEST_F(Cli, AnExportOfYamlToNamedFormatsLoadsPluginsOnlyUntilItHasThem) {
  fs::path plugins = folder / "plugins";
  fs::create_directories(plugins);
  fs::copy_file(fixture_plugin_dir() / "good_c.so", plugins / "good_c.so");
  fs::copy_file(fixture_plugin_dir() / "wrong_major.so", plugins / "wrong_major.so");
  fs::copy_file(example, folder / "cv.yaml");
  fs::copy_file(source_dir() / "tests/data/baolin-li.cvport.json", folder / "cv.json");
  std::string cvport_in = "cd " + folder.string() + " && env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " --plugin-dir " +
                          plugins.string() + " export ";
  const std::string refusal = "wrong_major.so: warning: plugin refused: wrong ABI major";
  CommandResult named = run(cvport_in + "cv.yaml --to c-text -o named.txt");
  ASSERT_EQ(named.status, 0) << named.err;
  EXPECT_NE(read_file(folder / "named.txt").find("Baolin Li"), std::string::npos);
  EXPECT_EQ(named.err.find(refusal), std::string::npos) << named.err;
  // --to all needs every plugin; so does an input that no importer claims: each is asked.
  CommandResult all = run(cvport_in + "cv.yaml --to all -o all");
  EXPECT_NE(all.err.find(refusal), std::string::npos) << all.err;
  cvport::testing::write_file(folder / "notes.txt", "not a CV in any format\n");
  CommandResult unclaimed = run(cvport_in + "notes.txt --to c-text -o notes-out.txt");
  EXPECT_NE(unclaimed.status, 0);
  EXPECT_NE(unclaimed.err.find(refusal), std::string::npos) << unclaimed.err;
  // A native JSON source is the host's own to read.
  CommandResult json = run(cvport_in + "cv.json --to c-text -o json.txt");
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.err.find(refusal), std::string::npos) << json.err;
  // --from names the importer, so the other plugins are not needed.
  CommandResult from = run(cvport_in + "cv.json --from cvport --to c-text -o from.txt");
  ASSERT_EQ(from.status, 0) << from.err;
  EXPECT_EQ(from.err.find(refusal), std::string::npos) << from.err;
}

// The plugins a command loads, from a folder of two that append their id to a file when loaded.
TEST_F(Cli, ACommandLoadsOnlyThePluginsItCanNeed) {
  fs::copy_file(example, folder / "cv.yaml");
  fs::copy_file(source_dir() / "tests/data/baolin-li.cvport.json", folder / "cv.json");
  fs::path marks = folder / "loaded.txt";
  auto loaded_by = [&](const std::string& arguments) {
    fs::remove(marks);
    CommandResult result = run("cd " + folder.string() + " && env -u CVPORT_PLUGIN_PATH CVPORT_TEST_LOAD_MARK=" +
                               marks.string() + " " + cvport_exe().string() + " --plugin-dir " + fixture_plugin_dir().string() +
                               "/load-marks " + arguments);
    EXPECT_NE(result.status, -1) << arguments;
    return fs::exists(marks) ? read_file(marks) : std::string();
  };
  EXPECT_EQ(loaded_by("validate cv.yaml"), "");
  EXPECT_EQ(loaded_by("import cv.yaml -o imported.yaml"), "");
  EXPECT_EQ(loaded_by("export cv.yaml --to mark-a -o a.txt"), "mark-a\n");
  EXPECT_EQ(loaded_by("export cv.yaml --to mark-b -o b.txt"), "mark-a\nmark-b\n");
  EXPECT_EQ(loaded_by("export cv.json --from cvport --to mark-a -o c.txt"), "mark-a\n");
  // The host reads native JSON itself; any importer may claim another file (these two claim
  // none, so both are asked), and --to all takes every format.
  EXPECT_EQ(loaded_by("validate cv.json"), "");
  cvport::testing::write_file(folder / "notes.txt", "not a CV in any format\n");
  EXPECT_EQ(loaded_by("validate notes.txt"), "mark-a\nmark-b\n");
  EXPECT_EQ(loaded_by("export cv.yaml --to all -o all"), "mark-a\nmark-b\n");
  EXPECT_EQ(loaded_by("formats"), "mark-a\nmark-b\n");
}

// The first-party plugins linked into cvport register without a plugin file: an export to their
// formats opens none (the dynamic loader's own log), an export to PDF opens pdf.so alone, and
// `--isolate` runs a linked plugin in its worker just as a loaded one.
TEST_F(Cli, LinkedPluginsOpenNoPluginFile) {
  if (plugins_linked_into_cvport().empty()) GTEST_SKIP() << "built with CVPORT_LINKED_PLUGINS empty";
  fs::copy_file(example, folder / "cv.yaml");
  auto opened = [&](const std::string& arguments) {
    CommandResult result = run("cd " + folder.string() + " && env -u CVPORT_PLUGIN_PATH LD_DEBUG=files " +
                               cvport_exe().string() + " " + arguments);
    EXPECT_EQ(result.status, 0) << arguments << "\n" << result.err.substr(result.err.size() - std::min<size_t>(result.err.size(), 2000));
    return plugin_files_opened(result.err);
  };
  std::vector<std::string> expected;
  std::string formats;
  for (const char* id : {"markdown", "docx", "jsonresume", "orcid"}) {
    formats += std::string(formats.empty() ? "" : ",") + id;
    if (!linked_into_cvport(id)) expected.push_back(std::string(id) + ".so");
  }
  std::sort(expected.begin(), expected.end()); // the loader's name order
  EXPECT_EQ(opened("export cv.yaml --to " + formats + " -o out"), expected);
  EXPECT_NE(read_file(folder / "out/cv.md").find("# Baolin Li"), std::string::npos);
  if (fs::exists(plugin_dir() / "pdf.so") && expected.empty()) {
    EXPECT_EQ(opened("export cv.yaml --to pdf -o cv.pdf"), std::vector<std::string>{"pdf.so"});
  }
  CommandResult isolated = run("cd " + folder.string() + " && env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() +
                               " export cv.yaml --isolate --to markdown -o isolated.md");
  ASSERT_EQ(isolated.status, 0) << isolated.err;
  EXPECT_EQ(read_file(folder / "isolated.md"), read_file(folder / "out/cv.md"));
}

// `cvport plugins` names each linked plugin with its place, and the search path shows that place:
// after the folders the user names, before the install's own folder.
TEST_F(Cli, PluginsShowsTheLinkedPluginsInTheirPlaceInTheSearchPath) {
  std::vector<std::string> linked = plugins_linked_into_cvport();
  if (linked.empty()) GTEST_SKIP() << "built with CVPORT_LINKED_PLUGINS empty";
  std::sort(linked.begin(), linked.end()); // registered in name order, as modules are loaded
  CommandResult run = cvport("plugins");
  ASSERT_EQ(run.status, 0) << run.err;
  std::string names;
  for (const std::string& id : linked) {
    names += (names.empty() ? "" : ", ") + id;
    EXPECT_NE(run.out.find("\n" + id + " 1.0.0  ABI "), std::string::npos) << id << "\n" << run.out;
  }
  size_t start = run.out.find("\n" + linked.front() + " 1.0.0  ABI ");
  ASSERT_NE(start, std::string::npos) << run.out;
  std::string line = run.out.substr(start + 1, run.out.find('\n', start + 1) - start - 1);
  EXPECT_TRUE(line.ends_with("  (linked into cvport)")) << line;
  const std::string search = "search path:\n  " + fs::weakly_canonical(fixture_plugin_dir()).string() +
                             "\n  (linked into cvport): " + names + "\n  " +
                             fs::weakly_canonical(cvport_exe().parent_path() / "../lib/cvport/plugins").string() + "\n";
  EXPECT_EQ(run.out.rfind(search, 0), 0u) << run.out;
}

// A plugin in a folder the user names comes before the linked ones: its format wins, and the
// linked plugin with the same format is reported as refused.
TEST_F(Cli, APluginTheUserNamesOverridesALinkedOne) {
  if (!linked_into_cvport("markdown")) GTEST_SKIP() << "markdown is not linked into this build";
  fs::copy_file(example, folder / "cv.yaml");
  const std::string stand_ins = (fixture_plugin_dir() / "stand-ins").string();
  CommandResult run = this->run("cd " + folder.string() + " && env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() +
                                " --plugin-dir " + stand_ins + " export cv.yaml --to markdown -o cv.md");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(read_file(folder / "cv.md").rfind("host: ", 0), 0u) << read_file(folder / "cv.md"); // the C fixture's text
  CommandResult listing = this->run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " --plugin-dir " + stand_ins +
                                    " plugins");
  EXPECT_NE(listing.out.find("refused markdown (linked into cvport): duplicate format id \"markdown\", already provided by " +
                             fs::weakly_canonical(stand_ins + "/markdown_stand_in.so").string() + "\n"),
            std::string::npos)
      << listing.out;
}

TEST_F(Cli, PluginsInspectShowsMetadataOrTheRefusal) {
  CommandResult good = cvport("plugins inspect " + (fixture_plugin_dir() / "good_c.so").string());
  EXPECT_EQ(good.status, 0);
  EXPECT_NE(good.out.find("c-text 0.1.0  ABI 1.2"), std::string::npos) << good.out;
  EXPECT_NE(good.out.find("shout"), std::string::npos) << good.out;
  // A plugin built against the ABI 1.0 header loads into this cvport of ABI 1.2.
  CommandResult old = cvport("plugins inspect " + (fixture_plugin_dir() / "abi_1_0.so").string());
  EXPECT_EQ(old.status, 0) << old.err;
  EXPECT_NE(old.out.find("old-text 0.1.0  ABI 1.0  "), std::string::npos) << old.out;
  EXPECT_NE(old.out.find("  format old-text: Fixture text [export] extensions .txt MIME text/plain -> cv.txt\n"),
            std::string::npos)
      << old.out;
  EXPECT_NE(old.out.find("ok: loads with this cvport (ABI 1.2)"), std::string::npos) << old.out;
  CommandResult bad = cvport("plugins inspect " + (fixture_plugin_dir() / "newer_minor.so").string());
  EXPECT_EQ(bad.status, 70);
  EXPECT_NE(bad.err.find("refused: built for ABI 1.3, newer than this cvport's ABI 1.2; upgrade cvport"),
            std::string::npos);
}

TEST_F(Cli, EveryCommandHasHelpWithExamples) {
  for (std::string command : {"", "export", "import", "validate", "formats", "plugins", "schema"}) {
    CommandResult run = cvport(command + " --help");
    EXPECT_EQ(run.status, 0) << command;
    EXPECT_NE(run.out.find("Examples:"), std::string::npos) << command;
  }
}

} // namespace
