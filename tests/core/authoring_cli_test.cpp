// The commands that help a person write a CV: `cvport init`, `cvport completion`, and what
// cvport says for a missing or misspelled command.
#include <cstdlib>
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
using cvport::testing::read_file;
using cvport::testing::cvport_exe;
using cvport::testing::source_dir;

// The commands as CLI11 lists them under "Subcommands:" in `cvport --help`.
std::vector<std::string> listed_commands(const std::string& help) {
  std::vector<std::string> commands;
  std::istringstream lines(help.substr(help.find("Subcommands:\n") + 13));
  for (std::string line; std::getline(lines, line) && line.rfind("  ", 0) == 0;)
    commands.push_back(line.substr(2, line.find(' ', 2) - 2));
  return commands;
}

TEST_F(Cli, InitWritesAStarterThatIsValidWithoutWarningsAndExportsToEveryFormat) {
  fs::path starter = folder / "cv.yaml";
  CommandResult init = cvport("init " + starter.string());
  ASSERT_EQ(init.status, 0) << init.err;
  EXPECT_EQ(init.err, "cvport: wrote " + starter.string() + "; fill it in, then: cvport validate " +
                          starter.string() + "\n");
  std::string text = read_file(starter);
  // The schema line names the copy of the schema beside the bin folder, in the build tree as in
  // an install (tests/sdk/install_test.sh checks the installed one).
  fs::path schema = fs::canonical(cvport_exe().parent_path().parent_path() / "share/cvport/cvport.schema.json");
  EXPECT_EQ(text.substr(0, text.find('\n')), "# yaml-language-server: $schema=" + schema.string());
  EXPECT_EQ(read_file(schema), read_file(source_dir() / "docs/schema/cvport.schema.json"));

  CommandResult validate = cvport("validate " + starter.string());
  EXPECT_EQ(validate.status, 0) << validate.err;
  EXPECT_EQ(validate.err, starter.string() + ": valid (0 errors, 0 warnings)\n");

  // Only the installed formats here: the fixture plugin "failing" refuses every CV.
  CommandResult exported = run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " export " + starter.string() +
                               " --to all -o " + (folder / "out/").string());
  EXPECT_EQ(exported.status, 0) << exported.err;
  for (const char* output : {"cv.md", "cv.docx", "resume.json", "orcid/manifest.json"})
    EXPECT_TRUE(fs::exists(folder / "out" / output)) << output << "\n" << exported.err;
}

TEST_F(Cli, InitShowsEverySectionOfTheModelOnce) {
  ASSERT_EQ(cvport("init " + (folder / "cv.yaml").string()).status, 0);
  std::string text = read_file(folder / "cv.yaml");
  CommandResult schema = cvport("schema");
  ASSERT_EQ(schema.status, 0);
  auto sections = nlohmann::json::parse(schema.out)["definitions"]["Cv"]["properties"];
  for (const auto& [name, property] : sections.items()) {
    // model_version is optional in source files (cvport fills it in); extra holds what an import
    // kept, which a starter has none of.
    if (name == "model_version" || name == "extra") continue;
    size_t first = text.find("\n" + name + ":");
    EXPECT_NE(first, std::string::npos) << "no section " << name;
    EXPECT_EQ(text.find("\n" + name + ":", first + 1), std::string::npos) << "section " << name << " twice";
  }
}

TEST_F(Cli, InitRefusesToReplaceAFileUnlessForced) {
  fs::path existing = write("cv.yaml", "person: {name: Kept}\n");
  CommandResult refused = cvport("init " + existing.string());
  EXPECT_EQ(refused.status, 73);
  EXPECT_EQ(refused.err, "cvport: " + existing.string() + " already exists; nothing written (--force replaces it)\n");
  EXPECT_EQ(read_file(existing), "person: {name: Kept}\n");

  CommandResult forced = cvport("init --force " + existing.string());
  EXPECT_EQ(forced.status, 0) << forced.err;
  EXPECT_NE(read_file(existing).find("name: Alex Doe"), std::string::npos);
}

TEST_F(Cli, InitWritesNothingWhenTheFolderIsMissing) {
  fs::path target = folder / "missing" / "cv.yaml";
  CommandResult run = cvport("init " + target.string());
  EXPECT_EQ(run.status, 73);
  EXPECT_NE(run.err.find("error: "), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(target));
}

TEST_F(Cli, AMisspelledCommandGetsASuggestion) {
  CommandResult run = cvport("valdate cv.yaml");
  EXPECT_EQ(run.status, 64);
  EXPECT_EQ(run.err, "cvport: unknown command \"valdate\"; did you mean \"validate\"?\n");
  EXPECT_EQ(run.out, "");
}

TEST_F(Cli, AMisspelledCommandAfterAGlobalOptionGetsASuggestion) {
  CommandResult run = cvport("--diagnostics json exprot cv.yaml");
  EXPECT_EQ(run.status, 64);
  // As JSON, since JSON was asked for.
  EXPECT_EQ(nlohmann::json::parse(run.err)["message"], "unknown command \"exprot\"; did you mean \"export\"?");
}

TEST_F(Cli, AFlagBeforeAMisspelledCommandIsNotTakenForItsValue) {
  CommandResult run = cvport("-q valdate cv.yaml");
  EXPECT_EQ(run.status, 64);
  EXPECT_EQ(run.err, "cvport: unknown command \"valdate\"; did you mean \"validate\"?\n");
}

TEST_F(Cli, AnUnknownCommandFarFromAnyListsTheCommands) {
  CommandResult run = cvport("frobnicate");
  EXPECT_EQ(run.status, 64);
  EXPECT_EQ(run.err, "cvport: unknown command \"frobnicate\"; the commands are: export import validate formats plugins "
                     "schema init completion orcid\n");
}

TEST_F(Cli, NoCommandPrintsTheUsageAndEveryCommand) {
  CommandResult run = cvport("");
  EXPECT_EQ(run.status, 64);
  ASSERT_EQ(run.err.rfind("cvport: a command is required\n\ncvport: write your CV once", 0), 0) << run.err;
  EXPECT_EQ(listed_commands(run.err),
            (std::vector<std::string>{"export", "import", "validate", "formats", "plugins", "schema", "init", "completion", "orcid"}));
}

TEST_F(Cli, AnErrorInsideAKnownCommandIsStillCli11s) {
  CommandResult run = cvport("export " + example);
  EXPECT_EQ(run.status, 64);
  EXPECT_NE(run.err.find("--to is required"), std::string::npos) << run.err;
}

TEST_F(Cli, BashCompletionIsValidBashAndKnowsEveryCommandAndFormat) {
  CommandResult script = cvport("completion bash");
  ASSERT_EQ(script.status, 0) << script.err;
  fs::path file = write("cvport.bash", script.out);
  EXPECT_EQ(std::system(("bash -n " + file.string()).c_str()), 0);
  CommandResult help = cvport("--help");
  std::vector<std::string> commands = listed_commands(help.out);
  ASSERT_GE(commands.size(), 7u) << help.out;
  for (const std::string& command : commands)
    EXPECT_NE(script.out.find("'|" + command + "') command_path='" + command + "'"), std::string::npos) << command;
  EXPECT_NE(script.out.find("'plugins|inspect') command_path='plugins inspect'"), std::string::npos);
  // The export formats of the loaded plugins (the fixture plugin good_c included) for --to.
  EXPECT_NE(script.out.find("-W 'all cvport-json"), std::string::npos) << script.out;
  EXPECT_NE(script.out.find(" c-text"), std::string::npos) << script.out;
  EXPECT_NE(script.out.find("-W 'text json'"), std::string::npos) << "the --diagnostics choices";
}

// Runs the completion function as bash would after the words of `line` (ending in the word
// being completed) and returns the candidates, one a line.
std::string complete_in_bash(const fs::path& script, const std::string& line, const fs::path& folder) {
  fs::path driver = folder / "complete.sh";
  std::ofstream(driver) << "source " << script << "\n"
                        << "COMP_WORDS=(" << line << ")\n"
                        << "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                        << "_cvport\n"
                        << "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
  std::string output_file = (folder / "candidates.txt").string();
  std::string command = "cd " + folder.string() + " && bash " + driver.string() + " > " + output_file;
  if (std::system(command.c_str()) != 0) return "(bash failed)";
  return read_file(output_file);
}

TEST_F(Cli, BashCompletionOffersCommandsOptionsFormatsAndFiles) {
  CommandResult script = cvport("completion bash");
  ASSERT_EQ(script.status, 0) << script.err;
  fs::path file = write("cvport.bash", script.out);
  write("alice.yaml", "person: {name: Alice}\n");
  EXPECT_EQ(complete_in_bash(file, "cvport va", folder), "validate\n");
  EXPECT_EQ(complete_in_bash(file, "cvport export --to mark", folder), "markdown\n");
  EXPECT_EQ(complete_in_bash(file, "cvport export --to docx,js", folder), "docx,jsonresume\n");
  EXPECT_EQ(complete_in_bash(file, "cvport --diagnostics j", folder), "json\n");
  EXPECT_EQ(complete_in_bash(file, "cvport --diagnostics json va", folder), "validate\n");
  EXPECT_EQ(complete_in_bash(file, "cvport export -o out/ --to docx alice.yaml --fr", folder), "--from\n");
  EXPECT_EQ(complete_in_bash(file, "cvport validate al", folder), "alice.yaml\n");
  EXPECT_EQ(complete_in_bash(file, "cvport plugins i", folder), "inspect\n");
  EXPECT_EQ(complete_in_bash(file, "cvport completion f", folder), "fish\n");
  EXPECT_EQ(complete_in_bash(file, "cvport init --f", folder), "--force\n");
  EXPECT_EQ(complete_in_bash(file, "cvport export -j ''", folder), "\n") << "a number: no file names";
}

TEST_F(Cli, ZshAndFishCompletionsNameEveryCommand) {
  CommandResult zsh = cvport("completion zsh");
  CommandResult fish = cvport("completion fish");
  ASSERT_EQ(zsh.status, 0) << zsh.err;
  ASSERT_EQ(fish.status, 0) << fish.err;
  EXPECT_NE(zsh.out.find("\nautoload -U +X bashcompinit && bashcompinit\n"), std::string::npos) << zsh.out;
  EXPECT_EQ(std::system(("bash -n " + write("zsh-body.bash", zsh.out.substr(zsh.out.find("_cvport()"))).string()).c_str()), 0);
  for (const std::string& command : listed_commands(cvport("--help").out))
    EXPECT_NE(fish.out.find("complete -c cvport -n '__fish_use_subcommand' -a '" + command + "' -d '"), std::string::npos)
        << command << "\n" << fish.out;
  EXPECT_NE(fish.out.find("complete -c cvport -n '__fish_seen_subcommand_from plugins; and not "
                          "__fish_seen_subcommand_from inspect' -a 'inspect' -d '"),
            std::string::npos)
      << fish.out;
  EXPECT_NE(fish.out.find("complete -c cvport -l version -d '"), std::string::npos) << "a flag takes no value";
  EXPECT_NE(fish.out.find("-s t -l to -x -a 'all cvport-json"), std::string::npos) << fish.out;
}

TEST_F(Cli, CompletionRefusesAnUnknownShell) {
  CommandResult run = cvport("completion tcsh");
  EXPECT_EQ(run.status, 64);
  EXPECT_NE(run.err.find("tcsh not in {bash,zsh,fish}"), std::string::npos) << run.err;
}

} // namespace
