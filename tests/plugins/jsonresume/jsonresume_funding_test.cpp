// Funding and patents in resume.json: the exact values in "x-cvport", a readable "projects"
// entry for themes, a patent's number in its publication, and the way back.
#include <gtest/gtest.h>

#include "funding_fixtures.hpp"
#include "jsonresume_test_support.hpp"

namespace cvport::testing {
namespace {

Cv with_grant_and_patent() {
  Cv cv;
  cv.person.name = "Jane Doe";
  cv.funding = {sample_grant()};
  cv.publications = {sample_patent()};
  return cv;
}

TEST(JsonResumeFunding, AGrantIsAReadableProjectAndExactInXCvport) {
  ExportResult result = export_resume(with_grant_and_patent());
  ASSERT_EQ(result.json["projects"].size(), 1u);
  EXPECT_EQ(result.json["projects"][0], Json::parse(R"({
      "name": "Scalable solvers",
      "description": "Four years.",
      "highlights": ["Grant number: 200021_184960", "Amount: CHF 450000"],
      "startDate": "2020-04",
      "endDate": "2024-03",
      "url": "https://data.snf.ch/grants/grant/184960",
      "roles": ["PI"],
      "entity": "SNSF",
      "type": "grant",
      "x-cvport": {"derived": "funding[0]"}})"));
  EXPECT_EQ(result.json["x-cvport"]["funding"], Json::parse(R"([{
      "title": "Scalable solvers",
      "funder": {"name": "SNSF", "city": "Bern", "country": "CH", "fundref": "10.13039/501100001711"},
      "number": "200021_184960", "amount": "450000", "currency": "CHF",
      "start": "2020-04", "end": "2024-03", "role": "PI",
      "url": "https://data.snf.ch/grants/grant/184960", "summary": "Four years."}])"));
}

TEST(JsonResumeFunding, APatentIsAPublicationNamedByItsNumber) {
  ExportResult result = export_resume(with_grant_and_patent());
  const Json& patent = result.json["publications"][0];
  EXPECT_EQ(patent["name"], "Method for preconditioning");
  EXPECT_EQ(patent["summary"], "Inventors: Jane Doe, Richard Roe. Patent US 10,234,567 B2.");
  EXPECT_EQ(patent["x-cvport"]["type"], "patent");
  EXPECT_EQ(patent["x-cvport"]["number"], "US 10,234,567 B2");
}

TEST(JsonResumeFunding, TheRoundTripGivesFundingAndPatentBackExactly) {
  Cv cv = with_grant_and_patent();
  ImportResult imported = import_resume(export_resume(cv).text);
  EXPECT_EQ(imported.errors(), 0u);
  EXPECT_EQ(imported.cv.funding, cv.funding);
  ASSERT_EQ(imported.cv.publications.size(), 1u);
  EXPECT_EQ(imported.cv.publications[0].number, "US 10,234,567 B2");
  EXPECT_EQ(imported.cv.publications[0].type, "patent");
  EXPECT_TRUE(imported.cv.projects.empty()); // the derived project is not read as one
}

} // namespace
} // namespace cvport::testing
