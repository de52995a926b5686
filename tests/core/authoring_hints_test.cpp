// The hints a person writing a CV meets most: dates written almost right, a
// value with a colon, a short enum value, an option value in the wrong case.
// Each asserts the exact message, its place in the file and the hint.
#include <string>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"

namespace {

using cvport::testing::Cli;
using cvport::testing::CommandResult;
using cvport::testing::read_file;

class Hints : public Cli {
protected:
  // `cvport validate` of a CV whose work entry has `line` after its position;
  // its stderr.
  CommandResult validate_work_entry(const std::string& line) {
    std::string path = write("cv.yaml", "person:\n  name: Alex Doe\nwork:\n  - organization: Acme\n"
                                        "    position: Engineer\n    " +
                                            line + "\n")
                           .string();
    CommandResult run = cvport("validate " + path);
    EXPECT_EQ(run.status, 65) << run.err;
    return run;
  }
  std::string file() const { return (folder / "cv.yaml").string(); }
};

TEST_F(Hints, PresentInAnyCaseSuggestsLowerCase) {
  for (std::string word : {"Present", "PRESENT", "now"}) {
    CommandResult run = validate_work_entry("end: " + word);
    EXPECT_NE(run.err.find(file() +
                           ":6:10: error: work[0].end: expected a date YYYY, "
                           "YYYY-MM or YYYY-MM-DD or "
                           "\"present\", found \"" +
                           word +
                           "\" [source.bad-date]\n"
                           "  hint: write \"present\" (in lower case) for an "
                           "entry that is ongoing\n"),
              std::string::npos)
        << run.err;
    EXPECT_EQ(run.err.find("date_label"), std::string::npos) << run.err;
  }
}

TEST_F(Hints, PresentAsAStartDateSaysOnlyAnEndCanBeOngoing) {
  CommandResult run = validate_work_entry("start: Present");
  EXPECT_NE(run.err.find(file() + ":6:12: error: work[0].start: expected a date YYYY, "
                                  "YYYY-MM or YYYY-MM-DD, found "
                                  "\"Present\" [source.bad-date]\n"
                                  "  hint: only an end date can be \"present\"; leave "
                                  "this date out if it is not known\n"),
            std::string::npos)
      << run.err;
}

TEST_F(Hints, AOneDigitMonthGetsItsTwoDigitForm) {
  CommandResult run = validate_work_entry("start: 2019-9");
  EXPECT_NE(run.err.find(file() + ":6:12: error: work[0].start: expected a date YYYY, YYYY-MM "
                                  "or YYYY-MM-DD, found "
                                  "\"2019-9\" [source.bad-date]\n  hint: write \"2019-09\"\n"),
            std::string::npos)
      << run.err;
  run = validate_work_entry("start: 2019-9-1");
  EXPECT_NE(run.err.find("  hint: write \"2019-09-01\"\n"), std::string::npos) << run.err;
  run = validate_work_entry("start: June 2019");
  EXPECT_NE(run.err.find("  hint: write \"2019-06\"\n"), std::string::npos) << run.err;
  run = validate_work_entry("start: Juni 2019"); // month names of every language, from CLDR
  EXPECT_NE(run.err.find("  hint: write \"2019-06\"\n"), std::string::npos) << run.err;
}

TEST_F(Hints, ADayThatDoesNotExistIsNamedAsSuch) {
  CommandResult run = validate_work_entry("start: 2013-02-30");
  EXPECT_NE(run.err.find(file() + ":6:12: error: work[0].start: \"2013-02-30\" "
                                  "names no day: February 2013 has 28 days "
                                  "[source.bad-date]\n"),
            std::string::npos)
      << run.err;
  run = validate_work_entry("start: 2024-02-30");
  EXPECT_NE(run.err.find("\"2024-02-30\" names no day: February 2024 has 29 days"), std::string::npos) << run.err;
  run = validate_work_entry("start: 2023-09-31");
  EXPECT_NE(run.err.find("\"2023-09-31\" names no day: September has 30 days"), std::string::npos) << run.err;
}

TEST_F(Hints, AShortEnumValueGetsTheValueItBegins) {
  std::string path = write("cv.yaml", "person:\n  name: Alex Doe\npublications:\n  - id: doe2024\n"
                                      "    type: workshop\n    title: T\n    authors: [Alex Doe]\n    "
                                      "date: 2024\n")
                         .string();
  CommandResult run = cvport("validate " + path);
  EXPECT_EQ(run.status, 65);
  EXPECT_NE(run.err.find(path + ":5:11: error: publications[0].type: expected one of "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(", found \"workshop\" [source.bad-choice]\n  hint: "
                         "did you mean \"workshop-paper\"?\n"),
            std::string::npos)
      << run.err;
}

TEST_F(Hints, AValueWithAColonIsToBeQuoted) {
  CommandResult run = validate_work_entry("description: Led: the platform team");
  EXPECT_NE(run.err.find(file() + ":6:21: error: invalid YAML: mapping values "
                                  "are not allowed in this context"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("  hint: quote the value: description: \"Led: the platform team\"\n"), std::string::npos)
      << run.err;

  std::string path = write("cv.yaml", "person:\n  name: Alex Doe\nwork:\n  - organization: Acme\n"
                                      "    position: Title: with \"colon\"\n")
                         .string();
  run = cvport("validate " + path);
  EXPECT_EQ(run.status, 65);
  EXPECT_NE(run.err.find(path + ":5:20: error: invalid YAML: mapping values "
                                "are not allowed in this context"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("  hint: quote the value: position: \"Title: with \\\"colon\\\"\"\n"), std::string::npos)
      << run.err;
}

TEST_F(Hints, OptionChoicesIgnoreCaseAndSuggestTheClosest) {
  CommandResult upper =
      cvport("export " + example + " --to docx --option page-size=A4 -o " + (folder / "upper.docx").string());
  ASSERT_EQ(upper.status, 0) << upper.err;
  CommandResult lower =
      cvport("export " + example + " --to docx --option page-size=a4 -o " + (folder / "lower.docx").string());
  ASSERT_EQ(lower.status, 0) << lower.err;
  EXPECT_EQ(read_file(folder / "upper.docx"), read_file(folder / "lower.docx"));

  CommandResult typo =
      cvport("export " + example + " --to docx --option page-size=leter -o " + (folder / "x.docx").string());
  EXPECT_EQ(typo.status, 64);
  EXPECT_NE(typo.err.find("error: --option page-size=leter: expected one of "
                          "[\"auto\",\"a4\",\"letter\"] (format docx) "
                          "[usage.bad-option-value]\n  hint: did you mean \"letter\"?\n"),
            std::string::npos)
      << typo.err;
  EXPECT_FALSE(std::filesystem::exists(folder / "x.docx"));
}

} // namespace
