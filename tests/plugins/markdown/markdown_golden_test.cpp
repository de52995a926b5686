// The seed CV (examples/baolin-li.yaml, through its canonical JSON) against the reviewed
// golden file. Regenerate with scripts/update-golden and review the diff.
#include <gtest/gtest.h>

#include <filesystem>

#include "golden.hpp"
#include "markdown_test_support.hpp"

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
  cvport::testing::expect_golden(std::filesystem::path(CVPORT_SOURCE_DIR) / "tests" / "plugins" / "markdown" /
                                     "golden" / "baolin-li.md",
                                 markdown);
}

} // namespace
} // namespace cvport::markdown
