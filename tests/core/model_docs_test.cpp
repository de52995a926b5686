// One source of truth: the published JSON Schema and the field reference are generated from the
// model's describe() lists, and the committed copies must match (scripts/update-golden rewrites them).
// The example must be a complete, valid CV whose canonical JSON round-trips.
#include <functional>
#include <sstream>

#include <gtest/gtest.h>

#include "cvport/model_json.hpp"
#include "cvport/model_json_reader.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/schema.hpp"
#include "golden.hpp"
#include "test_paths.hpp"

namespace {

using namespace cvport;
using cvport::testing::read_file;
const std::string source_dir = cvport::testing::source_dir().string();

TEST(GeneratedDocs, PublishedSchemaMatchesTheModel) {
  cvport::testing::expect_golden(source_dir + "/docs/schema/cvport.schema.json", model_json_schema().dump(2) + "\n");
}

TEST(GeneratedDocs, FieldReferenceMatchesTheModel) {
  cvport::testing::expect_golden(source_dir + "/docs/reference/fields.md", field_reference_markdown());
}

TEST(GeneratedDocs, SchemaKnowsEveryFieldTheReaderKnows) {
  auto schema = model_json_schema();
  const auto& publication = schema["definitions"]["Publication"];
  EXPECT_EQ(publication["required"], nlohmann::ordered_json({"type", "title", "authors"}));
  // A scalar venue is the shorthand for its name, which is text (a bare number reads as text too)
  // or the text by language.
  EXPECT_EQ(publication["properties"]["venue"]["anyOf"][0]["anyOf"][0]["type"],
            nlohmann::ordered_json({"string", "number"}));
  EXPECT_EQ(publication["properties"]["venue"]["anyOf"][0]["anyOf"][1]["$ref"], "#/definitions/LanguageMap");
  EXPECT_EQ(publication["properties"]["status"]["enum"][1], "in-press");
  EXPECT_EQ(schema["definitions"]["Work"]["properties"]["end"]["pattern"],
            "^(present|[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)$");
  EXPECT_EQ(schema["definitions"]["Cv"]["additionalProperties"], false);
}

// The schema takes a bare YAML number wherever cvport's reader does (it reads every scalar as
// text), so an editor that reads `end: 2024` as a number agrees with cvport; nowhere else.
// Free text, and only free text, may be a mapping of language tag to text ({en: ..., de: ...}):
// the tags as is_language_tag takes them, at least one.
TEST(GeneratedDocs, SchemaTakesALanguageMapWhereTheReaderDoes) {
  auto schema = model_json_schema();
  const auto& definitions = schema["definitions"];
  const auto& map = definitions["LanguageMap"];
  EXPECT_EQ(map["type"], "object");
  EXPECT_EQ(map["minProperties"], 1);
  EXPECT_EQ(map["propertyNames"]["pattern"], "^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$");
  const nlohmann::ordered_json by_language = {{"$ref", "#/definitions/LanguageMap"}};
  EXPECT_EQ(definitions["Person"]["properties"]["headline"]["anyOf"][1], by_language);
  EXPECT_EQ(definitions["Work"]["properties"]["highlights"]["items"]["anyOf"][1], by_language);
  EXPECT_EQ(definitions["Education"]["properties"]["degree"]["anyOf"][1], by_language);
  for (const char* field : {"id", "volume", "pages", "number", "doi", "url", "date", "type", "tags"})
    EXPECT_FALSE(definitions["Publication"]["properties"][field].contains("anyOf")) << field;
  EXPECT_FALSE(definitions["Cv"]["properties"]["language"].contains("anyOf"));
  EXPECT_FALSE(definitions["Variant"]["properties"]["include_tags"]["items"].contains("anyOf"));
}

TEST(GeneratedDocs, SchemaTakesNumbersWhereTheReaderDoes) {
  auto schema = model_json_schema();
  const auto& definitions = schema["definitions"];
  const auto& end = definitions["Work"]["properties"]["end"];
  EXPECT_EQ(end["type"], nlohmann::ordered_json({"string", "integer"}));
  EXPECT_EQ(end["minimum"], 1000);
  EXPECT_EQ(end["maximum"], 9999);
  EXPECT_EQ(definitions["Award"]["properties"]["date"]["type"], nlohmann::ordered_json({"string", "integer"}));
  for (const char* text_field : {"volume", "issue", "pages"})
    EXPECT_EQ(definitions["Publication"]["properties"][text_field]["type"], nlohmann::ordered_json({"string", "number"}))
        << text_field;
  EXPECT_EQ(definitions["Location"]["properties"]["postal_code"]["type"], nlohmann::ordered_json({"string", "number"}));
  EXPECT_EQ(definitions["Person"]["properties"]["phone"]["type"], nlohmann::ordered_json({"string", "number"}));
  // Free text may also be given by language (each text a bare number too).
  EXPECT_EQ(definitions["Education"]["properties"]["score"]["anyOf"][0]["type"], nlohmann::ordered_json({"string", "number"}));
  EXPECT_EQ(definitions["Education"]["properties"]["courses"]["items"]["anyOf"][0]["type"],
            nlohmann::ordered_json({"string", "number"}));
  EXPECT_EQ(definitions["LanguageMap"]["additionalProperties"]["type"], nlohmann::ordered_json({"string", "number"}));
  // Never a bare number: the reader refuses every number for these kinds.
  for (const char* field : {"doi", "url", "type", "status"})
    EXPECT_EQ(definitions["Publication"]["properties"][field]["type"], "string") << field;
  EXPECT_EQ(definitions["Person"]["properties"]["orcid"]["type"], "string");
  EXPECT_EQ(definitions["Person"]["properties"]["email"]["type"], "string");
  EXPECT_EQ(definitions["Location"]["properties"]["country"]["type"], "string");
  EXPECT_EQ(definitions["Organization"]["properties"]["ror"]["type"], "string");
}

class Example : public ::testing::Test {
protected:
  static LoadedCv load() { return load_native_text(read_file(source_dir + "/examples/baolin-li.yaml"), "baolin-li.yaml"); }
};

TEST_F(Example, IsValidWithoutWarnings) {
  LoadedCv loaded = load();
  ASSERT_TRUE(loaded.cv);
  for (const auto& d : loaded.diagnostics.items()) ADD_FAILURE() << format_diagnostic(d);
}

TEST_F(Example, HoldsTheSeedsSections) {
  LoadedCv loaded = load();
  ASSERT_TRUE(loaded.cv);
  const Cv& cv = *loaded.cv;
  EXPECT_EQ(cv.person.name, "Baolin Li");
  EXPECT_EQ(cv.education.size(), 3u);
  EXPECT_EQ(cv.work.size(), 3u);
  EXPECT_EQ(cv.talks.size(), 4u);
  EXPECT_EQ(cv.publications.size(), 12u);
  EXPECT_EQ(cv.software.size(), 6u);
  EXPECT_EQ(cv.media.size(), 4u);
  EXPECT_EQ(cv.service.size(), 4u);
  for (const Publication& paper : cv.publications) {
    bool owner = std::any_of(paper.authors.begin(), paper.authors.end(), [](const Author& a) { return a.self; });
    EXPECT_TRUE(owner) << paper.id;
  }
}

TEST_F(Example, EverySeedFactIsInTheCanonicalJson) {
  LoadedCv loaded = load();
  ASSERT_TRUE(loaded.cv);
  std::string text;
  std::function<void(const Json&)> collect = [&](const Json& json) {
    if (json.is_string()) text += json.get<std::string>() + "\n";
    if (json.is_structured())
      for (const auto& item : json) collect(item);
  };
  collect(to_json(*loaded.cv));
  std::istringstream facts(read_file(source_dir + "/tests/data/seed-facts.txt"));
  std::string fact;
  int checked = 0;
  while (std::getline(facts, fact)) {
    if (fact.empty() || fact[0] == '#') continue;
    // The shown forms of two typed values.
    if (fact == "in press" || fact == "et al.") continue;
    ++checked;
    EXPECT_NE(text.find(fact), std::string::npos) << "missing fact: " << fact;
  }
  EXPECT_GT(checked, 150);
}

TEST_F(Example, CanonicalJsonIsAStableFixedPoint) {
  LoadedCv loaded = load();
  ASSERT_TRUE(loaded.cv);
  std::string canonical = to_canonical_text(*loaded.cv);
  // The canonical JSON is itself a valid source that reads back to the same model.
  LoadedCv again = load_native_text(canonical, "baolin-li.cvport.json");
  ASSERT_TRUE(again.cv);
  EXPECT_EQ(*again.cv, *loaded.cv);
  EXPECT_EQ(to_canonical_text(*again.cv), canonical);
  // The copy that plugin tests read is current.
  cvport::testing::expect_golden(source_dir + "/tests/data/baolin-li.cvport.json", canonical);
}

} // namespace

namespace cvport {
namespace {

// Plugins read the model through cv_from_json_text; a wrong type names the exact field path
// (built only on error, from the chain of fields and list items that led to it).
TEST(ModelJson, AWrongTypeNamesTheFullPath) {
  auto error_of = [](std::string_view text) {
    try {
      cv_from_json_text(text);
    } catch (const ModelJsonError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error_of(R"({"work":[{},{"highlights":"one"}]})"), "work[1].highlights: expected a list");
  EXPECT_EQ(error_of(R"({"publications":[{"authors":[{"name":"A"},{"name":7}]}]})"),
            "publications[0].authors[1].name: expected a string");
  EXPECT_EQ(error_of(R"({"person":{"name":"A"},"education":[{"end":"soon"}]})"),
            "education[0].end: expected a date YYYY, YYYY-MM, YYYY-MM-DD or \"present\"");
  EXPECT_EQ(error_of(R"({"person":[]})"), "person: expected an object");
  EXPECT_EQ(error_of(R"({"person":{"name":"A"}})"), "no error");
  EXPECT_EQ(error_of(R"({"work":[{"highlights":["a",null]}]})"), "work[0].highlights[1]: expected a string");
  EXPECT_EQ(error_of(R"({"work":[{"current":"yes"}]})"), "no error"); // an unknown field
  EXPECT_EQ(error_of(R"({"publications":[{"authors":[{"self":"yes"}]}]})"),
            "publications[0].authors[0].self: expected true or false");
  EXPECT_EQ(error_of(R"({"person":{"name":12}})"), "person.name: expected a string");
  EXPECT_EQ(error_of(R"([])"), "the model is not a JSON object");
  EXPECT_EQ(error_of(R"("cv")"), "the model is not a JSON object");
  EXPECT_EQ(error_of(R"(null)"), "the model is not a JSON object");
  EXPECT_EQ(error_of(R"({"person":)").rfind("the model is not valid JSON: ", 0), 0u);
}

// The reader plugins use keeps every field of a full CV: read and written back, the file's JSON
// comes out again (both files list their fields in declaration order, as canonical JSON does).
TEST(ModelJson, StreamingReaderKeepsEveryFieldOfTheFile) {
  for (const char* name : {"/tests/plugins/jsonresume/data/full.cvport.json", "/tests/data/baolin-li.cvport.json"}) {
    std::string text = cvport::testing::read_file(source_dir + name);
    std::string expected = Json::parse(text).dump(2, ' ', false) + "\n";
    Cv streamed = cv_from_json_text(text);
    EXPECT_EQ(to_canonical_text(streamed), expected) << name;
    EXPECT_EQ(to_canonical_text(cv_from_json_text(to_compact_model_text(streamed))), expected) << name;
    EXPECT_GT(expected.size(), 5000u) << name; // a real CV, not an empty model
  }
}

TEST(ModelJson, UnknownFieldsOfAnyShapeAreSkippedAndNullsAreAbsent) {
  Cv cv = cv_from_json_text(R"({"future":{"a":[1,{"b":[[],{}]},"x"],"c":null},"person":{"name":"A","x":[true]},)"
                            R"("education":[{"institution":"MIT","future":[{"deep":{"deeper":[1]}}],"degree":null,"field":"CS"}]})");
  EXPECT_EQ(cv.person.name, "A");
  ASSERT_EQ(cv.education.size(), 1u);
  EXPECT_EQ(cv.education[0].institution.name, "MIT"); // the shorthand form of an organisation
  EXPECT_EQ(cv.education[0].degree, "");
  EXPECT_EQ(cv.education[0].field, "CS");
}

} // namespace
} // namespace cvport
