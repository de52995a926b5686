// Options: the declared defaults, and values the schema refuses.
#include "options.hpp"
#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

TEST(OrcidOptions, DefaultsComeFromTheSchema) {
  Options options = read_options(Json::object());
  EXPECT_EQ(options.contributor_role, "author");
  EXPECT_EQ(options.talks, "lecture-speech");
  EXPECT_EQ(options.software, "with-doi");
  EXPECT_FALSE(options.include_media);
  EXPECT_EQ(options.media_type, "online-resource");
  EXPECT_EQ(options.awards, "distinction");
  EXPECT_EQ(options.volunteer, "service");
  EXPECT_EQ(options.certificates, "qualification");
  EXPECT_TRUE(options.venue_as_organization);
  EXPECT_EQ(options.citation, "bibtex");
  EXPECT_TRUE(options.person);
  EXPECT_EQ(options.incomplete, "separate");
  EXPECT_EQ(options.bulk_size, 100);
  EXPECT_TRUE(options.custom_sections.empty());
}

TEST(OrcidOptions, SchemaIsAnObjectWithDefaultsForEveryOption) {
  Json schema = Json::parse(options_schema());
  EXPECT_EQ(schema["type"], "object");
  EXPECT_EQ(schema["additionalProperties"], false);
  for (const auto& [name, property] : schema["properties"].items()) {
    EXPECT_TRUE(property.contains("default")) << name;
    EXPECT_TRUE(property.contains("description")) << name;
  }
}

TEST(OrcidOptions, CustomSectionTargets) {
  Options options = read_options({{"custom-sections", {"Patents=patent", "A=B=service"}}});
  ASSERT_EQ(options.custom_sections.size(), 2u);
  EXPECT_EQ(options.custom_sections[0].title, "Patents");
  EXPECT_EQ(options.custom_sections[0].target, "patent");
  EXPECT_EQ(options.custom_sections[1].title, "A=B"); // the last '=' splits
  EXPECT_EQ(options.custom_sections[1].target, "service");
}

void expect_refused(const Json& given, const std::string& message_part) {
  try {
    read_options(given);
    ADD_FAILURE() << "accepted " << given.dump();
  } catch (const sdk::Error& error) {
    EXPECT_EQ(error.code(), "orcid.bad-option");
    EXPECT_NE(std::string(error.what()).find(message_part), std::string::npos) << error.what();
  }
}

TEST(OrcidOptions, RefusesWhatTheSchemaRefuses) {
  expect_refused({{"bulk-size", 101}}, "option \"bulk-size\": 101 is outside 1 to 100");
  expect_refused({{"bulk-size", 0}}, "bulk-size");
  expect_refused({{"talks", "keynote"}},
                 "option \"talks\": expected lecture-speech, conference-presentation, public-speech or skip, not "
                 "\"keynote\"");
  expect_refused({{"include-media", "yes"}}, "option \"include-media\": expected true or false");
  expect_refused({{"custom-sections", "Patents=patent"}}, "option \"custom-sections\": expected a list of strings");
  expect_refused({{"page-size", 3}}, "option \"page-size\": unknown option");
  expect_refused({{"custom-sections", {"Patents"}}}, "is not \"Section title=target\"");
  expect_refused({{"custom-sections", {"Patents=patents"}}}, "\"patents\" is neither");
  expect_refused({{"custom-sections", {"Jobs=employment"}}}, "\"employment\" is neither");
}

// The writer reports a bad option as an error through the SDK, and writes nothing.
TEST(OrcidOptions, BadOptionStopsTheExport) {
  MemoryHost host;
  EXPECT_THROW(host.run_export(&write_orcid, minimal_cv(), {{"bulk-size", 500}}), sdk::Error);
  EXPECT_TRUE(host.outputs.empty());
}

} // namespace
} // namespace cvport::orcid::testing
