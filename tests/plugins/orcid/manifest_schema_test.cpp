// manifest.json against its published JSON Schema (docs/schema/orcid-manifest-2.schema.json),
// judged by ajv 8 (check_manifest.mjs). Needs `scripts/install-deps --consumers` (node, ajv);
// without them it fails, it does not skip.
#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

const std::filesystem::path kNodeModules = cvport::testing::consumers_dir();
const std::filesystem::path kSchema =
    cvport::testing::source_dir() / "docs/schema/orcid-manifest-2.schema.json";
const std::filesystem::path kScratch = kWorkDir / "manifests";

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

// Writes `manifest` as `name` and returns check_manifest.mjs's verdict on it.
CommandResult check(const std::string& name, const std::string& manifest) {
  std::filesystem::path file = kScratch / name;
  cvport::testing::write_file(file, manifest);
  return run_command("node " + quoted(kTestDir / "check_manifest.mjs") + " " + quoted(kNodeModules) + " " +
             quoted(kSchema) + " " + quoted(file));
}

void expect_valid(const std::string& name, const MemoryHost& host) {
  ASSERT_EQ(run_command("node --version").status, 0) << "node is missing: run scripts/install-deps --consumers";
  ASSERT_TRUE(std::filesystem::exists(kNodeModules / "ajv/package.json"))
      << "ajv is missing from " << kNodeModules << ": run scripts/install-deps --consumers";
  CommandResult result = check(name, host.outputs.at("manifest.json"));
  EXPECT_EQ(result.status, 0) << result.output;
  EXPECT_NE(result.output.find("PASS " + (kScratch / name).string()), std::string::npos)
      << result.output;
}

TEST(OrcidManifestSchema, ExampleManifestIsValid) {
  std::optional<Cv> cv = example_cv();
  ASSERT_TRUE(cv) << "the example CV did not load";
  expect_valid("baolin-li.json", *export_bundle(*cv));
}

TEST(OrcidManifestSchema, FullManifestWithEveryItemTypeIsValid) {
  Json options = {{"custom-sections", {"Patents=patent", "Visiting positions=invited-position"}},
                  {"include-media", true},
                  {"software", "all"}};
  expect_valid("full.json", *export_bundle(full_cv(), options));
}

// The schema is not a rubber stamp: a manifest that breaks the contract fails.
TEST(OrcidManifestSchema, ABrokenManifestFails) {
  Json manifest = manifest_of(*export_bundle(full_cv()));
  manifest["items"][0]["sha256"] = "not-a-hash";
  manifest["items"][1]["ready"] = false; // not ready, yet no reasons
  CommandResult result = check("broken.json", manifest.dump());
  EXPECT_EQ(result.status, 1) << result.output;
  EXPECT_NE(result.output.find("/items/0/sha256 must match pattern"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("/items/1/reasons must NOT have fewer than 1 items"),
            std::string::npos)
      << result.output;
}

} // namespace
} // namespace cvport::orcid::testing
