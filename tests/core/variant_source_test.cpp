// Variants in a source file: the `variants` mapping read into the model's list (names from the
// keys), `tags` and `selected` on entries, and the located errors of a bad variant declaration.
// Applying variants is tested end to end in tests/e2e/variants_test.cpp.
#include <gtest/gtest.h>

#include "cvport/model_json.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/schema.hpp"
#include "loaded_problems.hpp"

namespace {

using namespace cvport;
using cvport::testing::all_problems;

TEST(VariantSource, TheMappingOfVariantsIsReadAsAListNamedByItsKeys) {
  LoadedCv loaded = load_native_text(R"(person:
  name: Ada
publications:
  - type: preprint
    title: A
    authors: [Ada]
    selected: true
    tags: [ml, systems]
variants:
  industry:
    sections: [work, publications]
    include_tags: [ml]
    publications: {selected_only: true, max: 5}
    headline: Engineer
  academic: {exclude_tags: [ml], untagged: drop}
)",
                                     "cv.yaml");
  ASSERT_TRUE(loaded.cv) << all_problems(loaded);
  EXPECT_TRUE(loaded.diagnostics.items().empty()) << all_problems(loaded);
  const Cv& cv = *loaded.cv;
  ASSERT_EQ(cv.variants.size(), 2u);
  EXPECT_EQ(cv.variants[0].name, "industry");
  EXPECT_EQ(cv.variants[0].sections, (std::vector<std::string>{"work", "publications"}));
  EXPECT_TRUE(cv.variants[0].publications.selected_only);
  EXPECT_EQ(cv.variants[0].publications.max, "5");
  EXPECT_EQ(cv.variants[0].headline, "Engineer");
  EXPECT_EQ(cv.variants[1].name, "academic");
  EXPECT_EQ(cv.variants[1].untagged, "drop");
  EXPECT_TRUE(cv.publications[0].selected);
  EXPECT_EQ(cv.publications[0].tags, (std::vector<std::string>{"ml", "systems"}));
  // The canonical JSON keeps the list, which reads back to the same model.
  Json json = to_json(cv);
  EXPECT_EQ(json["variants"][1]["name"], "academic");
  EXPECT_EQ(json["variants"][0]["publications"]["max"], "5");
}

TEST(VariantSource, ABadVariantDeclarationIsLocated) {
  LoadedCv loaded = load_native_text(R"(person:
  name: Ada
variants:
  industry:
    publications: {max: 0}
    untagged: dorp
    include_tag: [ml]
)",
                                     "cv.yaml");
  EXPECT_FALSE(loaded.cv);
  EXPECT_EQ(all_problems(loaded),
            "cv.yaml:5:25: error: variants[0].publications.max: expected a whole number from 1, like 5, found \"0\" "
            "[source.bad-count]\n"
            "cv.yaml:6:15: error: variants[0].untagged: expected one of keep, drop, found \"dorp\" [source.bad-choice]\n"
            "  hint: did you mean \"drop\"?\n"
            "cv.yaml:7:5: error: variants[0].include_tag: unknown field \"include_tag\" [source.unknown-field]\n"
            "  hint: did you mean \"include_tags\"?\n");
}

TEST(VariantSource, TheSchemaTakesTheMappingAndTheList) {
  auto schema = model_json_schema();
  const auto& variants = schema["definitions"]["Cv"]["properties"]["variants"];
  ASSERT_TRUE(variants.contains("anyOf")) << variants.dump();
  EXPECT_EQ(variants["anyOf"][0]["type"], "object");
  EXPECT_EQ(variants["anyOf"][0]["additionalProperties"]["$ref"], "#/definitions/Variant");
  EXPECT_EQ(variants["anyOf"][1]["type"], "array");
  const auto& max = schema["definitions"]["VariantPublications"]["properties"]["max"];
  EXPECT_EQ(max["type"], nlohmann::ordered_json({"string", "integer"}));
  EXPECT_EQ(max["minimum"], 1);
  EXPECT_EQ(schema["definitions"]["Work"]["properties"]["tags"]["type"], "array");
  EXPECT_EQ(schema["definitions"]["Publication"]["properties"]["selected"]["type"], "boolean");
}

} // namespace
