// Affiliations: what goes where, and ORCID's organisation and date rules with the diagnostics
// that say what to add to the CV.
#include "orcid_test_support.hpp"
#include "self_ids.hpp"

namespace cvport::orcid::testing {
namespace {

Education northeastern() {
  Education education;
  education.institution = {
      .name = "Northeastern University", .city = "Boston", .region = "MA", .country = "US"};
  education.degree = "Ph.D.";
  education.field = "Computer Engineering";
  education.end = {2024};
  education.advisor = "Prof. Devesh Tiwari";
  return education;
}

pugi::xml_node root_of(const pugi::xml_document& document) { return document.document_element(); }

TEST(OrcidAffiliations, EducationItem) {
  Cv cv = minimal_cv();
  cv.education = {northeastern()};
  cv.education[0].institution.ror = "04t5xt781";
  cv.education[0].institution.department = "College of Engineering";
  cv.education[0].start = {2019, 9};
  auto host = export_bundle(cv);
  EXPECT_EQ(host->outputs.at("education/education-001.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<education:education xmlns:education=\"http://www.orcid.org/ns/education\" "
            "xmlns:common=\"http://www.orcid.org/ns/common\">\n"
            "  <common:department-name>College of Engineering</common:department-name>\n"
            "  <common:role-title>Ph.D. in Computer Engineering</common:role-title>\n"
            "  <common:start-date>\n"
            "    <common:year>2019</common:year>\n"
            "    <common:month>09</common:month>\n"
            "  </common:start-date>\n"
            "  <common:end-date>\n"
            "    <common:year>2024</common:year>\n"
            "  </common:end-date>\n"
            "  <common:organization>\n"
            "    <common:name>Northeastern University</common:name>\n"
            "    <common:address>\n"
            "      <common:city>Boston</common:city>\n"
            "      <common:region>MA</common:region>\n"
            "      <common:country>US</common:country>\n"
            "    </common:address>\n"
            "    <common:disambiguated-organization>\n"
            "      "
            "<common:disambiguated-organization-identifier>https://ror.org/04t5xt781</"
            "common:disambiguated-organization-identifier>\n"
            "      <common:disambiguation-source>ROR</common:disambiguation-source>\n"
            "    </common:disambiguated-organization>\n"
            "  </common:organization>\n"
            "  <common:external-ids>\n"
            "    <common:external-id>\n"
            "      <common:external-id-type>source-work-id</common:external-id-type>\n"
            "      <common:external-id-value>" +
                derive_key("education", 2019,
                           "Ph.D. in Computer Engineering\nNortheastern University") +
                "</common:external-id-value>\n"
                "      <common:external-id-relationship>self</common:external-id-relationship>\n"
                "    </common:external-id>\n"
                "  </common:external-ids>\n"
                "</education:education>\n");
  EXPECT_FALSE(host->has_diagnostic("orcid.no-org-id"));
  // The advisor has no place in ORCID: a note, and the manifest says so.
  auto left_out = diagnostics_with(*host, "orcid.left-out");
  ASSERT_EQ(left_out.size(), 1u);
  EXPECT_EQ(left_out[0]->path, "education[0]");
  EXPECT_EQ(left_out[0]->severity, CVPORT_SEVERITY_NOTE);
  EXPECT_EQ(left_out[0]->message,
            "ORCID education items have no field for `advisor`: left out of the bundle");
  EXPECT_EQ(manifest_of(*host)["items"][0]["left_out"], Json({"education[0].advisor"}));
}

TEST(OrcidAffiliations, MissingRorIdIsDiagnosedAndTheItemStillWritten) {
  Cv cv = minimal_cv();
  cv.education = {northeastern()};
  auto host = export_bundle(cv);
  // Written, but into incomplete/, so everything outside it can be posted as it is.
  ASSERT_TRUE(host->outputs.count("incomplete/education/education-001.xml"));
  EXPECT_FALSE(host->outputs.count("education/education-001.xml"));
  auto no_id = diagnostics_with(*host, "orcid.no-org-id");
  ASSERT_EQ(no_id.size(), 1u);
  EXPECT_EQ(no_id[0]->path, "education[0].institution");
  EXPECT_EQ(no_id[0]->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(no_id[0]->message,
            "ORCID accepts education items only with a disambiguated organisation: add "
            "`ror: https://ror.org/...` to education[0].institution (find \"Northeastern "
            "University\" on https://ror.org), or its ringgold, grid, fundref or lei id");
  Json item = manifest_of(*host)["items"][0];
  EXPECT_EQ(item["ready"], false);
  EXPECT_EQ(item["reasons"], Json::parse(R"([{"rule": "disambiguated-org",
      "path": "education[0].institution.ror", "fix": )" +
                                         Json(no_id[0]->message).dump() + "}]"));
}

TEST(OrcidAffiliations, MissingCityAndCountryAreDiagnosed) {
  Cv cv = minimal_cv();
  Work job;
  job.organization = {.name = "Netflix", .ror = "https://ror.org/0abcdef12"};
  job.position = "Research Intern";
  job.start = {2023, 6};
  job.end = {2023, 8};
  cv.work = {job};
  auto host = export_bundle(cv);
  auto city = diagnostics_with(*host, "orcid.no-org-city");
  auto country = diagnostics_with(*host, "orcid.no-org-country");
  ASSERT_EQ(city.size(), 1u);
  ASSERT_EQ(country.size(), 1u);
  EXPECT_EQ(city[0]->path, "work[0].organization");
  EXPECT_NE(city[0]->message.find("add `city: ...` to work[0].organization"), std::string::npos);
  EXPECT_NE(
      country[0]->message.find("add `country: XX` (ISO 3166-1 alpha-2) to work[0].organization"),
      std::string::npos);
  Json missing = manifest_of(*host)["items"][0]["reasons"];
  ASSERT_EQ(missing.size(), 2u);
  EXPECT_EQ(missing[0]["rule"], "org-city-country");
  EXPECT_EQ(missing[0]["path"], "work[0].organization.city");
  EXPECT_EQ(missing[1]["path"], "work[0].organization.country");
}

TEST(OrcidAffiliations, StartAfterEndByOrcidsComparison) {
  Cv cv = minimal_cv();
  Work job;
  job.organization = {.name = "ETH Zürich", .city = "Zürich", .country = "CH", .ror = "05a28rw58"};
  job.position = "Scientist";
  job.start = {2020, 5};
  job.end = {2020}; // 20200500 > 20200000 for ORCID
  cv.work = {job};
  auto host = export_bundle(cv);
  auto order = diagnostics_with(*host, "orcid.start-after-end");
  ASSERT_EQ(order.size(), 1u);
  EXPECT_EQ(order[0]->path, "work[0].end");
  EXPECT_EQ(manifest_of(*host)["items"][0]["reasons"][0]["rule"], "start-after-end");
}

TEST(OrcidAffiliations, OngoingPositionHasNoEndDate) {
  auto host = export_bundle(full_cv());
  pugi::xml_document document = parse_xml(host->outputs.at("employment/employment-001.xml"));
  pugi::xml_node employment = root_of(document);
  EXPECT_EQ(child_text(employment, "common:start-date/common:day"), "01");
  EXPECT_FALSE(employment.child("common:end-date"));
  EXPECT_EQ(child_text(employment, "common:organization/common:disambiguated-organization/"
                                   "common:disambiguated-organization-identifier"),
            "https://ror.org/05a28rw58");
}

// ORCID shows a start date without an end as "<start> to present" (orcid-angular's
// affiliation.component.html), where the CV shows a start alone as one date.
TEST(OrcidAffiliations, AStartAloneIsSentAsOneDateNotAsOngoing) {
  Cv cv = full_cv(); // its certificate is dated 2020-05
  cv.education = {northeastern()};
  cv.education[0].institution.ror = "04t5xt781";
  cv.education[0].start = {2019, 9};
  cv.education[0].end = {};
  auto host = export_bundle(cv);
  pugi::xml_document education = parse_xml(host->outputs.at("education/education-001.xml"));
  EXPECT_EQ(child_text(root_of(education), "common:start-date/common:year"), "2019");
  EXPECT_EQ(child_text(root_of(education), "common:end-date/common:year"), "2019");
  EXPECT_EQ(child_text(root_of(education), "common:end-date/common:month"), "09");
  pugi::xml_document qualification = parse_xml(host->outputs.at("qualification/qualification-001.xml"));
  EXPECT_EQ(child_text(root_of(qualification), "common:end-date/common:year"), "2020");
  EXPECT_EQ(child_text(root_of(qualification), "common:end-date/common:month"), "05");
  EXPECT_TRUE(diagnostics_with(*host, "orcid.label-dates").empty());
}

// With a date_label the end is not known: no date is sent rather than a false "present" or a
// copied end, and the warning says what to add.
TEST(OrcidAffiliations, AStartAloneShownAsALabelSendsNoDate) {
  Cv cv = minimal_cv();
  Work job;
  job.organization = {.name = "ETH Zürich", .city = "Zürich", .country = "CH", .ror = "05a28rw58"};
  job.position = "Visiting researcher";
  job.start = {2019};
  job.date_label = "Herbst 2019 – Frühjahr 2020";
  cv.work = {job};
  auto host = export_bundle(cv);
  pugi::xml_document document = parse_xml(host->outputs.at("employment/employment-001.xml"));
  EXPECT_FALSE(root_of(document).child("common:start-date"));
  EXPECT_FALSE(root_of(document).child("common:end-date"));
  auto label = diagnostics_with(*host, "orcid.label-dates");
  ASSERT_EQ(label.size(), 1u);
  EXPECT_EQ(label[0]->path, "work[0].end");
  EXPECT_NE(label[0]->message.find("\"2019 to present\""), std::string::npos) << label[0]->message;
  EXPECT_TRUE(manifest_of(*host)["items"][0]["ready"].get<bool>());
  // With the end given, both dates are sent and the label stays display text.
  cv.work[0].end = {2020, 3};
  auto with_end = export_bundle(cv);
  pugi::xml_document dated = parse_xml(with_end->outputs.at("employment/employment-001.xml"));
  EXPECT_EQ(child_text(root_of(dated), "common:start-date/common:year"), "2019");
  EXPECT_EQ(child_text(root_of(dated), "common:end-date/common:month"), "03");
  EXPECT_TRUE(diagnostics_with(*with_end, "orcid.label-dates").empty());
  // The self identifier is the entry's, whatever dates are sent: a sync updates the item.
  auto self_id = [](const pugi::xml_document& item) {
    return child_text(item.document_element(), "common:external-ids/common:external-id/common:external-id-value");
  };
  EXPECT_EQ(self_id(document), self_id(dated));
  EXPECT_NE(self_id(document).find("2019"), std::string::npos) << self_id(document);
}

TEST(OrcidAffiliations, AwardsAreDistinctions) {
  auto host = export_bundle(full_cv());
  pugi::xml_document with_awarder = parse_xml(host->outputs.at("distinction/distinction-001.xml"));
  pugi::xml_node first = root_of(with_awarder);
  EXPECT_EQ(child_text(first, "common:role-title"), "Best Paper Award, SC 2023");
  EXPECT_EQ(child_text(first, "common:start-date/common:month"), "11");
  EXPECT_FALSE(first.child("common:end-date"));
  EXPECT_EQ(child_text(first, "common:organization/common:name"),
            "Association for Computing Machinery");
  EXPECT_EQ(child_text(first, "common:organization/common:address/common:region"), "NY");
  // Without an awarder the venue stands in, and a note says how to name the body.
  pugi::xml_document venue_only = parse_xml(host->outputs.at("distinction/distinction-002.xml"));
  pugi::xml_node second = root_of(venue_only);
  EXPECT_EQ(child_text(second, "common:role-title"), "Outstanding Poster");
  EXPECT_EQ(child_text(second, "common:organization/common:name"), "ISC High Performance 2022");
  auto from_venue = diagnostics_with(*host, "orcid.organization-from-venue");
  ASSERT_FALSE(from_venue.empty());
  EXPECT_EQ(from_venue[0]->path, "awards[1]");
  EXPECT_NE(from_venue[0]->message.find("add awards[1].awarder with name, city, country"),
            std::string::npos);
}

TEST(OrcidAffiliations, WithoutVenueAsOrganizationTheItemIsNotReady) {
  Cv cv = minimal_cv();
  Award award;
  award.title = "Outstanding Poster";
  award.venue = "ISC 2022";
  cv.awards = {award};
  auto host = export_bundle(cv, {{"venue-as-organization", false}});
  EXPECT_EQ(host->outputs.at("incomplete/distinction/distinction-001.xml").find("common:organization"),
            std::string::npos);
  auto no_org = diagnostics_with(*host, "orcid.no-organization");
  ASSERT_EQ(no_org.size(), 1u);
  EXPECT_EQ(no_org[0]->path, "awards[0].awarder");
  Json item = manifest_of(*host)["items"][0];
  EXPECT_EQ(item["ready"], false);
  EXPECT_EQ(item["reasons"][0]["rule"], "organization");
}

TEST(OrcidAffiliations, ServiceNamesRoleAndVenue) {
  auto host = export_bundle(full_cv());
  pugi::xml_document committee = parse_xml(host->outputs.at("service/service-001.xml"));
  EXPECT_EQ(child_text(root_of(committee), "common:role-title"),
            "Programme Committee Member, SC24");
  EXPECT_EQ(child_text(root_of(committee), "common:organization/common:name"),
            "SC Conference Series");
  EXPECT_EQ(child_text(root_of(committee), "common:url"), "https://example.org/sc24/committees");
  pugi::xml_document reviewing = parse_xml(host->outputs.at("service/service-002.xml"));
  EXPECT_EQ(child_text(root_of(reviewing), "common:role-title"),
            "Reviewer, Journal of Computational Physics");
  EXPECT_EQ(child_text(root_of(reviewing), "common:organization/common:name"),
            "Journal of Computational Physics");
  EXPECT_FALSE(root_of(reviewing).child("common:end-date")); // "present"
  // Volunteering is service too.
  pugi::xml_document mentoring = parse_xml(host->outputs.at("service/service-003.xml"));
  EXPECT_EQ(child_text(root_of(mentoring), "common:role-title"), "Mentor");
}

TEST(OrcidAffiliations, ProfessionalActivitiesNeedACountryWithACity) {
  Cv cv = minimal_cv();
  Service service;
  service.role = "Chair";
  service.organization = {.name = "SIAM", .city = "Philadelphia"};
  cv.service = {service};
  auto host = export_bundle(cv);
  Json missing = manifest_of(*host)["items"][0]["reasons"];
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0]["rule"], "org-country");
  EXPECT_EQ(missing[0]["path"], "service[0].organization.country");
}

TEST(OrcidAffiliations, CertificatesAreQualificationsAndCustomSectionsFollowTheirTarget) {
  auto host =
      export_bundle(full_cv(), {{"custom-sections", {"Visiting positions=invited-position"}}});
  pugi::xml_document qualification =
      parse_xml(host->outputs.at("qualification/qualification-001.xml"));
  EXPECT_EQ(child_text(root_of(qualification), "common:role-title"),
            "Certified Kubernetes Administrator");
  EXPECT_EQ(child_text(root_of(qualification), "common:organization/common:name"),
            "The Linux Foundation");
  pugi::xml_document visiting =
      parse_xml(host->outputs.at("invited-position/invited-position-001.xml"));
  EXPECT_EQ(child_text(root_of(visiting), "common:role-title"), "Visiting Researcher");
  EXPECT_EQ(child_text(root_of(visiting), "common:organization/common:name"), "Inria");
  EXPECT_EQ(child_text(root_of(visiting), "common:end-date/common:month"), "12");
}

TEST(OrcidAffiliations, IncompleteItemsCanStayBesideTheReadyOnes) {
  Cv cv = minimal_cv();
  cv.education = {northeastern()};
  auto host = export_bundle(cv, {{"incomplete", "write"}});
  EXPECT_TRUE(host->outputs.count("education/education-001.xml"));
  EXPECT_EQ(manifest_of(*host)["items"][0]["ready"], false);
}

TEST(OrcidAffiliations, IncompleteItemsCanBeLeftOut) {
  Cv cv = minimal_cv();
  cv.education = {northeastern()};
  auto host = export_bundle(cv, {{"incomplete", "skip"}});
  EXPECT_FALSE(host->outputs.count("education/education-001.xml"));
  Json manifest = manifest_of(*host);
  EXPECT_TRUE(manifest["items"].empty());
  ASSERT_EQ(manifest["skipped"].size(), 2u); // the education, and person.name
  EXPECT_EQ(manifest["skipped"][1]["source"], "person.name");
  EXPECT_EQ(manifest["skipped"][0]["source"], "education[0]");
  EXPECT_NE(
      manifest["skipped"][0]["reason"].get<std::string>().find("fix education[0].institution.ror"),
      std::string::npos);
}

TEST(OrcidAffiliations, AwardsCanBeSkipped) {
  auto host = export_bundle(full_cv(), {{"awards", "skip"}});
  for (const auto& [name, bytes] : host->outputs)
    EXPECT_NE(name.rfind("distinction/", 0), 0u) << name;
  auto skipped = diagnostics_with(*host, "orcid.skipped-by-option");
  ASSERT_EQ(skipped.size(), 1u);
  EXPECT_EQ(skipped[0]->path, "awards");
}

} // namespace
} // namespace cvport::orcid::testing
