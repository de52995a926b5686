// Exported resume.json files judged by real consumers (check_resume.mjs): ajv 8 + ajv-formats
// against the vendored official schema, and the published themes jsonresume-theme-even and
// jsonresume-theme-elegant. These need `scripts/install-deps --consumers`; without the consumers
// they fail, they do not skip.
#include <gtest/gtest.h>


#include "golden.hpp"
#include "jsonresume_test_support.hpp"
#include "run_command.hpp"
#include "test_paths.hpp"

namespace cvport::testing {
namespace {

const std::filesystem::path kNodeModules = consumers_dir();
const std::filesystem::path kScratch = binary_dir() / "tests/plugins/jsonresume/consumers";

std::string shell_quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

// The file `name` in the scratch folder, judged by every consumer.
void expect_consumers_accept(const std::string& name, const std::string& resume_json) {
  ASSERT_EQ(run_command("node --version").status, 0) << "node is missing: run scripts/install-deps --consumers";
  for (const char* package : {"ajv", "ajv-formats", "jsonresume-theme-even", "jsonresume-theme-elegant"})
    ASSERT_TRUE(std::filesystem::exists(kNodeModules / package / "package.json"))
        << package << " is missing from " << kNodeModules << ": run scripts/install-deps --consumers";
  const std::filesystem::path file = kScratch / name;
  write_file(file, resume_json);
  CommandResult result =
      run_command("node " + shell_quoted(kJsonResumeTestDir / "check_resume.mjs") + " " + shell_quoted(kNodeModules) +
          " " + shell_quoted(kJsonResumeTestDir / "schema" / "schema.json") + " " +
          shell_quoted(kScratch / "html") + " " + shell_quoted(file));
  EXPECT_EQ(result.status, 0) << result.output;
  for (const char* consumer : {" ajv@", " jsonresume-theme-even@", " jsonresume-theme-elegant@"})
    EXPECT_NE(result.output.find("PASS " + name + consumer), std::string::npos)
        << "no PASS from" << consumer << " for " << name << ":\n"
        << result.output;
}

TEST(JsonResumeConsumers, MinimalCv) {
  expect_consumers_accept("minimal.json", export_resume(load_test_cv("minimal")).text);
}

TEST(JsonResumeConsumers, FullCv) {
  expect_consumers_accept("full.json", export_resume(load_test_cv("full")).text);
}

TEST(JsonResumeConsumers, FullCvWithoutExtensions) {
  expect_consumers_accept("full-plain.json",
                          export_resume(load_test_cv("full"), Json{{"extensions", false}}).text);
}

TEST(JsonResumeConsumers, Example) {
  auto cv = load_example_cv();
  ASSERT_TRUE(cv);
  expect_consumers_accept("baolin-li.json", export_resume(*cv).text);
}

TEST(JsonResumeConsumers, ExampleWithoutExtensions) {
  auto cv = load_example_cv();
  ASSERT_TRUE(cv);
  expect_consumers_accept("baolin-li-plain.json", export_resume(*cv, Json{{"extensions", false}}).text);
}

// The official samples, imported and exported again.
class OfficialSampleReexport : public ::testing::TestWithParam<std::string> {};

TEST_P(OfficialSampleReexport, IsValidAndRenders) {
  ImportResult imported =
      import_resume(read_text_file(kJsonResumeTestDir / "samples" / (GetParam() + ".resume.json")));
  ASSERT_EQ(imported.errors(), 0u);
  expect_consumers_accept(GetParam() + ".reexported.json", export_resume(imported.cv).text);
}

INSTANTIATE_TEST_SUITE_P(JsonResumeConsumers, OfficialSampleReexport,
                         ::testing::Values("sample", "career-changer", "new-grad", "senior-engineer"),
                         [](const auto& info) { return test_name_of(info.param); });

// The fixtures that reproduce real files (fixtures/), imported and exported again: what the
// import kept and wrote back must leave the file valid and renderable.
class FixtureReexport : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureReexport, IsValidAndRenders) {
  ImportResult imported = import_resume(read_text_file(kJsonResumeTestDir / "fixtures" / (GetParam() + ".json")));
  ASSERT_EQ(imported.errors(), 0u);
  expect_consumers_accept(GetParam() + ".reexported.json", export_resume(imported.cv).text);
}

INSTANTIATE_TEST_SUITE_P(JsonResumeConsumers, FixtureReexport,
                         ::testing::Values("blank-template", "dates", "multilingual", "non-english", "old-names",
                                           "places-and-links", "types"),
                         [](const auto& info) { return test_name_of(info.param); });

} // namespace
} // namespace cvport::testing
