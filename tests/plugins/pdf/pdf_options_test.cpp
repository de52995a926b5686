// The pdf format's options: the paper follows the country as DOCX's does, the geometry is in
// PDF points, bad values are refused with the option's name.
#include <gtest/gtest.h>

#include "cvport/plugin.hpp"
#include "document_metadata.hpp"
#include "pdf_options.hpp"

namespace cvport::pdf {
namespace {

Cv cv_in(std::string country) {
  Cv cv;
  cv.person.location.country = std::move(country);
  return cv;
}

TEST(PdfOptions, PaperFollowsTheCountryUnlessTheOptionSaysOtherwise) {
  EXPECT_TRUE(read_options(Json::object(), cv_in("US")).letter_paper);
  EXPECT_TRUE(read_options(Json::object(), cv_in("CA")).letter_paper);
  EXPECT_FALSE(read_options(Json::object(), cv_in("DE")).letter_paper);
  EXPECT_FALSE(read_options(Json::object(), cv_in("")).letter_paper);
  EXPECT_FALSE(read_options({{"page-size", "a4"}}, cv_in("US")).letter_paper);
  EXPECT_TRUE(read_options({{"page-size", "letter"}}, cv_in("FR")).letter_paper);
}

TEST(PdfOptions, GeometryIsInPoints) {
  PdfOptions a4 = read_options({{"page-size", "a4"}, {"margin-cm", 2.54}}, Cv{});
  PageGeometry page = a4.geometry();
  EXPECT_NEAR(page.width, 595.276, 0.001);
  EXPECT_NEAR(page.height, 841.890, 0.001);
  EXPECT_NEAR(page.margin, 72.0, 1e-9);
  PageGeometry letter = read_options({{"page-size", "letter"}}, Cv{}).geometry();
  EXPECT_EQ(letter.width, 612);
  EXPECT_EQ(letter.height, 792);
}

TEST(PdfOptions, BadValuesNameTheOption) {
  auto message = [](const Json& options) {
    try {
      read_options(options, Cv{});
    } catch (const sdk::Error& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(message({{"page-size", "a5"}}), "option \"page-size\": expected auto, a4 or letter, not \"a5\"");
  EXPECT_EQ(message({{"margin-cm", 9}}), "option \"margin-cm\": 9 is outside 0.5 to 5");
  EXPECT_EQ(message({{"font-family", "A, B"}}), "option \"font-family\": expected a font name such as \"Noto Sans\"");
  EXPECT_EQ(message({{"sections", 7}}), "option \"sections\": expected a list of section ids");
  EXPECT_EQ(message({{"paper", "a4"}}), "option \"paper\": unknown option");
}

// "sections" reads as in every format (cvport/sections_option.hpp): a comma-separated string is
// the list it spells, names trimmed.
TEST(PdfOptions, SectionsReadAsInEveryFormat) {
  EXPECT_EQ(read_options({{"sections", "work, education"}}, Cv{}).sections,
            (std::vector<std::string>{"work", "education"}));
  EXPECT_EQ(read_options({{"sections", {" work ", ""}}}, Cv{}).sections, std::vector<std::string>{"work"});
}

TEST(PdfOptions, SchemaDeclaresTheDocxOptionsButTheReferenceDocument) {
  Json schema = Json::parse(pdf_options_schema());
  std::vector<std::string> names;
  for (const auto& property : schema["properties"].items()) names.push_back(property.key());
  EXPECT_EQ(names, (std::vector<std::string>{"page-size", "margin-cm", "font-family", "font-size", "sections"}));
  EXPECT_EQ(schema["properties"]["font-family"]["default"], "Noto Sans");
  EXPECT_EQ(schema["additionalProperties"], false);
}

TEST(PdfMetadata, CreationDateComesFromSourceDateEpochElseIsFixed) {
  EXPECT_EQ(creation_date("1700000000"), "2023-11-14T22:13:20Z");
  EXPECT_EQ(creation_date("0"), "1970-01-01T00:00:00Z");
  EXPECT_EQ(creation_date(nullptr), "2000-01-01T00:00:00Z");
  EXPECT_EQ(creation_date(""), "2000-01-01T00:00:00Z");
  EXPECT_EQ(creation_date("soon"), "2000-01-01T00:00:00Z");
  EXPECT_EQ(creation_date("-5"), "2000-01-01T00:00:00Z");
}

} // namespace
} // namespace cvport::pdf
