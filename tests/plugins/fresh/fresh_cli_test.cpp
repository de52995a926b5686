// cvport with the fresh plugin: a FRESH resume is detected by its content ahead of the cvport
// source reader, imported to a source that validates, and exported to every format.
#include "cli_fixture.hpp"
#include "test_paths.hpp"

namespace cvport::testing {
namespace {

const std::string kSample = (source_dir() / "tests/plugins/fresh/samples/jane-doe.json").string();

TEST_F(Cli, ValidateSaysAFreshResumeIsReadAsFresh) {
  CommandResult run = cvport("validate " + kSample);
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("jane-doe.json: valid (0 errors, "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(", read as fresh)"), std::string::npos) << run.err;
  // Located in the FRESH file: line 79 is the first employment's "keywords".
  EXPECT_NE(run.err.find("jane-doe.json:79:9: warning: employment.history[0].keywords: "), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("source.missing-field"), std::string::npos) << run.err;
}

TEST_F(Cli, FreshImportValidatesAndExportsToEveryFormat) {
  fs::path yaml = folder / "cv.yaml";
  CommandResult imported = cvport("import " + kSample + " -o " + yaml.string());
  ASSERT_EQ(imported.status, 0) << imported.err;
  std::string text = read_file(yaml);
  EXPECT_NE(text.find("  name: Jane Doe\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  - organization: One Cool Startup\n    position: Head Code Ninja\n    start: 2013-09\n    end: present\n"),
            std::string::npos)
      << text;
  CommandResult validated = cvport("validate " + yaml.string());
  EXPECT_EQ(validated.status, 0) << validated.err;
  EXPECT_NE(validated.err.find("valid (0 errors, 0 warnings)"), std::string::npos) << validated.err;
  // Without the fixture plugins (some of which crash on purpose): every first-party format.
  CommandResult exported = run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " export " + yaml.string() +
                               " --to all -o " + (folder / "all").string());
  ASSERT_EQ(exported.status, 0) << exported.err;
  std::string markdown = read_file(folder / "all/cv.md");
  EXPECT_NE(markdown.find("# Jane Doe"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("One Cool Startup"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("Cornell University"), std::string::npos) << markdown;
  EXPECT_TRUE(fs::exists(folder / "all/resume.json"));
  EXPECT_TRUE(fs::exists(folder / "all/cv.docx"));
}

} // namespace
} // namespace cvport::testing
