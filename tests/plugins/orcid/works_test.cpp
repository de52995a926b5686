// Works: contributors, identifiers, dates, bulk files, and each CV section's mapping.
#include <set>

#include "orcid_test_support.hpp"
#include "self_ids.hpp"
#include "works.hpp"

namespace cvport::orcid::testing {
namespace {

// The works of the first bulk file.
std::vector<pugi::xml_node> first_bulk_works(const MemoryHost& host, pugi::xml_document& bulk) {
  bulk = parse_xml(host.outputs.at("works/bulk-001.xml"));
  return works_of(bulk);
}

// ---- contributors ------------------------------------------------------------------------------

TEST(OrcidWorks, ContributorsKeepOrderSequenceAndRole) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  cv.publications[0].authors = {
      {"Richard Roe", false}, {"Jane Q. Doe", true}, {"Ана Петрова", false}};
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  pugi::xml_node work = first_bulk_works(*host, bulk).at(0);
  std::vector<std::string> names, sequences, roles;
  for (pugi::xml_node contributor : work.child("work:contributors").children("work:contributor")) {
    names.push_back(contributor.child("work:credit-name").text().get());
    sequences.push_back(
        child_text(contributor, "work:contributor-attributes/work:contributor-sequence"));
    roles.push_back(child_text(contributor, "work:contributor-attributes/work:contributor-role"));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Richard Roe", "Jane Q. Doe", "Ана Петрова"}));
  EXPECT_EQ(sequences, (std::vector<std::string>{"first", "additional", "additional"}));
  EXPECT_EQ(roles, (std::vector<std::string>{"author", "author", "author"}));
}

TEST(OrcidWorks, OwnerContributorCarriesTheOrcidId) {
  Cv cv = minimal_cv();
  cv.person.orcid = "0000-0002-1825-0097";
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  pugi::xml_node work = first_bulk_works(*host, bulk).at(0);
  pugi::xml_node owner = work.child("work:contributors").child("work:contributor");
  EXPECT_EQ(child_text(owner, "work:credit-name"), "Jane Q. Doe");
  EXPECT_EQ(child_text(owner, "common:contributor-orcid/common:uri"),
            "https://orcid.org/0000-0002-1825-0097");
  EXPECT_EQ(child_text(owner, "common:contributor-orcid/common:path"), "0000-0002-1825-0097");
  EXPECT_EQ(child_text(owner, "common:contributor-orcid/common:host"), "orcid.org");
  pugi::xml_node coauthor = owner.next_sibling("work:contributor");
  EXPECT_EQ(child_text(coauthor, "work:credit-name"), "Richard Roe");
  EXPECT_FALSE(coauthor.child("common:contributor-orcid"));
}

TEST(OrcidWorks, InvalidOrcidIdIsNeverUsed) {
  Cv cv = minimal_cv();
  cv.person.orcid = "0000-0002-1825-0098"; // wrong check digit
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  auto host = export_bundle(cv);
  EXPECT_EQ(host->outputs.at("works/bulk-001.xml").find("contributor-orcid"), std::string::npos);
  EXPECT_TRUE(host->has_diagnostic("orcid.bad-orcid-id"));
  EXPECT_EQ(manifest_of(*host)["bulks"][0]["path"], "/v3.0/{orcid}/works");
}

TEST(OrcidWorks, ContributorRoleCanBeLeftOut) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  auto host = export_bundle(cv, {{"contributor-role", "none"}});
  const std::string& bulk = host->outputs.at("works/bulk-001.xml");
  EXPECT_EQ(bulk.find("contributor-role"), std::string::npos);
  EXPECT_NE(bulk.find("<work:contributor-sequence>first</work:contributor-sequence>"),
            std::string::npos);
}

TEST(OrcidWorks, EtAlIsReportedAndCitedAsOthers) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  cv.publications[0].et_al = true;
  auto host = export_bundle(cv);
  auto truncated = diagnostics_with(*host, "orcid.authors-truncated");
  ASSERT_EQ(truncated.size(), 1u);
  EXPECT_EQ(truncated[0]->path, "publications[0].authors");
  EXPECT_EQ(truncated[0]->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_NE(truncated[0]->message.find("add the remaining authors"), std::string::npos);
  EXPECT_NE(host->outputs.at("works/bulk-001.xml")
                .find("author={Jane Q. Doe and Richard Roe and others}"),
            std::string::npos);
}

// ---- identifiers -------------------------------------------------------------------------------

TEST(OrcidWorks, DoiIsTheFirstSelfIdentifierThenTheKey) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  cv.publications[0].doi = "10.1016/j.jcp.2023.111807";
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  pugi::xml_node work = first_bulk_works(*host, bulk).at(0);
  auto ids = work.select_nodes("common:external-ids/common:external-id");
  ASSERT_EQ(ids.size(), 2u);
  pugi::xml_node id = ids.first().node();
  EXPECT_EQ(child_text(id, "common:external-id-type"), "doi");
  EXPECT_EQ(child_text(id, "common:external-id-value"), "10.1016/j.jcp.2023.111807");
  EXPECT_EQ(child_text(id, "common:external-id-url"), "https://doi.org/10.1016/j.jcp.2023.111807");
  EXPECT_EQ(child_text(id, "common:external-id-relationship"), "self");
  // Without a URL of its own, the work links to its DOI.
  EXPECT_EQ(child_text(work, "common:url"), "https://doi.org/10.1016/j.jcp.2023.111807");
  // The key stays a self identifier beside the DOI, so a DOI added later updates the work.
  pugi::xml_node key = ids[1].node();
  EXPECT_EQ(child_text(key, "common:external-id-type"), "source-work-id");
  EXPECT_EQ(child_text(key, "common:external-id-value"), "publication:p1");
  EXPECT_EQ(child_text(key, "common:external-id-relationship"), "self");
}

TEST(OrcidWorks, DoiUrlPercentEncodesWhatAUrlCannotCarry) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Old paper", 1999)};
  cv.publications[0].doi = "10.1002/(SICI)1097-4571<3::AID>";
  auto host = export_bundle(cv);
  // Lower-cased, as ORCID stores DOIs (identity.hpp).
  EXPECT_NE(host->outputs.at("works/bulk-001.xml")
                .find("<common:external-id-url>https://doi.org/10.1002/"
                      "(sici)1097-4571%3C3::aid%3E</common:external-id-url>"),
            std::string::npos);
}

TEST(OrcidWorks, WithoutDoiTheSelfIdentifiersAreTheKeyAndThePage) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  cv.publications[0].url = "https://example.org/sparse.pdf";
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  pugi::xml_node work = first_bulk_works(*host, bulk).at(0);
  auto ids = work.select_nodes("common:external-ids/common:external-id");
  ASSERT_EQ(ids.size(), 2u);
  pugi::xml_node key = ids[0].node();
  EXPECT_EQ(child_text(key, "common:external-id-type"), "source-work-id");
  EXPECT_EQ(child_text(key, "common:external-id-value"), "publication:p1");
  EXPECT_EQ(child_text(key, "common:external-id-relationship"), "self");
  pugi::xml_node page = ids[1].node();
  EXPECT_EQ(child_text(page, "common:external-id-type"), "uri");
  EXPECT_EQ(child_text(page, "common:external-id-value"), "https://example.org/sparse.pdf");
  EXPECT_EQ(child_text(page, "common:external-id-relationship"), "self");
}

TEST(OrcidWorks, DerivedKeyIsFixedForKindYearAndTitle) {
  std::string key = derive_key("talk", 2023, "Building Cost-Efficient Systems");
  // The exact value: a change of the derivation would duplicate every item on a re-sync.
  EXPECT_EQ(key, "talk:2023-2d6424bcae88");
  EXPECT_EQ(key, derive_key("talk", 2023, "  building   cost-efficient systems "));
  EXPECT_NE(key, derive_key("talk", 2022, "Building Cost-Efficient Systems"));
  EXPECT_NE(key, derive_key("publication", 2023, "Building Cost-Efficient Systems"));
  EXPECT_NE(key, derive_key("talk", 2023, "Building Cost-Efficient System"));
  EXPECT_EQ(derive_key("media", 0, "x").rfind("media:nd-", 0), 0u);
}

TEST(OrcidWorks, KeyDoesNotDependOnListPosition) {
  Cv cv = minimal_cv();
  cv.talks = {Talk{.title = "First talk", .date = {2020}}, Talk{.title = "Second talk", .date = {2021}}};
  Json before = manifest_of(*export_bundle(cv))["items"];
  std::swap(cv.talks[0], cv.talks[1]);
  Json after = manifest_of(*export_bundle(cv))["items"];
  EXPECT_EQ(before[0]["key"], after[1]["key"]);
  EXPECT_EQ(before[1]["key"], after[0]["key"]);
  EXPECT_NE(before[0]["key"], before[1]["key"]);
}

TEST(OrcidWorks, SameTitleAndYearGetDistinctKeysAndAWarning) {
  Cv cv = minimal_cv();
  cv.talks = {Talk{.title = "Same title", .date = {2020}}, Talk{.title = "Same Title", .date = {2020}}};
  auto host = export_bundle(cv);
  Json items = manifest_of(*host)["items"];
  std::string first = items[0]["key"];
  EXPECT_EQ(items[1]["key"], first + "-2");
  auto duplicates = diagnostics_with(*host, "orcid.duplicate-entry");
  ASSERT_EQ(duplicates.size(), 1u);
  EXPECT_EQ(duplicates[0]->path, "talks[1]");
  EXPECT_NE(duplicates[0]->message.find("talks[0]"), std::string::npos);
}

// ---- dates -------------------------------------------------------------------------------------

TEST(OrcidWorks, DatesAreZeroPadded) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  cv.publications[0].date = {2023, 3, 7};
  auto host = export_bundle(cv);
  EXPECT_NE(host->outputs.at("works/bulk-001.xml")
                .find("<common:publication-date>\n"
                      "      <common:year>2023</common:year>\n"
                      "      <common:month>03</common:month>\n"
                      "      <common:day>07</common:day>\n"
                      "    </common:publication-date>"),
            std::string::npos);
}

TEST(OrcidWorks, YearOnlyDateHasNoMonthOrDay) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  pugi::xml_node date = first_bulk_works(*host, bulk).at(0).child("common:publication-date");
  EXPECT_EQ(child_text(date, "common:year"), "2023");
  EXPECT_FALSE(date.child("common:month"));
  EXPECT_FALSE(date.child("common:day"));
}

TEST(OrcidWorks, YearsOrcidCannotHoldAreLeftOutWithAWarning) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Principia", 1687)};
  auto host = export_bundle(cv);
  EXPECT_EQ(host->outputs.at("works/bulk-001.xml").find("publication-date"), std::string::npos);
  auto out_of_range = diagnostics_with(*host, "orcid.date-out-of-range");
  ASSERT_EQ(out_of_range.size(), 1u);
  EXPECT_EQ(out_of_range[0]->path, "publications[0].date");
}

// ---- bulk files --------------------------------------------------------------------------------

TEST(OrcidWorks, BulkFilesHoldAtMostOneHundredWorks) {
  Cv cv = minimal_cv();
  for (int i = 0; i < 205; ++i)
    cv.publications.push_back(
        publication("p" + std::to_string(i), "Paper " + std::to_string(i), 2000 + i % 20));
  auto host = export_bundle(cv);
  std::vector<size_t> counts;
  for (const char* name : {"works/bulk-001.xml", "works/bulk-002.xml", "works/bulk-003.xml"}) {
    pugi::xml_document bulk = parse_xml(host->outputs.at(name));
    counts.push_back(works_of(bulk).size());
  }
  EXPECT_EQ(counts, (std::vector<size_t>{100, 100, 5}));
  EXPECT_FALSE(host->outputs.count("works/bulk-004.xml"));
  // The manifest maps each bulk response back to the items, position by position.
  Json bulks = manifest_of(*host)["bulks"];
  ASSERT_EQ(bulks.size(), 3u);
  EXPECT_EQ(bulks[2]["file"], "works/bulk-003.xml");
  EXPECT_EQ(bulks[2]["keys"], Json::array({"publication:p200", "publication:p201", "publication:p202",
                                           "publication:p203", "publication:p204"}));
}

TEST(OrcidWorks, BulkSizeOption) {
  Cv cv = minimal_cv();
  for (int i = 0; i < 5; ++i)
    cv.publications.push_back(
        publication("p" + std::to_string(i), "Paper " + std::to_string(i), 2020));
  auto host = export_bundle(cv, {{"bulk-size", 2}});
  EXPECT_TRUE(host->outputs.count("works/bulk-003.xml"));
  EXPECT_FALSE(host->outputs.count("works/bulk-004.xml"));
}

// ---- mapping of each section -------------------------------------------------------------------

TEST(OrcidWorks, PublicationTypesMapToOrcidWorkTypes) {
  EXPECT_EQ(work_type_of_publication("journal-article"), "journal-article");
  EXPECT_EQ(work_type_of_publication("conference-paper"), "conference-paper");
  EXPECT_EQ(work_type_of_publication("workshop-paper"), "conference-paper");
  EXPECT_EQ(work_type_of_publication("thesis"), "dissertation-thesis");
  EXPECT_EQ(work_type_of_publication("poster"), "conference-poster");
  EXPECT_EQ(work_type_of_publication("preprint"), "preprint");
  EXPECT_EQ(work_type_of_publication("report"), "report");
  EXPECT_EQ(work_type_of_publication("book-chapter"), "book-chapter");
  EXPECT_EQ(work_type_of_publication("other"), "other");
}

TEST(OrcidWorks, PublicationVenueStatusAwardAndCitation) {
  Cv cv = full_cv();
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  std::vector<pugi::xml_node> works = first_bulk_works(*host, bulk);
  pugi::xml_node article = works.at(0);
  EXPECT_EQ(child_text(article, "work:journal-title"), "Journal of Computational Physics");
  EXPECT_EQ(child_text(article, "work:type"), "journal-article");
  EXPECT_EQ(child_text(article, "work:short-description"), "Award: Editor's choice");
  EXPECT_EQ(child_text(article, "work:citation/work:citation-type"), "bibtex");
  EXPECT_EQ(
      child_text(article, "work:citation/work:citation-value"),
      "@article{doe2023sparse, title={Sparse solvers for coupled <multiphysics> & \"friends\"}, "
      "author={Jane Q. Doe and Richard Roe and Ана Петрова and others}, "
      "journal={Journal of Computational Physics}, series={JCP}, year={2023}, month=mar, "
      "volume={474}, number={2}, pages={111-129}, publisher={Elsevier}, "
      "doi={10.1016/j.jcp.2023.111807}, eprint={2211.01234}, archivePrefix={arXiv}, note={Award: Editor's choice}}");
  pugi::xml_node workshop = works.at(1);
  EXPECT_EQ(child_text(workshop, "work:type"), "conference-paper");
  EXPECT_EQ(child_text(workshop, "work:short-description"), "Status: accepted");
  pugi::xml_node thesis = works.at(2);
  EXPECT_EQ(child_text(thesis, "work:type"), "dissertation-thesis");
  // Balanced braces stay in BibTeX.
  EXPECT_NE(child_text(thesis, "work:citation/work:citation-value")
                .find("title={Adaptive {multigrid} methods}"),
            std::string::npos);
}

TEST(OrcidWorks, UnbalancedBracesLeaveTheCitationButNotTheTitle) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sets {a, b", 2020)};
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  pugi::xml_node work = first_bulk_works(*host, bulk).at(0);
  EXPECT_EQ(child_text(work, "work:title/common:title"), "Sets {a, b");
  EXPECT_NE(child_text(work, "work:citation/work:citation-value").find("title={Sets a, b}"),
            std::string::npos);
}

TEST(OrcidWorks, WithoutCitationVolumeAndPagesAreReportedLeftOut) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  cv.publications[0].volume = "474";
  cv.publications[0].pages = "1-9";
  auto host = export_bundle(cv, {{"citation", "none"}});
  EXPECT_EQ(host->outputs.at("works/bulk-001.xml").find("citation"), std::string::npos);
  Json work = manifest_of(*host)["items"][0];
  EXPECT_EQ(work["left_out"], Json({"publications[0].volume", "publications[0].pages"}));
  auto left_out = diagnostics_with(*host, "orcid.left-out");
  ASSERT_EQ(left_out.size(), 1u);
  EXPECT_EQ(left_out[0]->path, "publications[0]");
  EXPECT_NE(left_out[0]->message.find("no field for `volume`, `pages`"), std::string::npos);
}

TEST(OrcidWorks, SoftwareWithDoiOnly) {
  Cv cv = full_cv();
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  std::vector<pugi::xml_node> works = first_bulk_works(*host, bulk);
  pugi::xml_node software = works.at(4);
  EXPECT_EQ(child_text(software, "work:type"), "software");
  EXPECT_EQ(child_text(software, "work:title/common:title"), "fastgrid");
  EXPECT_EQ(child_text(software, "work:journal-title"), "Zenodo");
  EXPECT_EQ(child_text(software, "work:short-description"), "Adaptive mesh refinement library.");
  EXPECT_EQ(child_text(software, "common:external-ids/common:external-id/common:external-id-value"),
            "10.5281/zenodo.1000002");
  EXPECT_EQ(child_text(software, "common:url"), "https://github.com/example/fastgrid");
  auto skipped = diagnostics_with(*host, "orcid.software-without-doi");
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0]->path, "software[1]");

  auto all = export_bundle(cv, {{"software", "all"}});
  EXPECT_NE(all->outputs.at("works/bulk-001.xml").find("<common:title>scratchpad</common:title>"),
            std::string::npos);
}

TEST(OrcidWorks, TalksAreLectureSpeechesWithTheEventLine) {
  Cv cv = full_cv();
  auto host = export_bundle(cv);
  pugi::xml_document bulk;
  pugi::xml_node talk = first_bulk_works(*host, bulk).at(5);
  EXPECT_EQ(child_text(talk, "work:type"), "lecture-speech");
  EXPECT_EQ(child_text(talk, "work:title/common:title"), "Adaptive meshes at exascale");
  EXPECT_EQ(child_text(talk, "work:journal-title"),
            "ENUMATH 2025, Heidelberg University, Heidelberg");
  EXPECT_EQ(child_text(talk, "work:short-description"), "Keynote.");
  EXPECT_EQ(child_text(talk, "common:country"), "DE");
  EXPECT_EQ(child_text(talk, "common:publication-date/common:day"), "02");

  auto presentations = export_bundle(cv, {{"talks", "conference-presentation"}});
  EXPECT_NE(presentations->outputs.at("works/bulk-001.xml")
                .find("<work:type>conference-presentation</work:type>"),
            std::string::npos);
  auto skipped = export_bundle(cv, {{"talks", "skip"}});
  EXPECT_EQ(skipped->outputs.at("works/bulk-001.xml").find("Adaptive meshes at exascale"),
            std::string::npos);
  Json skipped_manifest = manifest_of(*skipped);
  Json skipped_sources = Json::array();
  for (const Json& entry : skipped_manifest["skipped"]) skipped_sources.push_back(entry["source"]);
  EXPECT_NE(std::find(skipped_sources.begin(), skipped_sources.end(), "talks"),
            skipped_sources.end());
}

TEST(OrcidWorks, MediaAreSkippedUnlessAskedFor) {
  Cv cv = full_cv();
  auto host = export_bundle(cv);
  EXPECT_EQ(host->outputs.at("works/bulk-001.xml").find("Faster solvers, greener computing"),
            std::string::npos);
  auto skipped = diagnostics_with(*host, "orcid.media-skipped");
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0]->path, "media[0]");
  EXPECT_EQ(skipped[0]->severity, CVPORT_SEVERITY_NOTE);
  EXPECT_NE(skipped[0]->message.find("--option include-media=true"), std::string::npos);
  Json manifest = manifest_of(*host);
  bool listed = false;
  for (const Json& entry : manifest["skipped"]) listed = listed || entry["source"] == "media[0]";
  EXPECT_TRUE(listed);

  auto included = export_bundle(cv, {{"include-media", true}, {"media-type", "magazine-article"}});
  pugi::xml_document bulk;
  pugi::xml_node media = first_bulk_works(*included, bulk).at(6);
  EXPECT_EQ(child_text(media, "work:type"), "magazine-article");
  EXPECT_EQ(child_text(media, "work:journal-title"), "Example News");
  EXPECT_FALSE(included->has_diagnostic("orcid.media-skipped"));
}

TEST(OrcidWorks, CustomSectionsBecomeWorksOfTheNamedType) {
  Cv cv = full_cv();
  auto host = export_bundle(cv, {{"custom-sections", {"Patents=patent"}}});
  pugi::xml_document bulk;
  pugi::xml_node patent = first_bulk_works(*host, bulk).back();
  EXPECT_EQ(child_text(patent, "work:type"), "patent");
  EXPECT_EQ(child_text(patent, "work:title/common:title"), "Method for adaptive tiling");
  EXPECT_EQ(child_text(patent, "work:journal-title"), "US 11,000,000 B2");
  EXPECT_EQ(child_text(patent, "common:publication-date/common:month"), "08");
}

} // namespace
} // namespace cvport::orcid::testing
