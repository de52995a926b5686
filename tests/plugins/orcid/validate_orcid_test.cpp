// ORCID's own schemas and vocabularies judge the exported bundles: the vendored validate-orcid
// (xmllint + ORCID's XSDs + the member-API write rules of --create) runs on every XML file.
// Labels "orcid;consumers": needs bash and xmllint (libxml2-utils); fails when they are missing.
#include <map>
#include <set>
#include <sstream>

#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

const std::filesystem::path kValidator = kTestDir / "kit/validate-orcid";

// The bundle as a folder, as `cvport export --to orcid -o DIR` writes it. Returns the XML files.
std::vector<std::string> write_bundle(const MemoryHost& host, const std::string& name) {
  std::filesystem::path folder = kWorkDir / name;
  std::filesystem::remove_all(folder);
  std::vector<std::string> xml_files;
  for (const auto& [output, bytes] : host.outputs) {
    cvport::testing::write_file(folder / output, bytes);
    if (is_xml_file(output)) xml_files.push_back(output);
  }
  return xml_files;
}

struct Verdicts {
  int exit_status = -1;
  std::string output;
  std::set<std::string> passed;                        // files
  std::map<std::string, std::set<std::string>> errors; // file -> rule ids
};

// Runs validate-orcid in the bundle folder on `files` and reads its report.
Verdicts validate(const std::string& name, const std::vector<std::string>& files, bool create) {
  std::string command = "cd '" + (kWorkDir / name).string() + "' && bash '" + kValidator.string() +
                        "'" + (create ? " --create" : "");
  for (const std::string& file : files) command += " '" + file + "'";
  CommandResult result = run_command(command);
  Verdicts verdicts{.exit_status = result.status, .output = std::move(result.output)};
  std::istringstream lines(verdicts.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("OK ", 0) == 0) {
      std::string file = line.substr(3);
      verdicts.passed.insert(file.substr(0, file.find(" (")));
      continue;
    }
    size_t marker = line.find(": error [");
    if (marker == std::string::npos) continue;
    size_t end = line.find(']', marker);
    verdicts.errors[line.substr(0, marker)].insert(line.substr(marker + 9, end - marker - 9));
  }
  return verdicts;
}

void expect_validator_ran(const Verdicts& verdicts) {
  ASSERT_NE(verdicts.exit_status, 2)
      << "validate-orcid could not run (is xmllint installed? scripts/install-deps --consumers):\n"
      << verdicts.output;
  ASSERT_NE(verdicts.exit_status, -1) << "could not start bash " << kValidator;
}

void expect_all_pass(const std::string& name, const MemoryHost& host) {
  std::vector<std::string> files = write_bundle(host, name);
  ASSERT_FALSE(files.empty());
  Verdicts verdicts = validate(name, files, true);
  expect_validator_ran(verdicts);
  EXPECT_EQ(verdicts.exit_status, 0) << verdicts.output;
  EXPECT_EQ(verdicts.passed.size(), files.size()) << verdicts.output;
  // The manifest must outlive the loop (a temporary in the range expression would not).
  Json manifest = manifest_of(host);
  for (const auto& item : manifest["items"]) EXPECT_EQ(item["ready"], true) << item.dump();
}

// Every file passes the schemas and vocabularies. Under --create, the files the manifest calls
// ready pass, and each other file fails with exactly the rules its manifest entry lists as
// reasons: the manifest predicts ORCID's verdict. A collision with another item of the bundle
// ("duplicate-self-id") is no fault of the file itself, which passes.
void expect_verdicts_match_manifest(const std::string& name, const MemoryHost& host) {
  std::vector<std::string> files = write_bundle(host, name);
  ASSERT_FALSE(files.empty());
  Verdicts schema = validate(name, files, false);
  expect_validator_ran(schema);
  EXPECT_EQ(schema.exit_status, 0) << schema.output;
  EXPECT_EQ(schema.passed.size(), files.size()) << schema.output;

  Verdicts create = validate(name, files, true);
  expect_validator_ran(create);
  Json manifest = manifest_of(host);
  for (const Json& item : manifest["items"]) {
    std::string file = item["body"];
    if (item["ready"] == true) {
      EXPECT_TRUE(create.passed.count(file)) << file << " is ready but fails --create:\n"
                                             << create.output;
      continue;
    }
    std::set<std::string> expected;
    for (const Json& reason : item["reasons"])
      if (reason["rule"] != "duplicate-self-id") expected.insert(reason["rule"]);
    EXPECT_EQ(create.errors[file], expected) << file << "\n" << create.output;
    if (expected.empty()) {
      EXPECT_TRUE(create.passed.count(file)) << file << "\n" << create.output;
    }
  }
}

TEST(OrcidValidateOrcid, ExampleBundleIsWhatTheManifestSays) {
  std::optional<Cv> cv = example_cv();
  ASSERT_TRUE(cv) << "the example CV did not load";
  auto host = export_bundle(*cv);
  expect_verdicts_match_manifest("baolin-li", *host);
  // The seed gives every organisation a city and a country; the degrees and jobs whose
  // organisation has no ROR id are the items that wait.
  size_t without_ror = 0;
  for (const Education& education : cv->education) without_ror += education.institution.ror.empty();
  for (const Work& work : cv->work) without_ror += work.organization.ror.empty();
  EXPECT_EQ(manifest_of(*host)["summary"]["not_ready"], without_ror);
  // Items ORCID would refuse are in incomplete/; every other file can be posted as it is.
  Json manifest = manifest_of(*host);
  for (const Json& item : manifest["items"]) {
    bool aside = item["body"].get<std::string>().rfind("incomplete/", 0) == 0;
    EXPECT_EQ(aside, item["ready"] == false) << item.dump();
  }
}

// Adding what the diagnostics ask for (a ROR id per school and employer) makes every file of
// the seed's bundle acceptable to ORCID. The ids here are shaped like ROR ids; the offline kit
// cannot check that they exist.
TEST(OrcidValidateOrcid, ExampleWithRorIdsPassesCreate) {
  std::optional<Cv> cv = example_cv();
  ASSERT_TRUE(cv) << "the example CV did not load";
  int serial = 10;
  for (Education& education : cv->education)
    education.institution.ror = "0abcde" + std::to_string(serial++) + "0";
  for (Work& work : cv->work) work.organization.ror = "0abcde" + std::to_string(serial++) + "0";
  auto host = export_bundle(*cv);
  EXPECT_FALSE(host->has_diagnostic("orcid.no-org-id"));
  expect_all_pass("baolin-li-with-ror", *host);
}

TEST(OrcidValidateOrcid, FullFeaturedBundlePassesCreate) {
  Json options = {{"custom-sections", {"Patents=patent", "Visiting positions=invited-position"}},
                  {"include-media", true},
                  {"software", "all"}};
  expect_all_pass("full", *export_bundle(full_cv(), options));
}

TEST(OrcidValidateOrcid, EveryWorkTypeChoicePassesCreate) {
  Json options = {{"talks", "public-speech"},  {"include-media", true},
                  {"media-type", "blog-post"}, {"contributor-role", "none"},
                  {"citation", "none"},        {"bulk-size", 2}};
  expect_all_pass("full-variants", *export_bundle(full_cv(), options));
}

TEST(OrcidValidateOrcid, TwoHundredFiveWorksInThreeBulks) {
  Cv cv = minimal_cv();
  for (int i = 0; i < 205; ++i)
    cv.publications.push_back(
        publication("p" + std::to_string(i), "Paper " + std::to_string(i), 1990 + i % 30));
  auto host = export_bundle(cv);
  EXPECT_EQ(write_bundle(*host, "bulk").size(), 205u + 3u); // one single-work file per work
  EXPECT_EQ(manifest_of(*host)["bulks"].size(), 3u);
  expect_all_pass("bulk", *host);
}

} // namespace
} // namespace cvport::orcid::testing
