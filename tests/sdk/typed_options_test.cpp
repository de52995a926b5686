// cvport/typed_options.hpp: one declaration of a format's options gives its JSON Schema, the
// typed struct read from what the host passes, and the values back as JSON.
#include "cvport/typed_options.hpp"

#include <gtest/gtest.h>

namespace cvport {
namespace {

struct SampleOptions {
  size_t line_width = 80;
  bool front_matter = false;
  double margin_cm = 2.0;
  std::string page_size = "auto";
  std::vector<std::string> sections;
  std::vector<std::string> kinds = {"talk"};
  int bulk_size = 100;
  std::string reference_doc;
};

template <class V> void describe_options(V& v, SampleOptions& o) {
  v.option("line-width", o.line_width, "Wrap here.", sdk::at_least(0));
  v.option("front-matter", o.front_matter, "A metadata block.");
  v.option("margin-cm", o.margin_cm, "Margins.", sdk::between(0.5, 5));
  v.option("page-size", o.page_size, "Paper.", sdk::one_of({"auto", "a4", "letter"}));
  v.option("sections", o.sections, "Which sections.", sdk::section_ids());
  v.option("kinds", o.kinds, "Kinds.", sdk::one_of({"talk", "poster"}));
  v.option("bulk-size", o.bulk_size, "Per file.", sdk::between(1, 100));
  v.option("reference-doc", o.reference_doc, "A file.", sdk::file());
}

TEST(TypedOptions, SchemaIsTheDeclarationInOrderWithTheStructsDefaults) {
  EXPECT_EQ(sdk::options_schema<SampleOptions>(),
            R"({"type":"object","properties":{)"
            R"("line-width":{"type":"integer","minimum":0,"default":80,"description":"Wrap here."},)"
            R"("front-matter":{"type":"boolean","default":false,"description":"A metadata block."},)"
            R"("margin-cm":{"type":"number","minimum":0.5,"maximum":5.0,"default":2.0,"description":"Margins."},)"
            R"("page-size":{"type":"string","enum":["auto","a4","letter"],"default":"auto","description":"Paper."},)"
            R"("sections":{"type":"array","items":{"type":"string"},"default":[],"description":"Which sections."},)"
            R"("kinds":{"type":"array","items":{"type":"string","enum":["talk","poster"]},"default":["talk"],)"
            R"("description":"Kinds."},)"
            R"("bulk-size":{"type":"integer","minimum":1,"maximum":100,"default":100,"description":"Per file."},)"
            R"("reference-doc":{"type":"string","x-cvport-file":true,"description":"A file."}},)"
            R"("additionalProperties":false})");
}

TEST(TypedOptions, AbsentOptionsKeepTheirDefaults) {
  SampleOptions options = sdk::read_options<SampleOptions>(Json::object(), "sample.bad-option");
  EXPECT_EQ(options.line_width, 80u);
  EXPECT_FALSE(options.front_matter);
  EXPECT_EQ(options.margin_cm, 2.0);
  EXPECT_EQ(options.page_size, "auto");
  EXPECT_TRUE(options.sections.empty());
  EXPECT_EQ(options.kinds, std::vector<std::string>{"talk"});
  EXPECT_EQ(options.bulk_size, 100);
  EXPECT_EQ(options.reference_doc, "");
}

TEST(TypedOptions, GivenValuesAreRead) {
  Json given = {{"line-width", 0},       {"front-matter", true},          {"margin-cm", 1.25},
                {"page-size", "letter"}, {"sections", "work, , custom"}, {"kinds", {"poster", "talk"}},
                {"bulk-size", 1},        {"reference-doc", "UEsD"}};
  SampleOptions options = sdk::read_options<SampleOptions>(given, "sample.bad-option");
  EXPECT_EQ(options.line_width, 0u);
  EXPECT_TRUE(options.front_matter);
  EXPECT_EQ(options.margin_cm, 1.25);
  EXPECT_EQ(options.page_size, "letter");
  EXPECT_EQ(options.sections, (std::vector<std::string>{"work", "custom"})); // the shared sections reading
  EXPECT_EQ(options.kinds, (std::vector<std::string>{"poster", "talk"}));
  EXPECT_EQ(options.bulk_size, 1);
  EXPECT_EQ(options.reference_doc, "UEsD");
  // The values written back are what was read, in declaration order.
  EXPECT_EQ(sdk::option_values(options).dump(),
            R"({"line-width":0,"front-matter":true,"margin-cm":1.25,"page-size":"letter",)"
            R"("sections":["work","custom"],"kinds":["poster","talk"],"bulk-size":1,"reference-doc":"UEsD"})");
}

std::string refusal(const Json& given) {
  try {
    sdk::read_options<SampleOptions>(given, "sample.bad-option");
  } catch (const sdk::Error& error) {
    EXPECT_EQ(error.code(), "sample.bad-option");
    return error.what();
  }
  return "accepted";
}

TEST(TypedOptions, AWrongValueIsAnErrorThatNamesTheOption) {
  EXPECT_EQ(refusal({{"line-width", "wide"}}), R"(option "line-width": expected a whole number)");
  EXPECT_EQ(refusal({{"line-width", 7.5}}), R"(option "line-width": expected a whole number)");
  EXPECT_EQ(refusal({{"line-width", -1}}), R"(option "line-width": -1 is less than 0)");
  EXPECT_EQ(refusal({{"front-matter", "yes"}}), R"(option "front-matter": expected true or false)");
  EXPECT_EQ(refusal({{"margin-cm", "2"}}), R"(option "margin-cm": expected a number)");
  EXPECT_EQ(refusal({{"margin-cm", 9}}), R"(option "margin-cm": 9 is outside 0.5 to 5)");
  EXPECT_EQ(refusal({{"page-size", 3}}), R"(option "page-size": expected a string)");
  EXPECT_EQ(refusal({{"page-size", "a5"}}), R"(option "page-size": expected auto, a4 or letter, not "a5")");
  EXPECT_EQ(refusal({{"sections", 7}}), R"(option "sections": expected a list of section ids)");
  EXPECT_EQ(refusal({{"sections", {"work", 2}}}), R"(option "sections": expected a list of section ids)");
  EXPECT_EQ(refusal({{"kinds", "talk"}}), R"(option "kinds": expected a list of strings)");
  EXPECT_EQ(refusal({{"kinds", {"talk", "demo"}}}), R"(option "kinds": expected talk or poster, not "demo")");
  EXPECT_EQ(refusal({{"bulk-size", 101}}), R"(option "bulk-size": 101 is outside 1 to 100)");
  EXPECT_EQ(refusal({{"line-widht", 60}}), R"(option "line-widht": unknown option)");
  EXPECT_EQ(refusal(Json::array()), "the options are not a JSON object");
}

} // namespace
} // namespace cvport
