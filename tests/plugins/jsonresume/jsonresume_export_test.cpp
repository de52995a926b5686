// The exporter: where each model value lands in resume.json, the readable approximations for
// themes, "x-cvport", the "extensions" option and the diagnostics.
#include <gtest/gtest.h>

#include "golden.hpp"
#include "jsonresume_test_support.hpp"

namespace cvport::testing {
namespace {

const std::filesystem::path kGoldenDir = kJsonResumeTestDir / "golden";

TEST(JsonResumeExport, MinimalCvIsBasicsWithLocationAndProfiles) {
  ExportResult result = export_resume(load_test_cv("minimal"));
  EXPECT_EQ(result.text, R"({
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {
    "name": "Ada Lovelace",
    "location": {},
    "profiles": []
  },
  "x-cvport": {
    "model_version": "1.1"
  }
}
)");
  EXPECT_TRUE(result.diagnostics.empty());
}

TEST(JsonResumeExport, PersonGoesToBasics) {
  const Json basics = export_resume(load_test_cv("full")).json["basics"];
  EXPECT_EQ(basics["name"], "Zoë Ångström-Okafor");
  EXPECT_EQ(basics["label"], "Assistant Professor of Computer Science");
  EXPECT_EQ(basics["email"], "zoe.okafor@example.edu");
  EXPECT_EQ(basics["phone"], "+1 617 555 0100");
  EXPECT_EQ(basics["image"], "https://example.edu/photos/zoe.jpg");
  EXPECT_EQ(basics["summary"], "I build energy-aware systems for machine learning & scientific computing.");
  EXPECT_EQ(basics["location"], Json::parse(R"({"address": "360 Huntington Ave", "postalCode": "02115",
      "city": "Boston", "countryCode": "US", "region": "MA"})"));
  // The "uri" format takes no "ë": percent-encoded, and exact in "x-cvport".
  EXPECT_EQ(basics["url"], "https://example.edu/~zo%C3%AB");
  EXPECT_EQ(basics["x-cvport"]["url"], "https://example.edu/~zoë");
  EXPECT_EQ(basics["x-cvport"]["orcid"], "0000-0002-1825-0097");
  EXPECT_EQ(basics["x-cvport"]["name_variants"],
            Json::parse(R"(["Z. Ångström-Okafor", "Zoe Angstrom-Okafor"])"));

  const Json& profiles = basics["profiles"];
  ASSERT_EQ(profiles.size(), 3u);
  EXPECT_EQ(
      profiles[0],
      Json::parse(R"({"network": "GitHub", "username": "zokafor", "url": "https://github.com/zokafor"})"));
  EXPECT_EQ(profiles[1]["url"], "https://scholar.google.com/citations?user=abc%7Cdef");
  EXPECT_EQ(profiles[1]["x-cvport"]["url"], "https://scholar.google.com/citations?user=abc|def");
  EXPECT_EQ(profiles[2], Json::parse(R"({"network": "ORCID", "username": "0000-0002-1825-0097",
      "url": "https://orcid.org/0000-0002-1825-0097", "x-cvport": {"derived": "person.orcid"}})"));
}

TEST(JsonResumeExport, NoSecondOrcidProfileWhenTheCvListsOne) {
  Cv cv = load_test_cv("minimal");
  cv.person.orcid = "0000-0002-1825-0097";
  cv.person.profiles.push_back(
      {.network = "ORCID", .username = "", .url = "https://orcid.org/0000-0002-1825-0097"});
  const Json profiles = export_resume(cv).json["basics"]["profiles"];
  ASSERT_EQ(profiles.size(), 1u);
  EXPECT_FALSE(profiles[0].contains("x-cvport"));
}

TEST(JsonResumeExport, OngoingEntryHasNoEndDate) {
  const Json work = export_resume(load_test_cv("full")).json["work"][0];
  EXPECT_EQ(work["startDate"], "2024-06");
  EXPECT_FALSE(work.contains("endDate"));
  EXPECT_EQ(work["x-cvport"]["end"], "present");
}

TEST(JsonResumeExport, EntryWithOneDateShowsItAsBothDates) {
  // Themes print "2021 - Present" for a start without an end; the model means just "2021".
  const Json json = export_resume(load_test_cv("full")).json;
  const Json& project = json["projects"][0];
  EXPECT_EQ(project["startDate"], "2021");
  EXPECT_EQ(project["endDate"], "2021");
  EXPECT_TRUE(project["x-cvport"].contains("end") && project["x-cvport"]["end"].is_null());
  const Json& graduation = json["education"][1];
  EXPECT_EQ(graduation["startDate"], "2015");
  EXPECT_EQ(graduation["endDate"], "2015");
  EXPECT_TRUE(graduation["x-cvport"].contains("start") && graduation["x-cvport"]["start"].is_null());
}

TEST(JsonResumeExport, DatesKeepTheirPrecision) {
  const Json json = export_resume(load_test_cv("full")).json;
  EXPECT_EQ(json["work"][1]["startDate"], "2023-06-01");
  EXPECT_EQ(json["work"][1]["endDate"], "2023-08-31");
  EXPECT_EQ(json["work"][1]["x-cvport"]["date_label"], "Summer 2023");
  EXPECT_EQ(json["publications"][1]["releaseDate"], "2024");
}

TEST(JsonResumeExport, DepartmentIsTheDescriptionWhenTheEntryHasNone) {
  Cv cv = load_test_cv("full");
  cv.work[0].description.clear();
  const Json work = export_resume(cv).json["work"][0];
  EXPECT_EQ(work["description"], "Lincoln Laboratory Supercomputing Center");
  EXPECT_TRUE(work["x-cvport"]["description"].is_null()); // an approximation: not the model's description
  EXPECT_TRUE(work["x-cvport"].contains("description"));
}

TEST(JsonResumeExport, MembersAnImportKeptGoBackIntoTheirEntry) {
  const Json json = export_resume(load_test_cv("full")).json;
  EXPECT_EQ(json["basics"]["pronouns"], "she/her");
  EXPECT_EQ(json["publications"][0]["keywords"], Json::array({"energy", "inference"}));
  EXPECT_FALSE(json["publications"][0]["x-cvport"].contains("extra")); // not twice
  EXPECT_EQ(json["basics"]["x-cvport"]["extra"]["i18n"]["headline"]["de"], "Juniorprofessorin für Informatik");
}

TEST(JsonResumeExport, EmployerPlaceDepartmentAndSiteAreReadable) {
  const Json work = export_resume(load_test_cv("full")).json["work"][0];
  EXPECT_EQ(work["name"], "Massachusetts Institute of Technology");
  EXPECT_EQ(work["position"], "Research Scientist");
  EXPECT_EQ(work["location"], "Lexington, MA, US");
  EXPECT_EQ(work["description"], "Federally funded research and development center");
  // The entry has no link of its own: the employer's site links it, and "x-cvport" says so.
  EXPECT_EQ(work["url"], "https://www.ll.mit.edu");
  EXPECT_TRUE(work["x-cvport"]["url"].is_null());
  EXPECT_EQ(work["x-cvport"]["organization"],
            Json::parse(R"({"department": "Lincoln Laboratory Supercomputing Center",
      "city": "Lexington", "region": "MA", "country": "US", "ror": "https://ror.org/042nb2s44",
      "ringgold": "5488", "grid": "grid.261112.7", "fundref": "10.13039/100006522",
      "lei": "HWUPKR0MPOU8FGXBT394", "url": "https://www.ll.mit.edu"})"));
}

TEST(JsonResumeExport, EducationMapsToStandardMembers) {
  const Json education = export_resume(load_test_cv("full")).json["education"][0];
  EXPECT_EQ(education["institution"], "Northeastern University");
  EXPECT_EQ(education["url"], "https://www.northeastern.edu/graduate");
  EXPECT_EQ(education["area"], "Computer Engineering");
  EXPECT_EQ(education["studyType"], "Ph.D.");
  EXPECT_EQ(education["score"], "GPA 4.0/4.0");
  EXPECT_EQ(education["courses"], Json::parse(R"(["Computer Architecture", "GPU Programming"])"));
  const Json& extension = education["x-cvport"];
  EXPECT_EQ(extension["advisor"], "Prof. Devesh Tiwari");
  EXPECT_EQ(extension["focus"], Json::parse(R"(["Carbon-Aware ML Systems"])"));
  EXPECT_EQ(extension["honors"], Json::parse(R"(["Dean's Fellowship"])"));
  EXPECT_EQ(extension["teaching"][0]["date_label"], "Spring 2020");
}

TEST(JsonResumeExport, PublicationCitationIsTheSummary) {
  const Json publications = export_resume(load_test_cv("full")).json["publications"];
  const Json& paper = publications[0];
  EXPECT_EQ(paper["name"], "KAIROS: Building Cost-Efficient Machine Learning Inference Systems");
  EXPECT_EQ(paper["publisher"], "ACM");
  EXPECT_EQ(paper["releaseDate"], "2023-06-16");
  EXPECT_EQ(paper["url"], "https://dl.acm.org/doi/10.1145/3588195.3592997");
  EXPECT_EQ(
      paper["summary"],
      "Zoë Ångström-Okafor, Siddharth Samsi et al. HPDC 2023, Proceedings of the 32nd ACM International "
      "Symposium on High-Performance Parallel and Distributed Computing, vol. 32, no. 1, pp. 1-14. "
      "DOI: 10.1145/3588195.3592997. PMID: 37182345. ISBN: 979-8-4007-0155-9. Best Paper Award Winner. "
      "Artifact available.");
  EXPECT_EQ(paper["x-cvport"]["authors"], Json::parse(R"([{"name": "Zoë Ångström-Okafor", "self": true},
      {"name": "Siddharth Samsi"}])"));
  EXPECT_EQ(paper["x-cvport"]["note"], "Artifact available.");

  const Json& preprint = publications[1];
  EXPECT_EQ(preprint["summary"], "Z. Ångström-Okafor. In press. DOI: 10.48550/arXiv.2401.00001. arXiv: 2401.00001v2.");
  EXPECT_EQ(preprint["url"], "https://doi.org/10.48550/arXiv.2401.00001");
  EXPECT_TRUE(preprint["x-cvport"]["url"].is_null());
  EXPECT_TRUE(preprint["x-cvport"]["note"].is_null());
}

TEST(JsonResumeExport, AwardSummaryNamesVenueAndPaper) {
  const Json award = export_resume(load_test_cv("full")).json["awards"][0];
  EXPECT_EQ(award["title"], "Best Paper Award");
  EXPECT_EQ(award["awarder"], "ACM");
  EXPECT_EQ(award["date"], "2023-06");
  EXPECT_EQ(award["summary"],
            "ACM HPDC 2023. For \"KAIROS: Building Cost-Efficient Machine Learning Inference Systems\". "
            "One of two best papers.");
  EXPECT_EQ(award["x-cvport"]["summary"], "One of two best papers.");
  EXPECT_EQ(award["x-cvport"]["for"], "okafor2023kairos");
}

TEST(JsonResumeExport, SectionsJsonResumeLacksAreShownThroughOthers) {
  const Cv cv = load_test_cv("full");
  const Json json = export_resume(cv).json;
  const Json& projects = json["projects"];
  ASSERT_EQ(projects.size(), 7u);
  EXPECT_EQ(projects[2],
            Json::parse(R"({"name": "Carbon-Aware Inference", "description": "Slides and recording online.",
      "startDate": "2023-10-12", "endDate": "2023-10-12", "url": "https://example.edu/talks/carbon.pdf",
      "entity": "Systems Seminar, University of North Carolina Charlotte, Charlotte, NC, US", "type": "talk",
      "x-cvport": {"derived": "talks[0]"}})"));
  EXPECT_EQ(
      projects[3],
      Json::parse(R"({"name": "MISO", "description": "improving efficiency of multi-tenant GPU clusters",
      "highlights": ["DOI: 10.5281/zenodo.7853719"], "startDate": "2023-04-24", "endDate": "2023-04-24",
      "url": "https://github.com/example/miso", "type": "software", "x-cvport": {"derived": "software[0]"}})"));
  EXPECT_EQ(projects[4]["type"], "media feature");
  EXPECT_EQ(projects[4]["entity"], "MIT News");
  EXPECT_EQ(projects[5]["type"], "Patents");
  EXPECT_EQ(projects[5]["description"], "US Patent Application 17/000,001\n\nWith Bosch Research.");
  EXPECT_EQ(projects[5]["x-cvport"]["derived"], "sections[0].entries[0]");
  EXPECT_EQ(projects[6]["type"], "grant");
  EXPECT_EQ(projects[6]["entity"], "National Science Foundation");
  EXPECT_EQ(projects[6]["highlights"], Json::parse(R"(["Grant number: CCF-2340001", "Amount: USD 599999.50"])"));
  EXPECT_EQ(projects[6]["x-cvport"]["derived"], "funding[0]");
  EXPECT_EQ(json["volunteer"][1],
            Json::parse(R"({"organization": "SC 2024", "position": "Program committee member",
      "url": "https://sc24.supercomputing.org", "startDate": "2024-01", "summary": "ACM",
      "x-cvport": {"derived": "service[0]"}})"));
  EXPECT_EQ(json["work"][2]["position"], "Graduate Teaching Assistant");
  EXPECT_EQ(json["work"][2]["summary"], "Introduction to Automatic Control");
  EXPECT_EQ(json["work"][2]["x-cvport"]["derived"], "education[0].teaching[0]");

  // The exact values: the canonical JSON of each section.
  const Json& extension = json["x-cvport"];
  EXPECT_EQ(extension["model_version"], "1.1");
  EXPECT_EQ(extension["intros"], to_json(cv.intros));
  EXPECT_EQ(extension["talks"], to_json(cv.talks));
  EXPECT_EQ(extension["software"], to_json(cv.software));
  EXPECT_EQ(extension["media"], to_json(cv.media));
  EXPECT_EQ(extension["service"], to_json(cv.service));
  EXPECT_EQ(extension["sections"], to_json(cv.sections));
}

TEST(JsonResumeExport, VolunteerAlwaysHasAPosition) {
  // jsonresume-theme-elegant prints `position + ", "`, which shows "undefined" without one.
  Cv cv = load_test_cv("minimal");
  cv.volunteer.push_back({.organization = {.name = "CoderDojo"}});
  EXPECT_EQ(export_resume(cv).json["volunteer"][0]["position"], "");
}

TEST(JsonResumeExport, EveryApproximationIsReported) {
  ExportResult result = export_resume(load_test_cv("full"));
  for (const auto& [code, path] :
       std::vector<std::pair<std::string, std::string>>{{"jsonresume.uri-encoded", "person.url"},
                                                        {"jsonresume.uri-encoded", "person.profiles[1].url"},
                                                        {"jsonresume.readable", "person"},
                                                        {"jsonresume.extension", "person"},
                                                        {"jsonresume.readable", "publications"},
                                                        {"jsonresume.extension", "publications"},
                                                        {"jsonresume.readable", "awards"},
                                                        {"jsonresume.extension", "education"},
                                                        {"jsonresume.derived", "talks"},
                                                        {"jsonresume.derived", "software"},
                                                        {"jsonresume.derived", "media"},
                                                        {"jsonresume.derived", "funding"},
                                                        {"jsonresume.derived", "service"},
                                                        {"jsonresume.derived", "sections"},
                                                        {"jsonresume.extension", "intros"}})
    EXPECT_TRUE(result.has(code, path)) << code << " at " << path;
  for (const auto& d : result.diagnostics)
    EXPECT_EQ(d.severity, CVPORT_SEVERITY_NOTE) << d.code << " " << d.path << ": " << d.message;
  const ExportResult::Diagnostic* hidden = result.find("jsonresume.extension", "publications");
  ASSERT_TRUE(hidden);
  EXPECT_EQ(hidden->message,
            "\"id\", \"type\", \"selected\", \"tags\", \"number\" have no JSON Resume member: kept in \"x-cvport\", "
            "which themes do not show");
}

TEST(JsonResumeExport, WithoutExtensionsTheFileIsPlainAndTheLossesAreWarnings) {
  ExportResult result = export_resume(load_test_cv("full"), Json{{"extensions", false}});
  EXPECT_EQ(result.text.find("x-cvport"), std::string::npos);
  // The readable approximations stay.
  EXPECT_EQ(result.json["projects"][2]["type"], "talk");
  EXPECT_EQ(result.json["work"][0]["location"], "Lexington, MA, US");
  EXPECT_TRUE(result.has("jsonresume.approximated", "publications"));
  EXPECT_TRUE(result.has("jsonresume.approximated", "talks"));
  EXPECT_TRUE(result.has("jsonresume.dropped", "intros"));
  for (const auto& d : result.diagnostics) {
    EXPECT_NE(d.code, "jsonresume.extension");
    EXPECT_NE(d.code, "jsonresume.readable");
  }
  const ExportResult::Diagnostic* dropped = result.find("jsonresume.dropped", "publications");
  ASSERT_TRUE(dropped);
  EXPECT_EQ(dropped->message,
            "\"id\", \"type\", \"selected\", \"tags\", \"number\" have no JSON Resume member and are left out (the "
            "\"extensions\" option is off); add what matters to a summary or highlight to keep it");
}

TEST(JsonResumeExport, AddressTheEmailFormatRejectsStaysInTheExtension) {
  Cv cv = load_test_cv("minimal");
  cv.person.email = "zoë@example.org";
  ExportResult result = export_resume(cv);
  EXPECT_FALSE(result.json["basics"].contains("email"));
  EXPECT_EQ(result.json["basics"]["x-cvport"]["email"], "zoë@example.org");
  EXPECT_TRUE(result.has("jsonresume.email-format", "person.email"));
}

TEST(JsonResumeExport, YearOutsideTheSchemaRangeStaysInTheExtension) {
  Cv cv = load_test_cv("minimal");
  cv.work.push_back(
      {.organization = {.name = "Royal Society"}, .position = "Fellow", .start = {.year = 999}});
  ExportResult result = export_resume(cv);
  const Json& work = result.json["work"][0];
  EXPECT_FALSE(work.contains("startDate"));
  EXPECT_FALSE(work.contains("endDate"));
  EXPECT_EQ(work["x-cvport"]["start"], "0999");
  EXPECT_TRUE(result.has("jsonresume.date-range", "work[0].start"));
}

TEST(JsonResumeExport, UndatedPublicationIsAWarning) {
  Cv cv = load_test_cv("minimal");
  cv.publications.push_back(
      {.id = "x", .type = "other", .title = "Untitled draft", .authors = {{"Ada Lovelace", true}}});
  ExportResult result = export_resume(cv);
  EXPECT_FALSE(result.json["publications"][0].contains("releaseDate"));
  EXPECT_TRUE(result.has("jsonresume.undated-publication", "publications[0].date"));
}

TEST(JsonResumeExport, SameModelSameBytes) {
  const Cv cv = load_test_cv("full");
  EXPECT_EQ(export_resume(cv).text, export_resume(cv).text);
}

TEST(JsonResumeExport, GoldenFullCv) {
  expect_golden(kGoldenDir / "full.resume.json", export_resume(load_test_cv("full")).text);
}

TEST(JsonResumeExport, GoldenExample) {
  auto cv = load_example_cv();
  ASSERT_TRUE(cv);
  expect_golden(kGoldenDir / "baolin-li.resume.json", export_resume(*cv).text);
}

TEST(JsonResumeExport, GoldenExampleWithoutExtensions) {
  auto cv = load_example_cv();
  ASSERT_TRUE(cv);
  expect_golden(kGoldenDir / "baolin-li.plain.resume.json",
                export_resume(*cv, Json{{"extensions", false}}).text);
}

} // namespace
} // namespace cvport::testing
