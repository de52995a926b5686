// Golden bundles: every file of the export of the seed CV and of the full-featured test CV,
// byte for byte, plus the list of files. Regenerate with scripts/update-golden and review.
#include <cstdlib>
#include <set>

#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

using cvport::testing::expect_golden;

bool updating_golden() {
  const char* update = std::getenv("CVPORT_UPDATE_GOLDEN");
  return update && std::string(update) == "1";
}

// Compares the bundle with golden/<name>/: FILES lists the files, each file its bytes, and the
// folder holds nothing else (an update starts from an empty folder, so no stale file stays).
void expect_golden_bundle(const std::string& name, const MemoryHost& host) {
  std::filesystem::path folder = kTestDir / "golden" / name;
  if (updating_golden()) std::filesystem::remove_all(folder);
  std::set<std::string> expected_files{"FILES"};
  std::string listing;
  for (const auto& [output, bytes] : host.outputs) {
    listing += output + "\n";
    expected_files.insert(output);
  }
  expect_golden(folder / "FILES", listing);
  for (const auto& [output, bytes] : host.outputs) expect_golden(folder / output, bytes);
  std::set<std::string> golden_files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
    if (entry.is_regular_file())
      golden_files.insert(std::filesystem::relative(entry.path(), folder).generic_string());
  EXPECT_EQ(golden_files, expected_files) << "golden/" << name << " holds other files than the bundle";
}

TEST(OrcidGolden, ExampleBundle) {
  std::optional<Cv> cv = example_cv();
  ASSERT_TRUE(cv) << "the example CV did not load";
  expect_golden_bundle("baolin-li", *export_bundle(*cv));
}

TEST(OrcidGolden, FullFeaturedBundle) {
  Json options = {{"custom-sections", {"Patents=patent", "Visiting positions=invited-position"}},
                  {"include-media", true}};
  expect_golden_bundle("full", *export_bundle(full_cv(), options));
}

// No clock, no randomness, no pointer order: two runs give the same bytes.
TEST(OrcidGolden, SameModelSameBytes) {
  auto first = export_bundle(full_cv());
  auto second = export_bundle(full_cv());
  EXPECT_EQ(first->outputs, second->outputs);
  EXPECT_EQ(first->order, second->order);
}

} // namespace
} // namespace cvport::orcid::testing
