// Funding items, patents as works with a pat id, and organisations identified by RINGGOLD, GRID,
// FUNDREF or LEI: what the bundle holds and ORCID's rules for them, with the diagnostics.
#include "funding.hpp"
#include "funding_fixtures.hpp"
#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

Funding snsf_grant() {
  Funding grant = cvport::testing::sample_grant();
  grant.id = "snsf-solvers";
  grant.funder.name = "Swiss National Science Foundation";
  return grant;
}

TEST(OrcidFunding, FundingItemHasEveryFactInTheSchemasOrder) {
  Cv cv = minimal_cv();
  cv.person.orcid = "0000-0002-1825-0097";
  cv.funding = {snsf_grant()};
  auto host = export_bundle(cv);
  EXPECT_EQ(host->outputs.at("funding/funding-001.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<funding:funding xmlns:funding=\"http://www.orcid.org/ns/funding\" "
            "xmlns:common=\"http://www.orcid.org/ns/common\">\n"
            "  <funding:type>grant</funding:type>\n"
            "  <funding:title>\n"
            "    <common:title>Scalable solvers</common:title>\n"
            "  </funding:title>\n"
            "  <funding:short-description>Four years.</funding:short-description>\n"
            "  <funding:amount currency-code=\"CHF\">450000</funding:amount>\n"
            "  <common:url>https://data.snf.ch/grants/grant/184960</common:url>\n"
            "  <common:start-date>\n    <common:year>2020</common:year>\n"
            "    <common:month>04</common:month>\n  </common:start-date>\n"
            "  <common:end-date>\n    <common:year>2024</common:year>\n"
            "    <common:month>03</common:month>\n  </common:end-date>\n"
            "  <common:external-ids>\n"
            "    <common:external-id>\n"
            "      <common:external-id-type>grant_number</common:external-id-type>\n"
            "      <common:external-id-value>200021_184960</common:external-id-value>\n"
            "      <common:external-id-relationship>self</common:external-id-relationship>\n"
            "    </common:external-id>\n"
            "    <common:external-id>\n"
            "      <common:external-id-type>source-work-id</common:external-id-type>\n"
            "      <common:external-id-value>funding:snsf-solvers</common:external-id-value>\n"
            "      <common:external-id-relationship>self</common:external-id-relationship>\n"
            "    </common:external-id>\n"
            "  </common:external-ids>\n"
            "  <funding:contributors>\n"
            "    <funding:contributor>\n"
            "      <common:contributor-orcid>\n"
            "        <common:uri>https://orcid.org/0000-0002-1825-0097</common:uri>\n"
            "        <common:path>0000-0002-1825-0097</common:path>\n"
            "        <common:host>orcid.org</common:host>\n"
            "      </common:contributor-orcid>\n"
            "      <funding:credit-name>Jane Q. Doe</funding:credit-name>\n"
            "      <funding:contributor-attributes>\n"
            "        <funding:contributor-role>lead</funding:contributor-role>\n"
            "      </funding:contributor-attributes>\n"
            "    </funding:contributor>\n"
            "  </funding:contributors>\n"
            "  <common:organization>\n"
            "    <common:name>Swiss National Science Foundation</common:name>\n"
            "    <common:address>\n"
            "      <common:city>Bern</common:city>\n"
            "      <common:country>CH</common:country>\n"
            "    </common:address>\n"
            "    <common:disambiguated-organization>\n"
            "      <common:disambiguated-organization-identifier>"
            "http://dx.doi.org/10.13039/501100001711"
            "</common:disambiguated-organization-identifier>\n"
            "      <common:disambiguation-source>FUNDREF</common:disambiguation-source>\n"
            "    </common:disambiguated-organization>\n"
            "  </common:organization>\n"
            "</funding:funding>\n");
  Json item = manifest_of(*host)["items"][0];
  EXPECT_EQ(item["type"], "funding");
  EXPECT_EQ(item["key"], "funding:snsf-solvers");
  EXPECT_EQ(item["ready"], true);
  EXPECT_EQ(item["create"]["path"], "/v3.0/0000-0002-1825-0097/funding");
  EXPECT_EQ(item["update"]["path"], "/v3.0/0000-0002-1825-0097/funding/{put-code}");
  EXPECT_EQ(item["organization"], "Swiss National Science Foundation");
  EXPECT_EQ(item["self_ids"][0],
            Json({{"type", "grant_number"}, {"value", "200021_184960"}, {"normalized", "200021_184960"}}));
  EXPECT_EQ(item["left_out"], Json({"funding[0].role"})); // "PI": ORCID keeps only "lead"
  EXPECT_EQ(manifest_of(*host)["authoritative"]["funding"], Json({"funding"}));
}

TEST(OrcidFunding, AFunderWithoutAnIdIsNotReady) {
  Cv cv = minimal_cv();
  cv.funding = {snsf_grant()};
  cv.funding[0].funder.fundref.clear();
  auto host = export_bundle(cv);
  ASSERT_TRUE(host->outputs.count("incomplete/funding/funding-001.xml"));
  auto no_id = diagnostics_with(*host, "orcid.no-org-id");
  ASSERT_EQ(no_id.size(), 1u);
  EXPECT_EQ(no_id[0]->path, "funding[0].funder");
  EXPECT_EQ(no_id[0]->message,
            "ORCID accepts funding items only with a disambiguated funder: add `fundref: "
            "10.13039/...` (find \"Swiss National Science Foundation\" on "
            "https://search.crossref.org/funding) or its ror, ringgold, grid or lei id to "
            "funding[0].funder");
  Json reasons = manifest_of(*host)["items"][0]["reasons"];
  ASSERT_EQ(reasons.size(), 1u);
  EXPECT_EQ(reasons[0]["rule"], "disambiguated-org");
  EXPECT_EQ(reasons[0]["path"], "funding[0].funder.fundref");
}

TEST(OrcidFunding, AnEndWithoutAStartIsNotReady) {
  Cv cv = minimal_cv();
  cv.funding = {snsf_grant()};
  cv.funding[0].start = {};
  auto host = export_bundle(cv);
  auto missing = diagnostics_with(*host, "orcid.end-without-start");
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0]->path, "funding[0].end");
  EXPECT_EQ(manifest_of(*host)["items"][0]["reasons"][0]["path"], "funding[0].start");
}

// ORCID shows a funding's start without an end as "<start> to present"
// (orcid-angular's funding.component.html); `end: present` says ongoing, a start alone one date.
TEST(OrcidFunding, AStartAloneIsOneDateAndPresentIsNoEnd) {
  Cv cv = minimal_cv();
  cv.funding = {snsf_grant(), snsf_grant()};
  cv.funding[0].start = {2021, 4};
  cv.funding[0].end = {};
  cv.funding[1].id = "snsf-ongoing";
  cv.funding[1].number = "200021_999999";
  cv.funding[1].start = {2022};
  cv.funding[1].end = {.present = true};
  auto host = export_bundle(cv);
  pugi::xml_document one_date = parse_xml(host->outputs.at("funding/funding-001.xml"));
  EXPECT_EQ(child_text(one_date.document_element(), "common:end-date/common:year"), "2021");
  EXPECT_EQ(child_text(one_date.document_element(), "common:end-date/common:month"), "04");
  pugi::xml_document ongoing = parse_xml(host->outputs.at("funding/funding-002.xml"));
  EXPECT_EQ(child_text(ongoing.document_element(), "common:start-date/common:year"), "2022");
  EXPECT_FALSE(ongoing.document_element().child("common:end-date"));
}

// ORCID refuses a second funding of one client with the same self grant number (9021), so the
// bundle sends the first and holds the second back, naming both places.
TEST(OrcidFunding, TwoGrantsWithOneNumberGiveOneReadyItemAndOneThatWaits) {
  Cv cv = minimal_cv();
  cv.funding = {snsf_grant(), snsf_grant()};
  cv.funding[1].id = "snsf-solvers-renewal";
  cv.funding[1].title = "Sparse solvers, renewal";
  auto host = export_bundle(cv);
  Json items = manifest_of(*host)["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["ready"], true);
  EXPECT_EQ(items[1]["ready"], false);
  auto warnings = diagnostics_with(*host, "orcid.duplicate-identifier");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0]->path, "funding[1].number");
  EXPECT_NE(warnings[0]->message.find("as funding[0]"), std::string::npos) << warnings[0]->message;
  EXPECT_EQ(items[1]["reasons"][0]["rule"], "duplicate-self-id");
}

TEST(OrcidFunding, WithoutNumberOrRoleTheItemStillHasItsSelfId) {
  Cv cv = minimal_cv();
  Funding grant = snsf_grant();
  grant.number.clear();
  grant.role.clear();
  grant.amount.clear();
  grant.currency.clear();
  cv.funding = {grant};
  auto host = export_bundle(cv);
  pugi::xml_document document = parse_xml(host->outputs.at("funding/funding-001.xml"));
  pugi::xml_node root = document.document_element();
  EXPECT_FALSE(root.child("funding:amount"));
  EXPECT_FALSE(root.child("funding:contributors"));
  EXPECT_EQ(child_text(root, "common:external-ids/common:external-id/common:external-id-type"),
            "source-work-id");
}

TEST(OrcidFunding, RolesMapToOrcidsContributorRoles) {
  EXPECT_EQ(funding_contributor_role("PI"), "lead");
  EXPECT_EQ(funding_contributor_role(" Principal Investigator "), "lead");
  EXPECT_EQ(funding_contributor_role("Co-PI"), "co-lead");
  EXPECT_EQ(funding_contributor_role("co-investigator"), "co-lead");
  EXPECT_EQ(funding_contributor_role("Senior personnel"), "other-contribution");
  EXPECT_EQ(funding_contributor_role(""), "");
}

// ---- organisation identifiers ----------------------------------------------------------------

Work job_at(Organization organization) {
  Work job;
  job.organization = std::move(organization);
  job.organization.city = "Cupertino";
  job.organization.country = "US";
  job.position = "Engineer";
  job.start = {2015};
  return job;
}

std::pair<std::string, std::string> disambiguation_of(const MemoryHost& host) {
  pugi::xml_document document = parse_xml(host.outputs.at("employment/employment-001.xml"));
  pugi::xml_node disambiguated =
      document.select_node("//common:disambiguated-organization").node();
  return {child_text(disambiguated, "common:disambiguated-organization-identifier"),
          child_text(disambiguated, "common:disambiguation-source")};
}

TEST(OrcidOrganizationIds, EachRegistryInTheFormOrcidLooksItUp) {
  const std::pair<Organization, std::pair<std::string, std::string>> cases[] = {
      {{.name = "Apple", .lei = "HWUPKR0MPOU8FGXBT394"}, {"HWUPKR0MPOU8FGXBT394", "LEI"}},
      {{.name = "Apple", .ringgold = "7181"}, {"7181", "RINGGOLD"}},
      {{.name = "Apple", .grid = "grid.419971.3"}, {"grid.419971.3", "GRID"}},
      {{.name = "Apple", .fundref = "10.13039/100006522"},
       {"http://dx.doi.org/10.13039/100006522", "FUNDREF"}},
  };
  for (const auto& [organization, expected] : cases) {
    Cv cv = minimal_cv();
    cv.work = {job_at(organization)};
    auto host = export_bundle(cv);
    ASSERT_TRUE(host->outputs.count("employment/employment-001.xml")) << expected.second;
    EXPECT_EQ(disambiguation_of(*host), expected);
    EXPECT_TRUE(diagnostics_with(*host, "orcid.no-org-id").empty()) << expected.second;
    EXPECT_EQ(manifest_of(*host)["items"][0]["ready"], true) << expected.second;
  }
}

TEST(OrcidOrganizationIds, RorIsPreferredWhenSeveralAreGiven) {
  Cv cv = minimal_cv();
  cv.work = {job_at({.name = "Apple", .ror = "0123abc45", .ringgold = "7181",
                     .lei = "HWUPKR0MPOU8FGXBT394"})};
  auto host = export_bundle(cv);
  EXPECT_EQ(disambiguation_of(*host),
            (std::pair<std::string, std::string>{"https://ror.org/0123abc45", "ROR"}));
}

TEST(OrcidOrganizationIds, AnInvalidIdIsLeftOutAndTheNextOneUsed) {
  // The host refuses a bad Ringgold id; a model built by hand may still hold one.
  Cv cv = minimal_cv();
  cv.work = {job_at({.name = "Apple", .ringgold = "0718", .lei = "HWUPKR0MPOU8FGXBT394"})};
  auto host = export_bundle(cv);
  EXPECT_EQ(disambiguation_of(*host),
            (std::pair<std::string, std::string>{"HWUPKR0MPOU8FGXBT394", "LEI"}));
  auto bad = diagnostics_with(*host, "orcid.bad-ringgold");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0]->path, "work[0].organization.ringgold");
}

// ---- patents -----------------------------------------------------------------------------------

TEST(OrcidPatents, APatentIsAPatentWorkWithItsPatNumber) {
  Cv cv = minimal_cv();
  cv.person.orcid = "0000-0002-1825-0097";
  Publication patent = publication("doe2019preconditioning", "Method for preconditioning", 2019);
  patent.type = "patent";
  patent.number = "US 10,234,567 B2";
  cv.publications = {patent};
  auto host = export_bundle(cv);
  pugi::xml_document document = parse_xml(host->outputs.at("works/work-001.xml"));
  pugi::xml_node work = document.document_element();
  EXPECT_EQ(child_text(work, "work:type"), "patent");
  pugi::xml_node first_id = work.select_node("common:external-ids/common:external-id").node();
  EXPECT_EQ(child_text(first_id, "common:external-id-type"), "pat");
  EXPECT_EQ(child_text(first_id, "common:external-id-value"), "US 10,234,567 B2");
  EXPECT_EQ(child_text(first_id, "common:external-id-relationship"), "self");
  EXPECT_EQ(child_text(work, "work:contributors/work:contributor/work:contributor-attributes/"
                             "work:contributor-role"),
            "co-inventor");
  EXPECT_EQ(child_text(work, "work:citation/work:citation-value"),
            "@patent{doe2019preconditioning, title={Method for preconditioning}, author={Jane Q. "
            "Doe and Richard Roe}, year={2019}, number={US 10,234,567 B2}}");
  // ORCID lower-cases pat values before comparing them.
  Json self_id = manifest_of(*host)["items"][0]["self_ids"][0];
  EXPECT_EQ(self_id, Json({{"type", "pat"}, {"value", "US 10,234,567 B2"},
                           {"normalized", "us 10,234,567 b2"}}));
}

TEST(OrcidPatents, ThePatentsCustomSectionStillMapsToPatentWorks) {
  Cv cv = minimal_cv();
  cv.sections = {{.title = "Patents", .entries = {{.title = "Widget", .date = {2020}}}}};
  auto host = export_bundle(cv, {{"custom-sections", Json::array({"Patents=patent"})}});
  pugi::xml_document document = parse_xml(host->outputs.at("works/work-001.xml"));
  EXPECT_EQ(child_text(document.document_element(), "work:type"), "patent");
}

} // namespace
} // namespace cvport::orcid::testing
