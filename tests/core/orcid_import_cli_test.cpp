// `cvport import | export | validate` of ORCID records: detected by content, located errors with
// the documented exit status 65 and nothing written.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"
#include "test_paths.hpp"

namespace {

using cvport::testing::Cli;
using cvport::testing::CommandResult;
using cvport::testing::cvport_exe;
using cvport::testing::source_dir;

const std::string kImport = (source_dir() / "tests/plugins/orcid/import/").string();

using OrcidImportCli = Cli;

TEST_F(OrcidImportCli, ImportWritesAnEditableSourceThatValidates) {
  std::string out = (folder / "cv.yaml").string();
  CommandResult run = cvport("import " + kImport + "record.xml -o " + out);
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = cvport::testing::read_file(out);
  EXPECT_NE(yaml.find("name: J. S. Carberry"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("doi: 10.5555/12345678"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("ror: https://ror.org/05h7xva58"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("role: Reviewer (2 reviews)"), std::string::npos) << yaml;
  // The warning is placed in the user's file, not in the YAML written.
  EXPECT_NE(run.err.find(kImport + "record.xml:132:71: warning: "), std::string::npos) << run.err;
  CommandResult validate = cvport("validate " + out);
  EXPECT_EQ(validate.status, 0) << validate.err;
}

// Plugins are loaded in name order only until an importer claims the input: an ORCID record is
// claimed by the orcid plugin, so pdf.so after it (pango and cairo with it) is never opened, and
// with orcid linked into cvport no plugin file is, as the dynamic loader's own log says.
TEST_F(OrcidImportCli, ImportingARecordLoadsPluginsOnlyUntilTheOrcidOne) {
  std::string out = (folder / "cv.yaml").string();
  CommandResult run = this->run("env -u CVPORT_PLUGIN_PATH LD_DEBUG=files " + cvport_exe().string() + " import " +
                                kImport + "record.xml -o " + out);
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(cvport::testing::read_file(out).find("name: J. S. Carberry"), std::string::npos);
  std::vector<std::string> opened = cvport::testing::plugin_files_opened(run.err);
  if (cvport::testing::linked_into_cvport("orcid")) EXPECT_EQ(opened, std::vector<std::string>{});
  else EXPECT_EQ(opened.empty() ? "" : opened.back(), "orcid.so");
  EXPECT_EQ(std::count(opened.begin(), opened.end(), "pdf.so"), 0);
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
  EXPECT_NE(error.err.find(kImport + "samples/error-3.0.xml:2:1: error: this is an ORCID error document"),
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

// ORCID's JSON form: the same CV as the XML twin, every message at the JSON member it concerns.
TEST_F(OrcidImportCli, JsonImportWritesASourceThatValidatesWithMessagesInTheJson) {
  std::string out = (folder / "cv.yaml").string();
  CommandResult run = cvport("import " + kImport + "record.json -o " + out);
  ASSERT_EQ(run.status, 0) << run.err;
  std::string yaml = cvport::testing::read_file(out);
  EXPECT_NE(yaml.find("name: J. S. Carberry"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("ror: https://ror.org/05h7xva58"), std::string::npos) << yaml;
  // The "month" member of the employment's start-date: line 223, column 19.
  EXPECT_NE(run.err.find(kImport + "record.json:223:19: warning: activities-summary.employments.affiliation-group[1]."
                                   "summaries[0].employment-summary.start-date.month: a month outside 01-12"),
            std::string::npos)
      << run.err;
  CommandResult validate = cvport("validate " + out);
  EXPECT_EQ(validate.status, 0) << validate.err;
  // What `import` wrote is what the XML twin gives.
  std::string from_xml = (folder / "from-xml.yaml").string();
  ASSERT_EQ(cvport("import " + kImport + "record.xml -o " + from_xml).status, 0);
  EXPECT_EQ(yaml, cvport::testing::read_file(from_xml));
}

TEST_F(OrcidImportCli, MinifiedJsonIsLocatedByColumn) {
  CommandResult run = cvport("validate " + kImport + "record.min.json");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(kImport + "record.min.json:1:3343: warning: activities-summary.employments."),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("read as orcid-record"), std::string::npos) << run.err;
}

TEST_F(OrcidImportCli, JsonErrorDocumentAndBrokenJsonAreRefused) {
  CommandResult error = cvport("validate " + kImport + "samples/error-3.0.json");
  EXPECT_EQ(error.status, 65);
  EXPECT_NE(error.err.find(kImport + "samples/error-3.0.json:1:1: error: this is an ORCID error document, not a "
                                     "record: ORCID answered 0 (error 0): error:developer-message"),
            std::string::npos)
      << error.err;
  std::string out = (folder / "cv.yaml").string();
  CommandResult broken = cvport("import " + kImport + "samples/error-3.0.json -o " + out);
  EXPECT_EQ(broken.status, 65);
  EXPECT_FALSE(std::filesystem::exists(out));
}

// An ORCID API 1.x message in JSON is read as ORCID's (not as a CV source with unknown fields)
// and refused once, at its message version, with nothing written.
TEST_F(OrcidImportCli, Version1JsonIsRefusedAsOrcid) {
  std::string out = (folder / "cv.yaml").string();
  CommandResult run = cvport("import " + kImport + "message-1.2.json -o " + out);
  EXPECT_EQ(run.status, 65);
  EXPECT_NE(run.err.find(kImport + "message-1.2.json:2:3: error: message-version: this is an ORCID API 1.x document "
                                   "(message version 1.2), which cvport does not read"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("source."), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("error:"), run.err.rfind("error:")) << run.err; // one error
  EXPECT_FALSE(std::filesystem::exists(out));
}

// JSON Resume and cvport's own JSON stay theirs: ORCID's detection takes neither.
TEST_F(OrcidImportCli, JsonResumeAndCvportJsonAreNotTakenForOrcid) {
  CommandResult resume =
      cvport("validate " + (source_dir() / "tests/plugins/jsonresume/samples/sample.resume.json").string());
  EXPECT_NE(resume.err.find("read as jsonresume)"), std::string::npos) << resume.err;
  std::string native = (folder / "cv.json").string();
  std::string example = (source_dir() / "examples/baolin-li.yaml").string();
  ASSERT_EQ(cvport("export " + example + " --to cvport-json -o " + native).status, 0);
  CommandResult cvport_json = cvport("validate " + native);
  EXPECT_EQ(cvport_json.status, 0) << cvport_json.err;
  EXPECT_EQ(cvport_json.err.find("orcid"), std::string::npos) << cvport_json.err;
}

} // namespace
