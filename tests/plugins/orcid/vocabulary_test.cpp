// The vocabularies compiled into the plugin agree with the vendored ORCID kit.
#include <fstream>
#include <set>

#include "options.hpp"
#include "orcid_test_support.hpp"
#include "vocabulary.hpp"

namespace cvport::orcid::testing {
namespace {

std::set<std::string> kit_vocabulary(const std::string& file) {
  std::ifstream in(kTestDir / "kit/vocab" / file);
  EXPECT_TRUE(in) << "missing kit/vocab/" << file;
  std::set<std::string> values;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') values.insert(line);
  return values;
}

TEST(OrcidVocabulary, WorkTypesAreOrcidsWithoutUndefined) {
  std::set<std::string> expected = kit_vocabulary("work-types.txt");
  ASSERT_TRUE(expected.erase("undefined"));
  std::set<std::string> compiled(std::begin(kWorkTypes), std::end(kWorkTypes));
  EXPECT_EQ(compiled, expected);
}

TEST(OrcidVocabulary, OptionChoicesAreOrcidValues) {
  std::set<std::string> work_types = kit_vocabulary("work-types.txt");
  Json properties = Json::parse(options_schema())["properties"];
  for (const char* option : {"talks", "media-type"})
    for (const Json& choice : properties[option]["enum"])
      if (choice != "skip") {
        EXPECT_TRUE(work_types.count(choice)) << option << ": " << choice;
      }
  std::set<std::string> roles = kit_vocabulary("contributor-roles.txt");
  EXPECT_TRUE(roles.count(std::string(kAuthorRole)));
}

TEST(OrcidVocabulary, IdentifierTypesTheWriterUsesAreOrcids) {
  std::set<std::string> types = kit_vocabulary("external-id-types.txt");
  for (const char* type : {"doi", "source-work-id", "uri", "arxiv", "pmid", "isbn", "pat", "grant_number"})
    EXPECT_TRUE(types.count(type)) << type;
}

} // namespace
} // namespace cvport::orcid::testing
