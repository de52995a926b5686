// The ORCID record importer (format orcid-record): fixtures written to reproduce what real
// records hold (import/*.xml), ORCID's own read samples (import/samples/, MIT), bad input with
// its exact line and column, and the round trip: the example CV's bundle assembled into a record
// and read back.
#include <algorithm>
#include <memory>

#include <gtest/gtest.h>

#include "cvport/date.hpp"
#include "cvport/text.hpp"
#include "orcid_reader.hpp"
#include "import_test_support.hpp"
#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

TEST(OrcidImport, RecordPerson) {
  Imported r = import_file(kImportDir / "record.xml");
  ASSERT_EQ(r.errors(), 0u);
  const Person& person = r.cv.person;
  EXPECT_EQ(person.name, "J. S. Carberry"); // the credit name heads the CV
  EXPECT_EQ(person.name_variants, (std::vector<std::string>{"Josiah Carberry", "Josiah Stinkney Carberry"}));
  EXPECT_EQ(person.orcid, "0000-0002-1825-0097");
  EXPECT_EQ(person.summary, "Professor of psychoceramics, the study of cracked pots.");
  EXPECT_EQ(person.email, "josiah@carberry.example.edu");
  EXPECT_EQ(person.url, "https://carberry.example.edu/"); // url-name Homepage
  EXPECT_EQ(person.location.country, "US");
  ASSERT_EQ(person.profiles.size(), 3u);
  EXPECT_EQ(person.profiles[0].network, "GitHub");
  EXPECT_EQ(person.profiles[1].network, "Scopus Author ID");
  EXPECT_EQ(person.profiles[1].username, "7007156898");
  EXPECT_EQ(person.profiles[2].network, "ResearcherID");
  // ORCID stores a web address as typed: the scheme is added, with a note at the element.
  EXPECT_EQ(person.profiles[2].url, "https://www.researcherid.com/rid/A-1234-2010");
  EXPECT_EQ(at(r.find("orcid.url-scheme")), "80:17");
  ASSERT_EQ(r.cv.interests.size(), 2u);
  EXPECT_EQ(r.cv.interests[1].name, "ionic liquids");
  EXPECT_EQ(r.origins["person.name"], Json::array({29, 9}));
}

TEST(OrcidImport, RecordAffiliationsFundingAndPeerReviews) {
  Imported r = import_file(kImportDir / "record.xml");
  const Cv& cv = r.cv;
  ASSERT_EQ(cv.education.size(), 1u);
  EXPECT_EQ(cv.education[0].institution.name, "Brown University");
  EXPECT_EQ(cv.education[0].institution.ringgold, "6752");
  EXPECT_EQ(cv.education[0].institution.department, "Psychology");
  EXPECT_EQ(cv.education[0].degree, "Ph.D.");
  EXPECT_EQ(cv.education[0].field, "Psychoceramics");
  EXPECT_EQ(format_date(cv.education[0].end), "1960-06");

  ASSERT_EQ(cv.work.size(), 2u);
  EXPECT_EQ(cv.work[0].position, "Professor"); // v2-style employment:role-title inside a 3.0 group
  EXPECT_EQ(cv.work[0].organization.ror, "https://ror.org/05h7xva58");
  EXPECT_EQ(cv.work[0].organization.city, "Middletown");
  EXPECT_EQ(cv.work[0].organization.region, "CT");
  EXPECT_EQ(cv.work[1].organization.grid, "grid.258799.8"); // trailing white space in the file
  // A start-date without an end-date is shown by ORCID as "1965 to present": ongoing.
  EXPECT_EQ(format_date(cv.work[0].start), "1965");
  EXPECT_TRUE(cv.work[0].end.present);
  EXPECT_EQ(format_date(cv.work[1].end), "1965");
  // Month 13: the date is read as its year, with a warning at the month element.
  EXPECT_EQ(format_date(cv.work[1].start), "1960");
  const CapturedDiagnostic* month = r.find("orcid.bad-date");
  EXPECT_EQ(at(month), "132:71");
  EXPECT_EQ(month->path, "record.activities-summary.employments.affiliation-group[1].employment-summary.start-date.month");

  ASSERT_EQ(cv.awards.size(), 1u);
  EXPECT_EQ(cv.awards[0].title, "Ig Nobel Prize in Ceramics");
  EXPECT_EQ(cv.awards[0].awarder.name, "Annals of Improbable Research");
  EXPECT_EQ(format_date(cv.awards[0].date), "1991-10"); // a distinction is dated by its start alone

  ASSERT_EQ(cv.funding.size(), 1u);
  EXPECT_EQ(cv.funding[0].title, "Cracks in pots: a longitudinal study");
  EXPECT_EQ(cv.funding[0].funder.fundref, "10.13039/100000001");
  EXPECT_EQ(cv.funding[0].number, "CER-1965-42");

  // Membership, service ("<role>, <venue>" split), then one entry per reviewed venue.
  ASSERT_EQ(cv.service.size(), 4u);
  EXPECT_EQ(cv.service[0].role, "Fellow");
  EXPECT_TRUE(cv.service[0].end.present); // membership since 1970
  EXPECT_TRUE(cv.service[1].end.present); // service since 1980
  EXPECT_EQ(cv.service[1].role, "Program committee member");
  EXPECT_EQ(cv.service[1].venue, "Pottery Symposium");
  EXPECT_EQ(cv.service[1].kind, "committee");
  // Two reviews: the second peer-review-group holds one review in two versions (the dated one is read).
  EXPECT_EQ(cv.service[2].role, "Reviewer (2 reviews)");
  EXPECT_EQ(cv.service[2].venue, "Journal of the American Ceramic Society");
  EXPECT_EQ(format_date(cv.service[2].start), "1971");
  EXPECT_EQ(format_date(cv.service[2].end), "1974-03");
  EXPECT_EQ(cv.service[3].role, "Reviewer (1 review)");
  EXPECT_EQ(cv.service[3].venue, "orcid-generated:pots");
  EXPECT_EQ(at(r.find("orcid.research-resources")), "262:9");
}

TEST(OrcidImport, RecordWorks) {
  Imported r = import_file(kImportDir / "record.xml");
  const Cv& cv = r.cv;
  ASSERT_EQ(cv.publications.size(), 2u);
  const Publication& article = cv.publications[0];
  // Two sources, one publication: the Crossref version (more complete), the DOI of its URL
  // form, and the PubMed version's PMID.
  EXPECT_EQ(article.title, "Toward a Unified Theory of High-Energy Metaphysics: Silly String Theory");
  EXPECT_EQ(article.doi, "10.5555/12345678");
  EXPECT_EQ(article.venue.name, "Journal of Psychoceramics");
  EXPECT_EQ(format_date(article.date), "2008-08-13");
  EXPECT_EQ(article.pmid, "18235412");
  EXPECT_TRUE(article.extra.empty()); // nothing left over: the PMID has its field
  // A summary has no contributors: the owner stands in, marked inferred.
  ASSERT_EQ(article.authors.size(), 1u);
  EXPECT_TRUE(article.authors[0].self);
  EXPECT_EQ(article.inferred, std::vector<std::string>{"authors"});
  const Publication& preprint = cv.publications[1];
  EXPECT_EQ(preprint.type, "preprint");
  EXPECT_EQ(preprint.arxiv, "1501.00001"); // "arXiv:1501.00001" in the record
  EXPECT_EQ(preprint.url, "");
  const CapturedDiagnostic* unknown = r.find("orcid.unknown-element");
  EXPECT_EQ(at(unknown), "323:21");
  ASSERT_EQ(cv.talks.size(), 1u);
  EXPECT_EQ(cv.talks[0].title, "Pots and their discontents");
  EXPECT_EQ(cv.talks[0].event, "Psychoceramics Colloquium, Brown University");
}

// A funding group, an affiliation-group and a peer-review-group each hold one item as each of its
// sources gave it (ORCID groups the items that share an identifier, as it groups works): one
// entry each, read from the version that says most, with the identifiers of every version.
TEST(OrcidImport, AGroupOfSeveralSourcesIsOneEntry) {
  Imported r = import_file(kImportDir / "multi-source.xml");
  ASSERT_EQ(r.errors(), 0u);
  ASSERT_EQ(r.cv.work.size(), 1u);
  const auto& job = r.cv.work[0]; // the university's CRIS version
  EXPECT_EQ(job.organization.department, "Psychoceramics");
  EXPECT_EQ(job.organization.ror, "https://ror.org/05gq02987");
  EXPECT_EQ(format_date(job.start), "2018-09");
  EXPECT_EQ(format_date(job.end), "2023");
  EXPECT_EQ(r.origins["work[0]"], Json::array({19, 13}));

  ASSERT_EQ(r.cv.funding.size(), 1u);
  const Funding& grant = r.cv.funding[0]; // the funder's version, and the researcher's grant number
  EXPECT_EQ(grant.type, "award");
  EXPECT_EQ(format_date(grant.start), "2019-01");
  EXPECT_EQ(format_date(grant.end), "2021-12");
  EXPECT_EQ(grant.url, "https://grants.example.org/KF-42");
  EXPECT_EQ(grant.number, "KF-42");
  EXPECT_EQ(r.origins["funding[0]"], Json::array({52, 13}));

  // Two reviews, the first given by two sources: the dated version is read.
  ASSERT_EQ(r.cv.service.size(), 1u);
  EXPECT_EQ(r.cv.service[0].role, "Reviewer (2 reviews)");
  EXPECT_EQ(format_date(r.cv.service[0].start), "1971-05");
  EXPECT_EQ(format_date(r.cv.service[0].end), "1974");
}

TEST(OrcidImport, FullWorksGiveOrderedAuthorsWithTheOwnerMarked) {
  Imported r = import_file(kImportDir / "works-bulk.xml");
  ASSERT_EQ(r.errors(), 0u);
  ASSERT_EQ(r.cv.publications.size(), 2u);
  const Publication& article = r.cv.publications[0];
  // Sequence order: the "first" contributor before the "additional" ones, which keep their order.
  ASSERT_EQ(article.authors.size(), 3u);
  EXPECT_EQ(article.authors[0].name, "Amphora Urn");
  EXPECT_EQ(article.authors[1].name, "Josiah Carberry");
  EXPECT_EQ(article.authors[2].name, "Ming Vase");
  EXPECT_FALSE(article.authors[0].self);
  EXPECT_TRUE(article.authors[1].self); // by iD: the bulk's works name the record's iD
  EXPECT_EQ(article.doi, "10.1111/j.1151-2916.1972.tb11234.x");
  EXPECT_EQ(article.volume, "55");
  EXPECT_EQ(article.issue, "3");
  EXPECT_EQ(article.pages, "120-131");
  // No contributors: the BibTeX citation's authors, "and others" as et_al.
  const Publication& paper = r.cv.publications[1];
  ASSERT_EQ(paper.authors.size(), 2u);
  EXPECT_EQ(paper.authors[0].name, "Ada Kiln");
  EXPECT_EQ(paper.authors[1].name, "J. S. Carberry");
  EXPECT_TRUE(paper.et_al);
  EXPECT_EQ(paper.pages, "7-9");
  EXPECT_EQ(paper.type, "conference-paper");
  // The proceedings' ISBN (part-of); before it, two ISSNs labelled as an ISBN, as real records
  // hold them: kept in extra, with a warning at the identifier.
  EXPECT_EQ(paper.isbn, "978-0-262-04630-5");
  EXPECT_EQ(extra_members(paper.extra, "orcid")["external-ids"]["isbn"], Json::array({"16113349 03029743"}));
  const CapturedDiagnostic* bad = r.find("orcid.bad-value");
  EXPECT_EQ(at(bad), "61:13");
  EXPECT_EQ(bad->message, "the ISBN \"16113349 03029743\" is not one: kept in extra.orcid.external-ids.isbn");
  EXPECT_EQ(at(r.find("orcid.work-error")), "73:5");
  EXPECT_EQ(at(r.find("orcid.no-name")), "2:1");
}

// A work whose contributors are its editors (an edited book) has them as its authors, with a
// warning, as the BibTeX importer takes editors; an assignee is never an author.
TEST(OrcidImport, AWorkWithEditorsOnlyHasThemAsItsAuthors) {
  Imported r = import_text(R"(<?xml version="1.0" encoding="UTF-8"?>
<work:work put-code="7" path="/0000-0002-1825-0097/work/7" xmlns:work="http://www.orcid.org/ns/work" xmlns:common="http://www.orcid.org/ns/common">
  <work:title><common:title>Psychoceramics: a reader</common:title></work:title>
  <work:type>edited-book</work:type>
  <work:contributors>
    <work:contributor>
      <common:contributor-orcid><common:path>0000-0002-1825-0097</common:path></common:contributor-orcid>
      <work:credit-name>Josiah Carberry</work:credit-name>
      <work:contributor-attributes><work:contributor-role>editor</work:contributor-role></work:contributor-attributes>
    </work:contributor>
    <work:contributor>
      <work:credit-name>Kiln Press</work:credit-name>
      <work:contributor-attributes><work:contributor-role>assignee</work:contributor-role></work:contributor-attributes>
    </work:contributor>
    <work:contributor>
      <work:credit-name>Ming Vase</work:credit-name>
      <work:contributor-attributes><work:contributor-role>chair-or-translator</work:contributor-role></work:contributor-attributes>
    </work:contributor>
  </work:contributors>
</work:work>
)");
  ASSERT_EQ(r.errors(), 0u);
  ASSERT_EQ(r.cv.publications.size(), 1u);
  const Publication& book = r.cv.publications[0];
  EXPECT_EQ(book.type, "book");
  ASSERT_EQ(book.authors.size(), 2u);
  EXPECT_EQ(book.authors[0].name, "Josiah Carberry");
  EXPECT_TRUE(book.authors[0].self);
  EXPECT_EQ(book.authors[1].name, "Ming Vase");
  EXPECT_TRUE(book.inferred.empty());
  const CapturedDiagnostic* editors = r.find("orcid.editors-as-authors");
  EXPECT_EQ(at(editors), "6:5");
  EXPECT_EQ(editors->message, "the work names no author: its editors (contributor-role editor or "
                              "chair-or-translator) are taken as its authors");
  EXPECT_EQ(at(r.find("orcid.not-an-author")), "11:5");
  EXPECT_EQ(extra_members(book.extra, "orcid")["contributors"],
            Json::parse(R"([{"name": "Kiln Press", "roles": ["assignee"]}])"));
}

// A work's url that is only its DOI's link (dx.doi.org, another letter case, percent-encoded) is
// left out as the DOI says it; a link to another DOI or to the publisher's page stays.
TEST(OrcidImport, AUrlThatOnlyLinksToTheDoiIsLeftOut) {
  Imported r = import_file(kImportDir / "works-doi-links.xml");
  ASSERT_EQ(r.errors(), 0u);
  ASSERT_EQ(r.cv.publications.size(), 5u);
  std::vector<std::string> dois, urls;
  for (const Publication& publication : r.cv.publications) {
    dois.push_back(publication.doi);
    urls.push_back(publication.url);
  }
  EXPECT_EQ(dois, (std::vector<std::string>{"10.5555/crack.1", "10.5555/crack.2",
                                            "10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0",
                                            "10.5555/crack.4", "10.5555/crack.5"}));
  EXPECT_EQ(urls, (std::vector<std::string>{"", "", "", "https://doi.org/10.5555/crack.40",
                                            "https://kiln.example.org/articles/5"}));
}

// An ISBN value that lists several (a book's ISBN-13 and ISBN-10, separated by ";", "," or a
// space): the first valid one is the isbn, the rest is kept, with a note at the identifier.
TEST(OrcidImport, AnIsbnListGivesItsFirstIsbn) {
  Imported r = import_file(kImportDir / "works-isbn-lists.xml");
  ASSERT_EQ(r.errors(), 0u);
  EXPECT_EQ(r.find("orcid.bad-value"), nullptr);
  ASSERT_EQ(r.cv.publications.size(), 5u);
  std::vector<std::string> isbns;
  std::vector<Json> kept;
  for (const Publication& publication : r.cv.publications) {
    isbns.push_back(publication.isbn);
    kept.push_back(extra_members(publication.extra, "orcid")["external-ids"]["isbn"]);
  }
  EXPECT_EQ(isbns, (std::vector<std::string>{"9780306406157", "978-0-306-40615-7", "9780306406157",
                                             "978 0 306 40615 7", "0-306-40615-2"}));
  EXPECT_EQ(kept, (std::vector<Json>{Json::array({"0306406152"}), Json::array({"0-306-40615-2"}),
                                     Json::array({"0306406152"}), Json(), Json::array({"hardcover"})}));
  const CapturedDiagnostic* note = r.find("orcid.isbn-list");
  EXPECT_EQ(at(note), "8:17");
  EXPECT_EQ(note->severity, CVPORT_SEVERITY_NOTE);
  EXPECT_EQ(note->message, "the ISBN value lists several: the first valid ISBN is read as the isbn, the rest is kept "
                           "in extra.orcid.external-ids.isbn");
  EXPECT_EQ(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                          [](const CapturedDiagnostic& d) { return d.code == "orcid.isbn-list"; }),
            4); // the single ISBN written with spaces is no list
  EXPECT_EQ(r.origins["publications[0].isbn"], Json::array({8, 17}));
}

// A deactivated record keeps its iD and placeholder names: one warning, at the deactivation date
// (in the XML and in the JSON, whose date is in milliseconds), and the placeholders are no name.
TEST(OrcidImport, ADeactivatedRecordSaysSoAndHasNoName) {
  Imported r = import_file(kImportDir / "record-deactivated.xml");
  ASSERT_EQ(r.errors(), 0u);
  ASSERT_EQ(r.diagnostics.size(), 1u); // not also "the document gives no name"
  EXPECT_EQ(r.diagnostics[0].code, "orcid.deactivated");
  EXPECT_EQ(at(&r.diagnostics[0]), "13:9");
  EXPECT_EQ(r.diagnostics[0].message,
            "this record was deactivated on 2020-01-01: ORCID keeps no data in a deactivated record, only its iD and "
            "the placeholder names \"Given Names Deactivated Family Name Deactivated\", which are not taken as the "
            "person's name; the CV holds the iD only");
  EXPECT_EQ(r.cv.person.name, "(name not given)");
  EXPECT_EQ(r.cv.person.inferred, std::vector<std::string>{"name"});
  EXPECT_TRUE(r.cv.person.name_variants.empty());
  EXPECT_EQ(r.cv.person.orcid, "0000-0002-1825-0097");

  Imported json = import_text(R"({
  "orcid-identifier": {"uri": "https://orcid.org/0000-0002-1825-0097", "path": "0000-0002-1825-0097", "host": "orcid.org"},
  "history": {"creation-method": "DIRECT", "deactivation-date": {"value": 1500307231440}},
  "person": {"name": {"given-names": {"value": "Given Names Deactivated"}, "family-name": {"value": "Family Name Deactivated"}, "credit-name": null, "visibility": "public"}},
  "path": "/0000-0002-1825-0097"
})");
  ASSERT_EQ(json.diagnostics.size(), 1u);
  EXPECT_EQ(json.diagnostics[0].path, "history.deactivation-date");
  EXPECT_NE(json.diagnostics[0].message.find("deactivated on 2017-07-17:"), std::string::npos);
  EXPECT_EQ(json.cv.person.name, "(name not given)");

  // The person section alone (/person) says nothing of the history: the names tell.
  Imported person = import_text(R"(<person:person path="/0000-0002-1825-0097/person" xmlns:person="http://www.orcid.org/ns/person" xmlns:personal-details="http://www.orcid.org/ns/personal-details">
  <person:name visibility="public" path="0000-0002-1825-0097">
    <personal-details:given-names>Given Names Deactivated</personal-details:given-names>
    <personal-details:family-name>Family Name Deactivated</personal-details:family-name>
  </person:name>
</person:person>)");
  ASSERT_EQ(person.diagnostics.size(), 1u);
  EXPECT_EQ(person.diagnostics[0].code, "orcid.deactivated");
  EXPECT_EQ(at(&person.diagnostics[0]), "2:3");
  EXPECT_EQ(person.cv.person.name, "(name not given)");
}

// /v3.0/{iD}/summary holds counts and the three latest affiliations of a shape of its own (ORCID's
// SummaryManagerImpl): refused, saying what it holds and which endpoint to fetch, in XML and JSON.
TEST(OrcidImport, ARecordSummaryIsRefusedWithTheEndpointToFetch) {
  Imported r = import_file(kImportDir / "record-summary.xml");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  const CapturedDiagnostic& error = r.diagnostics[0];
  EXPECT_EQ(error.code, "orcid.record-summary");
  EXPECT_EQ(error.severity, CVPORT_SEVERITY_ERROR);
  EXPECT_EQ(at(&error), "2:1");
  EXPECT_EQ(error.message, "this is an ORCID record summary (GET /v3.0/{iD}/summary): it holds only the numbers of "
                           "works, fundings and peer reviews, and at most the three latest employments, professional "
                           "activities and educations, each an organisation's name, a role and dates; fetch the record "
                           "instead, https://pub.orcid.org/v3.0/0000-0002-1825-0097/record with the header Accept: "
                           "application/vnd.orcid+xml, and import that");

  std::string json = R"({
  "created-date": {"value": 1456826400000},
  "credit-name": "Josiah Carberry",
  "orcid-identifier": {"uri": "https://orcid.org/0000-0002-1825-0097", "path": "0000-0002-1825-0097", "host": "orcid.org"},
  "employments": {"count": 4, "employment": [{"put-code": 12, "type": "employment", "organization-name": "Brown University", "role": "Professor", "validated": false}]},
  "works": {"self-asserted-count": 40, "validated-count": 12}
})";
  EXPECT_TRUE(detect_orcid(json));
  Imported from_json = import_text(json);
  ASSERT_EQ(from_json.diagnostics.size(), 1u);
  EXPECT_EQ(from_json.diagnostics[0].code, "orcid.record-summary");
  EXPECT_EQ(from_json.diagnostics[0].message, error.message);
  EXPECT_TRUE(from_json.cv.work.empty());
}

TEST(OrcidImport, Version2RecordIsReadWithAWarning) {
  Imported r = import_file(kImportDir / "record-2.0.xml");
  ASSERT_EQ(r.errors(), 0u);
  EXPECT_EQ(at(r.find("orcid.version-2")), "2:1");
  EXPECT_EQ(r.cv.person.name, "Josiah Carberry");
  ASSERT_EQ(r.cv.work.size(), 1u);
  EXPECT_EQ(r.cv.work[0].organization.ringgold, "7618");
  ASSERT_EQ(r.cv.funding.size(), 1u);
  EXPECT_EQ(r.cv.funding[0].funder.name, "Wellcome Trust");
}

// A record's declared schema names its version; a 3.0_rc1 record whose affiliations are listed
// ungrouped (as ORCID-Source's own 3.0_rc1 test record lists them) is read as 3.0, as the JSON
// of 3.0_rc1 is, which says nothing of its version.
TEST(OrcidImport, TheDeclaredSchemaNamesTheVersion) {
  std::string record = cvport::testing::read_file(kImportDir / "record-2.0.xml");
  auto declaring = [&](const std::string& schema) {
    std::string text = record;
    text.insert(text.find("<record:record ") + 15,
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.orcid.org/ns/record "
                "../" + schema + " \" ");
    return import_text(text);
  };
  Imported v21 = declaring("record-2.1.xsd");
  const CapturedDiagnostic* version = v21.find("orcid.version-2");
  ASSERT_NE(version, nullptr);
  EXPECT_EQ(at(version), "2:1");
  EXPECT_EQ(version->message.rfind("this is an ORCID API 2.1 document: cvport reads what maps to 3.0", 0), 0u)
      << version->message;
  Imported rc1 = declaring("record-3.0_rc1.xsd");
  EXPECT_EQ(rc1.find("orcid.version-2"), nullptr);
  EXPECT_EQ(rc1.errors(), 0u);
  ASSERT_EQ(rc1.cv.work.size(), 1u);
  EXPECT_EQ(rc1.cv.work[0].organization.ringgold, "7618");
}

// ORCID's API 1.x has another schema: one error, at the message version, that says how to get
// the record from 3.0, and no "2.x" read into the name of a 1.2 schema file.
TEST(OrcidImport, Version1MessageIsRefusedWithHowToFetchTheRecord) {
  Imported r = import_file(kImportDir / "message-1.2.xml");
  ASSERT_EQ(r.diagnostics.size(), 1u); // no version-2 warning, no "without CV data"
  const CapturedDiagnostic& error = r.diagnostics[0];
  EXPECT_EQ(error.code, "orcid.version-1");
  EXPECT_EQ(error.severity, CVPORT_SEVERITY_ERROR);
  EXPECT_EQ(at(&error), "3:5");
  EXPECT_EQ(error.path, "orcid-message.message-version");
  EXPECT_EQ(error.message, "this is an ORCID API 1.x document (message version 1.2), which cvport does not read: "
                           "fetch the record from ORCID's API 3.0, https://pub.orcid.org/v3.0/0000-0002-1825-0097/record "
                           "with the header Accept: application/vnd.orcid+xml, and import that");
  EXPECT_TRUE(r.cv.publications.empty());
  // Without a message version, the version its schema file declares.
  for (auto [schema, version] : std::vector<std::pair<std::string, std::string>>{
           {"orcid-message-1.2.xsd", "1.2"}, {"orcid-message-1.2_rc2.xsd", "1.2_rc2"}}) {
    SCOPED_TRACE(schema);
    Imported declared = import_text(
        "<?xml version=\"1.0\"?>\n<orcid-message xmlns=\"http://www.orcid.org/ns/orcid\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.orcid.org/ns/orcid "
        "https://raw.github.com/ORCID/ORCID-Source/master/orcid-model/src/main/resources/" + schema + "\"/>\n");
    ASSERT_EQ(declared.diagnostics.size(), 1u);
    EXPECT_EQ(declared.diagnostics[0].code, "orcid.version-1");
    EXPECT_EQ(at(&declared.diagnostics[0]), "2:1");
    EXPECT_NE(declared.diagnostics[0].message.find("(message version " + version + ")"), std::string::npos);
    EXPECT_NE(declared.diagnostics[0].message.find("https://pub.orcid.org/v3.0/{iD}/record"), std::string::npos);
  }
}

TEST(OrcidImport, OfficialSamples) {
  Imported work = import_file(kImportDir / "samples/work-full-3.0.xml");
  ASSERT_EQ(work.cv.publications.size(), 1u);
  EXPECT_EQ(work.cv.publications[0].title, "common:title: common:subtitle");
  EXPECT_EQ(work.cv.publications[0].type, "other");
  EXPECT_EQ(extra_members(work.cv.publications[0].extra, "orcid")["type"], "artistic-performance");
  EXPECT_EQ(format_date(work.cv.publications[0].date), "1948-02-02");
  ASSERT_EQ(work.cv.publications[0].authors.size(), 1u);
  EXPECT_EQ(work.cv.publications[0].authors[0].name, "work:credit-name");
  EXPECT_TRUE(work.cv.publications[0].authors[0].self); // the work's iD names the contributor

  Imported funding = import_file(kImportDir / "samples/funding-full-3.0.xml");
  ASSERT_EQ(funding.cv.funding.size(), 1u);
  // ADP (the Andorran peseta) left ISO 4217 in 2002: an amount without a currency in use is left out.
  EXPECT_EQ(funding.cv.funding[0].amount, "");
  EXPECT_EQ(at(funding.find("orcid.bad-value")), "23:2");
  EXPECT_EQ(funding.cv.funding[0].funder.fundref, "10.13039/100000001");
  EXPECT_EQ(funding.cv.funding[0].number, "funding:external-identifier-value");

  Imported reviews = import_file(kImportDir / "samples/peer-reviews-3.0.xml");
  ASSERT_EQ(reviews.cv.service.size(), 1u);
  EXPECT_EQ(reviews.cv.service[0].kind, "reviewer");

  Imported record = import_file(kImportDir / "samples/record-3.0.xml");
  EXPECT_EQ(record.errors(), 0u);
  EXPECT_EQ(record.cv.person.name, "credit-name");
  // The sample fills in every element, a deactivation date too, beside a name: not deactivated.
  EXPECT_EQ(record.find("orcid.deactivated"), nullptr);
  EXPECT_EQ(record.cv.work.size(), 2u); // an employment and an invited position
  // The sample's placeholder GRID id is no GRID id: left out, located.
  const CapturedDiagnostic* grid = record.find("orcid.bad-value");
  ASSERT_NE(grid, nullptr);
  EXPECT_EQ(at(grid), "218:8");

  Imported educations = import_file(kImportDir / "samples/educations-3.0.xml");
  EXPECT_FALSE(educations.cv.education.empty());
}

TEST(OrcidImport, FundingAmountAndTheOwnersRole) {
  std::string sample = cvport::testing::read_file(kImportDir / "samples/funding-full-3.0.xml");
  sample.replace(sample.find("currency-code=\"ADP\">1234"), 24, "currency-code=\"EUR\">1,250,000");
  Imported r = import_text(sample);
  ASSERT_EQ(r.cv.funding.size(), 1u);
  EXPECT_EQ(r.cv.funding[0].amount, "1250000");
  EXPECT_EQ(r.cv.funding[0].currency, "EUR");
  EXPECT_EQ(r.cv.funding[0].role, "PI"); // contributor-role lead, the source's own iD
  EXPECT_EQ(format_date(r.cv.funding[0].start), "1948-02-02");
  EXPECT_EQ(r.origins["funding[0].amount"], Json::array({23, 2}));
}

TEST(OrcidImport, AFundingWithoutAnEndDateIsOngoing) {
  std::string sample = cvport::testing::read_file(kImportDir / "samples/funding-full-3.0.xml");
  size_t end = sample.find("<common:end-date>");
  ASSERT_NE(end, std::string::npos);
  sample.erase(end, sample.find("</common:end-date>") + std::string_view("</common:end-date>").size() - end);
  Imported r = import_text(sample);
  ASSERT_EQ(r.cv.funding.size(), 1u);
  EXPECT_EQ(format_date(r.cv.funding[0].start), "1948-02-02");
  EXPECT_TRUE(r.cv.funding[0].end.present);
}

TEST(OrcidImport, AnErrorDocumentIsRefusedWithWhatOrcidSaid) {
  Imported r = import_file(kImportDir / "samples/error-3.0.xml");
  const CapturedDiagnostic* error = r.find("orcid.error-document");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(at(error), "2:1");
  EXPECT_EQ(error->path, ""); // not "error: error: ..." on the terminal
  EXPECT_NE(error->message.find("error:developer-message"), std::string::npos) << error->message;
}

TEST(OrcidImport, NotXmlIsRefusedAtTheByte) {
  Imported r = import_file(kImportDir / "broken.xml");
  const CapturedDiagnostic* error = r.find("orcid.not-xml");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(at(error), "5:3"); // </record:record> closes <unclosed>
  EXPECT_EQ(r.errors(), 1u);
}

TEST(OrcidImport, XmlWithoutOrcidNamespaceIsRefused) {
  Imported r = import_text("<?xml version=\"1.0\"?>\n\n  <html><body/></html>\n");
  EXPECT_EQ(at(r.find("orcid.not-orcid")), "3:3");
}

TEST(OrcidImport, Detection) {
  EXPECT_TRUE(detect_orcid(cvport::testing::read_file(kImportDir / "record.xml")));
  EXPECT_TRUE(detect_orcid(cvport::testing::read_file(kImportDir / "samples/error-3.0.xml")));
  EXPECT_FALSE(detect_orcid("person:\n  name: x\n"));
  EXPECT_FALSE(detect_orcid("<html/>"));
  EXPECT_TRUE(detect_orcid("\xEF\xBB\xBF<record:record xmlns:record=\"http://www.orcid.org/ns/record\"/>"));
  // A file of a byte order mark alone, in a buffer of exactly its 3 bytes: detection once read the
  // byte after it (found by fuzz_import; the sanitized build reports such a read).
  std::unique_ptr<char[]> bom(new char[3]{'\xEF', '\xBB', '\xBF'});
  EXPECT_FALSE(detect_orcid(std::string_view(bom.get(), 3)));
}

// The example CV's bundle, assembled into the record a GET would return once ORCID holds every
// item: each work in a group of its own, each affiliation in its section, the CV's name as the
// person's credit name.
std::string record_of_bundle(const MemoryHost& bundle, const std::string& name) {
  pugi::xml_document record;
  pugi::xml_node root = record.append_child("record:record");
  for (std::string_view ns : {"record", "common", "person", "personal-details", "activities", "work", "funding",
                              "education", "employment", "distinction", "service", "invited-position",
                              "membership", "qualification"})
    root.append_attribute(("xmlns:" + std::string(ns)).c_str()) = ("http://www.orcid.org/ns/" + std::string(ns)).c_str();
  root.append_child("person:person").append_child("person:name").append_child("personal-details:credit-name").text() =
      name.c_str();
  pugi::xml_node activities = root.append_child("activities:activities-summary");
  pugi::xml_node works = activities.append_child("activities:works");
  std::map<std::string, pugi::xml_node> lists;
  for (const auto& [file, bytes] : bundle.outputs) {
    if (!is_xml_file(file) || file.find("bulk-") != std::string::npos || file.find("person/") != std::string::npos)
      continue;
    pugi::xml_document item = parse_xml(bytes);
    pugi::xml_node element = item.document_element();
    std::string section(element.name());
    section = section.substr(section.find(':') + 1);
    if (section == "work") {
      works.append_child("activities:group").append_copy(element);
      continue;
    }
    std::string list = section + "s";
    if (!lists.count(list)) lists[list] = activities.append_child(("activities:" + list).c_str());
    lists[list].append_child(section == "funding" ? "activities:group" : "activities:affiliation-group").append_copy(element);
  }
  std::ostringstream out;
  record.save(out);
  return out.str();
}

TEST(OrcidImport, RoundTripOfTheExampleBundle) {
  std::optional<Cv> example = example_cv();
  ASSERT_TRUE(example);
  auto bundle = export_bundle(*example);
  Imported r = import_text(record_of_bundle(*bundle, example->person.name));
  ASSERT_EQ(r.errors(), 0u);
  const Cv& cv = r.cv;
  ASSERT_EQ(cv.publications.size(), example->publications.size());
  for (size_t i = 0; i < cv.publications.size(); ++i) {
    const Publication& back = cv.publications[i];
    const Publication& original = example->publications[i];
    SCOPED_TRACE(original.title);
    EXPECT_EQ(back.id, original.id); // the bundle's source-work-id "publication:<id>"
    EXPECT_EQ(back.title, original.title);
    EXPECT_EQ(back.date.year, original.date.year);
    EXPECT_EQ(back.doi, lower_ascii(original.doi));
    EXPECT_EQ(back.venue.name, original.venue.name.empty() ? original.venue.short_name : original.venue.name);
    ASSERT_EQ(back.authors.size(), original.authors.size());
    for (size_t a = 0; a < back.authors.size(); ++a) {
      EXPECT_EQ(back.authors[a].name, original.authors[a].name);
      EXPECT_EQ(back.authors[a].self, original.authors[a].self) << original.authors[a].name;
    }
    EXPECT_EQ(back.pages, original.pages);
    EXPECT_EQ(back.volume, original.volume);
  }
  ASSERT_EQ(cv.talks.size(), example->talks.size());
  EXPECT_EQ(cv.talks[0].title, example->talks[0].title);
  ASSERT_EQ(cv.software.size(), 6u); // the releases with a DOI
  for (const Software& software : cv.software) EXPECT_FALSE(software.doi.empty()) << software.name;
  ASSERT_EQ(cv.education.size(), example->education.size());
  for (size_t i = 0; i < cv.education.size(); ++i) {
    EXPECT_EQ(cv.education[i].institution.name, example->education[i].institution.name);
    EXPECT_EQ(cv.education[i].institution.ror, example->education[i].institution.ror);
    EXPECT_EQ(cv.education[i].degree, example->education[i].degree);
    EXPECT_EQ(cv.education[i].field, example->education[i].field);
    EXPECT_EQ(cv.education[i].start, example->education[i].start);
  }
  ASSERT_EQ(cv.work.size(), example->work.size());
  for (size_t i = 0; i < cv.work.size(); ++i) {
    EXPECT_EQ(cv.work[i].organization.name, example->work[i].organization.name);
    EXPECT_EQ(cv.work[i].organization.city, example->work[i].organization.city);
    EXPECT_EQ(cv.work[i].organization.country, example->work[i].organization.country);
    EXPECT_EQ(cv.work[i].position, example->work[i].position);
  }
  EXPECT_EQ(cv.awards.size(), example->awards.size());
  EXPECT_EQ(cv.service.size(), example->service.size());
}

} // namespace
} // namespace cvport::orcid::testing
