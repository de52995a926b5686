// The seed CV (examples/baolin-li.yaml, through its canonical JSON) against the reviewed
// golden file. Regenerate with scripts/update-golden and review the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "english_labels.hpp"
#include "golden.hpp"
#include "markdown_test_support.hpp"
#include "test_paths.hpp"

namespace cvport::markdown {
namespace {

TEST(MarkdownGolden, SeedCvMatchesTheGoldenFile) {
  std::filesystem::path json = testing::example_json_path();
  ASSERT_TRUE(std::filesystem::exists(json)) << json << " is missing. Generate it from the example with\n"
                                             << "  build/bin/cvport export examples/baolin-li.yaml --to "
                                                "cvport-json -o tests/data/baolin-li.cvport.json";
  Cv cv = cv_from_json_text(cvport::testing::read_file(json));
  cvport::testing::MemoryHost host;
  std::string markdown = testing::export_markdown(cv, Json::object(), &host);
  EXPECT_TRUE(host.diagnostics.empty())
      << host.diagnostics.front().code << ": " << host.diagnostics.front().message;
  cvport::testing::expect_golden(cvport::testing::source_dir() / "tests" / "plugins" / "markdown" /
                                     "golden" / "baolin-li.md",
                                 markdown);
}

// The example written out in German, Japanese and Arabic: section titles, labels and dates in the
// language, no English title or month name left (the CV's own text stays as written).
class MarkdownLanguageGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(MarkdownLanguageGolden, ExampleInTheLanguageMatchesItsGoldenFile) {
  Cv cv = cv_from_json_text(cvport::testing::read_file(testing::example_json_path()));
  cv.language = GetParam();
  cvport::testing::MemoryHost host;
  std::string markdown = testing::export_markdown(cv, Json::object(), &host);
  EXPECT_TRUE(host.diagnostics.empty())
      << host.diagnostics.front().code << ": " << host.diagnostics.front().message;
  for (const std::string& english : cvport::testing::english_labels_in(markdown))
    ADD_FAILURE() << "English left in the " << GetParam() << " Markdown: " << english;
  cvport::testing::expect_golden(cvport::testing::source_dir() / "tests" / "plugins" / "markdown" /
                                     "golden" / ("baolin-li." + GetParam() + ".md"),
                                 markdown);
}

// The check above can fail: the English example shows its titles and months.
TEST(MarkdownLanguage, EnglishExampleHasEnglishTitlesAndMonths) {
  Cv cv = cv_from_json_text(cvport::testing::read_file(testing::example_json_path()));
  std::vector<std::string> english = cvport::testing::english_labels_in(testing::export_markdown(cv));
  EXPECT_GE(english.size(), 5u);
  EXPECT_NE(std::find(english.begin(), english.end(), "\n## Work Experience\n"), english.end());
}

INSTANTIATE_TEST_SUITE_P(Languages, MarkdownLanguageGolden, ::testing::Values("de", "ja", "ar"));

} // namespace
} // namespace cvport::markdown
