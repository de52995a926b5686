// Real consumers open the DOCX: LibreOffice converts it to PDF, pandoc reads it without a
// warning and finds every fact of the seed CV, python-docx opens it and sees the styles,
// xmllint parses every part, and an OPC check finds every content type and relationship
// target. These tests fail (never skip) when a consumer is missing: scripts/install-deps
// --consumers installs them.
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "docx_test_support.hpp"
#include "golden.hpp"
#include "test_paths.hpp"

namespace cvport::docx::testing {
namespace {

namespace fs = std::filesystem;
using cvport::testing::read_file;
using cvport::testing::write_file;

const fs::path kTestDir = cvport::testing::source_dir() / "tests/plugins/docx";
const char* kPython = "/usr/bin/python3"; // Debian's, with python3-docx; not a pyenv one

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// Runs a shell command with its output captured into files of `folder`.
CommandResult run(const std::string& command, const fs::path& folder) {
  static std::atomic<int> counter{0};
  int n = counter++;
  fs::path out = folder / ("command-" + std::to_string(n) + ".out");
  fs::path err = folder / ("command-" + std::to_string(n) + ".err");
  int status =
      std::system((command + " >" + quoted(out) + " 2>" + quoted(err) + " </dev/null").c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

std::string collapse_whitespace(const std::string& text) {
  return std::regex_replace(text, std::regex("\\s+"), " ");
}

// A fresh folder for one test, holding the exported DOCX as cv.docx.
fs::path export_to_folder(const Cv& cv) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  fs::path folder =
      cvport::testing::binary_dir() / "tests/plugins/docx/consumers" / (std::string(test->test_suite_name()) + "." + test->name());
  fs::remove_all(folder);
  fs::create_directories(folder);
  write_file(folder / "cv.docx", export_docx(cv).docx);
  return folder;
}

std::string pandoc_plain_text(const fs::path& folder) {
  CommandResult pandoc =
      run("pandoc -f docx -t plain --wrap=none " + quoted(folder / "cv.docx"), folder);
  EXPECT_EQ(pandoc.exit_code, 0) << pandoc.err;
  EXPECT_EQ(pandoc.err, "") << "pandoc printed warnings";
  return pandoc.out;
}

// cv.docx of `folder` converted by LibreOffice to cv.pdf there.
void convert_with_libreoffice(const fs::path& folder) {
  // A private profile, so parallel runs and a user's running LibreOffice do not clash.
  CommandResult convert = run(
      "timeout 300 soffice -env:UserInstallation=file://" + (folder / "profile").string() +
          " --headless --norestore --nologo --nodefault --nolockcheck --convert-to pdf --outdir " +
          quoted(folder) + " " + quoted(folder / "cv.docx"),
      folder);
  ASSERT_EQ(convert.exit_code, 0) << convert.out << convert.err;
  ASSERT_TRUE(fs::exists(folder / "cv.pdf"))
      << "LibreOffice made no PDF: " << convert.out << convert.err;
}

// The text of cv.pdf of `folder` as pdftotext -layout places it, lines where the page has them.
std::string pdf_layout_text(const fs::path& folder) {
  CommandResult text = run("pdftotext -layout " + quoted(folder / "cv.pdf") + " -", folder);
  EXPECT_EQ(text.exit_code, 0) << text.err;
  return text.out;
}

void expect_libreoffice_converts(const Cv& cv, const std::string& name_in_pdf) {
  fs::path folder = export_to_folder(cv);
  convert_with_libreoffice(folder);
  if (::testing::Test::HasFatalFailure()) return;

  CommandResult info = run("pdfinfo " + quoted(folder / "cv.pdf"), folder);
  ASSERT_EQ(info.exit_code, 0) << info.err;
  std::smatch pages;
  ASSERT_TRUE(std::regex_search(info.out, pages, std::regex("Pages:\\s+(\\d+)")));
  EXPECT_GT(std::stoi(pages[1]), 0);

  EXPECT_NE(collapse_whitespace(pdf_layout_text(folder)).find(name_in_pdf), std::string::npos);

  // Page 1 as an image, for a person to look at (docs/images/cv-docx-page1.png comes from here).
  CommandResult render = run("pdftoppm -png -r 80 -f 1 -l 1 -singlefile " +
                                 quoted(folder / "cv.pdf") + " " + quoted(folder / "page1"),
                             folder);
  EXPECT_EQ(render.exit_code, 0) << render.err;
  EXPECT_TRUE(fs::exists(folder / "page1.png"));
}

TEST(DocxConsumers, LibreOfficeConvertsTheExampleToPdf) {
  expect_libreoffice_converts(example_cv(), "Baolin Li");
}

TEST(DocxConsumers, LibreOfficeConvertsTheTrickyCvToPdf) {
  expect_libreoffice_converts(tricky_cv(), "Zoë Ångström-Okafor");
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// issue #15: an employer's name too long for one line wraps before the date column; the date
// stays whole on the title's first line at the right margin. A summary's single line break does
// not stretch its line, and a blank line starts a new paragraph. As LibreOffice lays it out.
TEST(DocxConsumers, LibreOfficeKeepsTheDateOnOneLineBesideAWrappedTitle) {
  fs::path folder = export_to_folder(long_employer_cv());
  convert_with_libreoffice(folder);
  if (HasFatalFailure()) return;
  std::vector<std::string> lines = lines_of(pdf_layout_text(folder));
  auto date_line = std::find_if(lines.begin(), lines.end(), [](const std::string& line) {
    return line.find("Mar 2021 \u2013 present") != std::string::npos;
  });
  ASSERT_NE(date_line, lines.end()) << "no line holds the whole date:\n" << pdf_layout_text(folder);
  // The title starts on the date's line, the date at its end, and the name wraps onto the next.
  EXPECT_EQ(date_line->rfind("Principal Research Scientist, International Consortium", 0), 0u) << *date_line;
  EXPECT_EQ(date_line->substr(date_line->size() - std::string("Mar 2021 \u2013 present").size()),
            "Mar 2021 \u2013 present");
  ASSERT_NE(date_line + 1, lines.end());
  EXPECT_NE(date_line[1].find("Computational Science"), std::string::npos) << date_line[1];
  EXPECT_EQ(date_line[1].find("present"), std::string::npos) << date_line[1];
  // The summary's two lines as written, with no stretched word spaces, then the second
  // paragraph on a line of its own.
  auto first = std::find(lines.begin(), lines.end(), "First line of the summary, which is short.");
  ASSERT_NE(first, lines.end()) << pdf_layout_text(folder);
  ASSERT_LT(first + 2, lines.end());
  EXPECT_EQ(first[1], "Second line after a single line break.");
  EXPECT_EQ(first[2], "A second paragraph after a blank line.");
}

// Text extraction reads the title whole, then its date, then the details.
TEST(DocxConsumers, PandocReadsTheTitleThenItsDate) {
  std::string text = collapse_whitespace(pandoc_plain_text(export_to_folder(long_employer_cv())));
  std::size_t title = text.find("Principal Research Scientist, International Consortium for Exceptionally Long "
                                "Institutional Names in Computational Science");
  std::size_t date = text.find("Mar 2021 \u2013 present");
  std::size_t details = text.find("Leads the group.");
  ASSERT_NE(title, std::string::npos) << text;
  EXPECT_LT(title, date) << text;
  EXPECT_LT(date, details) << text;
  EXPECT_NE(text.find("First line of the summary, which is short. Second line after a single line break."),
            std::string::npos) << text;
}

TEST(DocxConsumers, PandocReadsTheExampleWithoutWarnings) {
  std::string text = pandoc_plain_text(export_to_folder(example_cv()));
  EXPECT_NE(text.find("Baolin Li"), std::string::npos);
}

TEST(DocxConsumers, PandocReadsTheTrickyCvWithoutWarnings) {
  std::string text = collapse_whitespace(pandoc_plain_text(export_to_folder(tricky_cv())));
  for (const char* expected : {"Zoë Ångström-Okafor", "האוניברסיטה העברית בירושלים",
                               "Types <and> Effects & \"Other\" 'Things'", "👩‍💻 ZWJ emoji",
                               "文本排版方法", "https://doi.org/10.5281/zenodo.1234567"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected;
}

// Every fact of the seed CV is in the text pandoc reads out of the DOCX.
TEST(DocxConsumers, PandocTextHoldsEveryFactOfTheSeedCv) {
  fs::path facts_file = cvport::testing::source_dir() / "tests/data/seed-facts.txt";
  ASSERT_TRUE(fs::exists(facts_file)) << facts_file << " is missing";
  std::string text = collapse_whitespace(pandoc_plain_text(export_to_folder(example_cv())));
  std::istringstream facts(read_file(facts_file));
  int checked = 0;
  for (std::string line; std::getline(facts, line);) {
    if (line.rfind("# ", 0) == 0 || line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string fact = collapse_whitespace(line);
    fact = fact.substr(fact.find_first_not_of(' '));
    fact = fact.substr(0, fact.find_last_not_of(' ') + 1);
    EXPECT_NE(text.find(fact), std::string::npos) << "missing fact: " << fact;
    ++checked;
  }
  EXPECT_GT(checked, 100);
}

const std::vector<std::string> kStyleNames = {"CV Name",          "CV Section",
                                              "CV Section Intro", "CV Entry Title",
                                              "CV Entry Date Column",
                                              "CV Entry Details", "CV Bullet",
                                              "CV Item",          "CV Publication",
                                              "CV Entry Place",   "CV Entry Date",
                                              "CV Label",         "CV Item Title",
                                              "CV Note",          "CV Publication Title",
                                              "CV Authors",       "CV Owner",
                                              "CV Venue",         "CV Award",
                                              "CV Link"};

TEST(DocxConsumers, PythonDocxOpensTheExampleAndSeesTheStyles) {
  fs::path folder = export_to_folder(example_cv());
  std::string command = std::string(kPython) + " " + quoted(kTestDir / "check_python_docx.py") +
                        " " + quoted(folder / "cv.docx");
  for (const std::string& name : kStyleNames) command += " '" + name + "'";
  CommandResult check = run(command, folder);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST(DocxConsumers, PythonDocxOpensTheTrickyCv) {
  fs::path folder = export_to_folder(tricky_cv());
  CommandResult check =
      run(std::string(kPython) + " " + quoted(kTestDir / "check_python_docx.py") + " " +
              quoted(folder / "cv.docx") + " 'CV Name' 'CV Headline' 'CV Contact' 'CV Summary'",
          folder);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

TEST(DocxConsumers, XmllintParsesEveryPart) {
  for (const Cv& cv : {example_cv(), tricky_cv()}) {
    fs::path folder = export_to_folder(cv);
    std::string docx = read_file(folder / "cv.docx");
    for (const std::string& name : part_names(docx)) {
      fs::path part = folder / "parts" / name;
      write_file(part, read_part(docx, name));
      CommandResult lint = run("xmllint --noout --nonet " + quoted(part), folder);
      EXPECT_EQ(lint.exit_code, 0) << name << ": " << lint.err;
    }
  }
}

TEST(DocxConsumers, OpcCheckFindsEveryContentTypeAndRelationshipTarget) {
  for (const Cv& cv : {example_cv(), tricky_cv()}) {
    fs::path folder = export_to_folder(cv);
    CommandResult check =
        run(std::string(kPython) + " " + quoted(kTestDir / "check_docx_package.py") + " " +
                quoted(folder / "cv.docx"),
            folder);
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  }
}

} // namespace
} // namespace cvport::docx::testing
