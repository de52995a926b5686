// Files that are not a CV get a message that says what they are
// (tests/data/not-a-cv/), exit status 65, and no output.
#include <string>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"
#include "test_paths.hpp"

namespace {

using cvport::testing::Cli;
using cvport::testing::CommandResult;

const std::string kFixtures = (cvport::testing::source_dir() / "tests/data/not-a-cv/").string();
const std::string kWhatCvportReads = "  hint: cvport reads a CV source (YAML or JSON, see "
                                     "docs/source-format.md) or a JSON Resume; "
                                     "cvport init writes a starter to fill in\n";

class InputKind : public Cli {
protected:
  // `cvport validate` and `cvport export` of one fixture both print `expected`
  // (the message and its hint), exit with 65, and write nothing.
  void expect_refused(const std::string& name, const std::string& expected) {
    CommandResult validate = cvport("validate " + kFixtures + name);
    EXPECT_EQ(validate.status, 65) << validate.err;
    EXPECT_NE(validate.err.find(expected), std::string::npos) << validate.err;
    CommandResult exported = cvport("export " + kFixtures + name + " --to markdown -o " + (folder / "cv.md").string());
    EXPECT_EQ(exported.status, 65) << exported.err;
    EXPECT_NE(exported.err.find(expected), std::string::npos) << exported.err;
    EXPECT_FALSE(std::filesystem::exists(folder / "cv.md"));
    // The one error: nothing else about the file, such as YAML's or unknown
    // fields'.
    EXPECT_EQ(validate.err.find(": error: ", validate.err.find(expected) + expected.size()), std::string::npos)
        << validate.err;
    // Recognised before anything reads the bytes as text (a PDF is not
    // Windows-1252 text).
    EXPECT_EQ(validate.err.find("[input.windows-1252]"), std::string::npos) << validate.err;
  }
};

// With the bibtex plugin loaded (it is, from the build tree), a .bib is detected and imported;
// the "this is BibTeX" message is for a cvport without it.
TEST_F(InputKind, BibTeXIsDetectedAndReadByTheBibtexPlugin) {
  CommandResult validate = cvport("validate " + kFixtures + "publications.bib");
  EXPECT_EQ(validate.status, 0) << validate.err;
  EXPECT_NE(validate.err.find("publications.bib: valid (0 errors, "), std::string::npos) << validate.err;
  EXPECT_NE(validate.err.find(", read as bibtex)"), std::string::npos) << validate.err;
}

TEST_F(InputKind, AnOrcidBundleManifestIsNamed) {
  expect_refused("manifest.json", kFixtures + "manifest.json:1:1: error: this is an ORCID bundle manifest (written "
                                              "by cvport export --to "
                                              "orcid), not a CV [input.not-a-cv]\n"
                                              "  hint: export from the CV source the bundle was made from\n");
}

TEST_F(InputKind, AWordDocumentIsNamed) {
  expect_refused("cv.docx", kFixtures +
                                "cv.docx: error: this is a Word document (DOCX), not a CV "
                                "source: cvport writes DOCX but "
                                "cannot read it [input.not-a-cv]\n" +
                                kWhatCvportReads);
}

TEST_F(InputKind, APdfIsNamed) {
  expect_refused("cv.pdf", kFixtures +
                               "cv.pdf: error: this is a PDF, not a CV source: "
                               "cvport writes CVs but cannot read a PDF "
                               "[input.not-a-cv]\n" +
                               kWhatCvportReads);
}

// An XML file or a saved web page under a resume's name: said to be what it is, at its "<",
// not "a CV file must be a mapping with person".
TEST_F(InputKind, XmlAndHtmlAreNamed) {
  expect_refused("resume-xml.json", kFixtures + "resume-xml.json:2:1: error: this looks like XML, not JSON or YAML: "
                                                "it starts with \"<\" [input.not-a-cv]\n" +
                                        kWhatCvportReads);
  expect_refused("saved-page.json", kFixtures + "saved-page.json:1:1: error: this looks like HTML, not JSON or YAML: "
                                                "it starts with \"<\" [input.not-a-cv]\n" +
                                        kWhatCvportReads);
}

TEST_F(InputKind, AnEmptyOrBlankFileIsSaidToBeEmpty) {
  for (std::string name : {"empty.yaml", "blank.yaml"}) {
    expect_refused(name, kFixtures + name +
                             ": error: the file is empty [input.not-a-cv]\n"
                             "  hint: cvport init " +
                             kFixtures + name + " --force writes a starter CV into it\n");
  }
}

TEST_F(InputKind, AFileOfCommentsOnlyIsSaidToHoldNoCv) {
  expect_refused("comments-only.yaml",
                 kFixtures + "comments-only.yaml: error: the file holds only comments, no CV [input.not-a-cv]\n"
                             "  hint: cvport init " + kFixtures + "comments-only.yaml --force writes a starter CV into it\n");
}

TEST_F(InputKind, ABinaryFileIsSaidToBeOne) {
  // An image has a NUL byte among its first bytes: it is named before any byte is taken for
  // another encoding (the 0x89 that starts a PNG is not UTF-8).
  CommandResult run = cvport("validate " + kFixtures + "photo.png");
  EXPECT_EQ(run.status, 65);
  EXPECT_NE(run.err.find(kFixtures + "photo.png:3:1: error: the file contains a NUL byte [source.nul-byte]\n"
                                     "  hint: is this a binary file? cvport reads UTF-8 text (YAML or JSON)\n"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find("windows-1252"), std::string::npos) << run.err;
}

TEST_F(InputKind, FromNamesTheFormatAndSkipsTheGuess) {
  // --from cvport: the file is read as a source, and the YAML parser's own
  // message stands.
  CommandResult run = cvport("validate --from cvport " + kFixtures + "publications.bib");
  EXPECT_EQ(run.status, 65);
  EXPECT_EQ(run.err.find("BibTeX"), std::string::npos) << run.err;
}

} // namespace
