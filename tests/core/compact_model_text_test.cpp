// to_compact_model_text writes the model's JSON straight from the model (core/sdk/include/cvport/
// model_json.hpp). It must give the bytes nlohmann's serializer gives for to_json of the same
// model, which is what every plugin built before it sent and received: checked on the example,
// on the fixtures that fill every field of the model, and on text with every character JSON
// escapes, empty list items and invalid UTF-8.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "cvport/model_json.hpp"
#include "cvport/source.hpp"
#include "test_paths.hpp"

namespace {

using cvport::Cv;
using cvport::Json;

std::string serialized_by_nlohmann(const Cv& cv) {
  return cvport::to_json(cv).dump(-1, ' ', false, Json::error_handler_t::replace);
}

Cv read_source(const std::string& relative) {
  std::ifstream in(cvport::testing::source_dir() / relative, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  cvport::LoadedSource loaded = cvport::read_cv_source(text.str(), relative);
  EXPECT_FALSE(loaded.diagnostics.has_errors()) << relative;
  return loaded.cv;
}

TEST(CompactModelText, IsWhatTheSerializerWritesForTheExampleAndTheFullFixtures) {
  for (const char* file : {"examples/baolin-li.yaml", "tests/plugins/jsonresume/data/full.cvport.json",
                           "tests/plugins/orcid/data/full.cvport.json"}) {
    Cv cv = read_source(file);
    std::string text = cvport::to_compact_model_text(cv);
    EXPECT_GT(text.size(), 1000u) << file;
    EXPECT_EQ(text, serialized_by_nlohmann(cv)) << file;
  }
}

TEST(CompactModelText, EscapesAsTheSerializerDoes) {
  Cv cv;
  std::string every_ascii;
  for (int c = 1; c < 0x80; ++c) every_ascii += static_cast<char>(c);
  cv.person.name = every_ascii + "\xC3\xBC \xE4\xB8\xAD \xF0\x9F\x98\x80 \xE2\x80\xA8";
  cv.person.name_variants = {"", "Li, B.", "quote \" and \\ backslash"}; // an empty item stays, as {}
  cv.person.summary = "broken \xC3 UTF-8 \xFF and \xED\xA0\x80 a surrogate";
  cv.person.headline = "a";
  EXPECT_EQ(cvport::to_compact_model_text(cv), serialized_by_nlohmann(cv));
  EXPECT_NE(cvport::to_compact_model_text(cv).find(R"("\u0001\u0002)"), std::string::npos);
}

TEST(CompactModelText, AnEmptyModelIsAnEmptyObject) {
  EXPECT_EQ(cvport::to_compact_model_text(Cv{}), serialized_by_nlohmann(Cv{}));
  EXPECT_EQ(cvport::to_compact_model_text(Cv{}), "{\"model_version\":\"" + std::string(cvport::kModelVersion) + "\"}");
}

// The members kept as JSON (Extra) and an importer's origins are written by
// append_compact_json_value: nlohmann's bytes for any value, in both of its object types.
TEST(CompactModelText, AnyJsonValueIsWrittenAsTheSerializerWrites) {
  std::string text = R"({"jsonresume":{"technologies":["Go","C++"],"score":1.50,"big":1e300,"neg":-7,"min":-9223372036854775808,"u":18446744073709551615,)"
                     R"("nested":{"b":[{},[],null,true,false,0.1],"a":"x\"y\\z\u0001\u001f \u00fc \ud83d\ude00"},"":""},)"
                     R"("bibtex":{"note":"line\nbreak\ttab"},"a-format":[]})";
  Json ordered = Json::parse(text);
  nlohmann::json sorted = nlohmann::json::parse(text);
  std::string out;
  cvport::detail::append_compact_json_value(out, ordered);
  EXPECT_EQ(out, ordered.dump(-1, ' ', false, Json::error_handler_t::replace));
  EXPECT_NE(out.find(R"("score":1.5,)"), std::string::npos);
  out.clear();
  cvport::detail::append_compact_json_value(out, sorted);
  EXPECT_EQ(out, sorted.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  EXPECT_EQ(out.substr(0, 13), R"({"a-format":[)");
  // Invalid UTF-8 in a string or a key is replaced as the serializer replaces it.
  nlohmann::json broken = {{"key \xFF", "value \xC3 \xED\xA0\x80"}, {"pair", {12, 7}}};
  out.clear();
  cvport::detail::append_compact_json_value(out, broken);
  EXPECT_EQ(out, broken.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);
}

} // namespace
