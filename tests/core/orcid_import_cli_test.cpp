// `cvport import | export | validate` of ORCID records: detected by content, located errors with
// the documented exit status 65 and nothing written.
#include <string>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"

namespace {

using cvport::testing::Cli;
using cvport::testing::CommandResult;

const std::string kImport = std::string(CVPORT_SOURCE_DIR) + "/tests/plugins/orcid/import/";

using OrcidImportCli = Cli;

TEST_F(OrcidImportCli, ImportWritesAnEditableSourceThatValidates) {
  std::string out = (folder / "cv.yaml").string();
  CommandResult run = cvport("import " + kImport + "record.xml -o " + out);
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = cvport::testing::read_file(out);
  EXPECT_NE(yaml.find("name: J. S. Carberry"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("doi: 10.5555/12345678"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("ror: https://ror.org/05h7xva58"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("role: Reviewer (3 reviews)"), std::string::npos) << yaml;
  // The warning is placed in the user's file, not in the YAML written.
  EXPECT_NE(run.err.find(kImport + "record.xml:132:71: warning: "), std::string::npos) << run.err;
  CommandResult validate = cvport("validate " + out);
  EXPECT_EQ(validate.status, 0) << validate.err;
}

TEST_F(OrcidImportCli, ExportToMarkdownShowsTheRecord) {
  std::string out = (folder / "cv.md").string();
  CommandResult run = cvport("export " + kImport + "works-bulk.xml --to markdown -o " + out);
  ASSERT_EQ(run.status, 0) << run.err;
  std::string markdown = cvport::testing::read_file(out);
  EXPECT_NE(markdown.find("Ceramic fatigue under cyclic kiln loads"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("Amphora Urn"), std::string::npos) << markdown;
}

TEST_F(OrcidImportCli, ValidateSaysWhatIsWrong) {
  CommandResult error = cvport("validate " + kImport + "samples/error-3.0.xml");
  EXPECT_EQ(error.status, 65);
  EXPECT_NE(error.err.find(kImport + "samples/error-3.0.xml:2:1: error: error: this is an ORCID error document"),
            std::string::npos)
      << error.err;
  CommandResult broken = cvport("validate " + kImport + "broken.xml");
  EXPECT_EQ(broken.status, 65);
  EXPECT_NE(broken.err.find(kImport + "broken.xml:5:3: error: not well-formed XML"), std::string::npos) << broken.err;
}

TEST_F(OrcidImportCli, BadInputWritesNothing) {
  std::string out = (folder / "cv.yaml").string();
  CommandResult run = cvport("import " + kImport + "broken.xml -o " + out);
  EXPECT_EQ(run.status, 65) << run.err;
  EXPECT_FALSE(std::filesystem::exists(out));
}

} // namespace
