// The ORCID importer on ORCID's JSON form: a JSON document gives the same CV as its XML twin
// (import/record.json and samples/*-3.0.json were written from the XML by xml_to_orcid_json.py,
// which takes every shape from ORCID's own JSON samples), ORCID's own JSON samples import, the
// messages name the JSON path (the host turns it into line:column, see orcid_import_cli_test),
// and detection takes ORCID JSON but no CV source or JSON Resume.
#include <gtest/gtest.h>

#include "import_test_support.hpp"
#include "json_as_xml.hpp"

namespace cvport::orcid::testing {
namespace {

// The codes of the diagnostics, in order: the twins say the same things.
std::vector<std::string> codes(const Imported& imported) {
  std::vector<std::string> out;
  for (const auto& d : imported.diagnostics) out.push_back(d.code);
  return out;
}

TEST(OrcidJsonImport, EachJsonTwinGivesTheSameModelAsItsXml) {
  for (auto [xml, json] : std::vector<std::pair<std::string, std::string>>{
           {"record.xml", "record.json"},
           {"record.xml", "record.min.json"},
           {"samples/record-3.0.xml", "samples/record-3.0.json"},
           {"samples/educations-3.0.xml", "samples/educations-3.0.json"}}) {
    SCOPED_TRACE(json);
    Imported from_xml = import_file(kImportDir / xml);
    Imported from_json = import_file(kImportDir / json);
    ASSERT_EQ(from_json.errors(), 0u);
    ASSERT_FALSE(from_json.cv.publications.empty() && from_json.cv.education.empty());
    EXPECT_EQ(to_json(from_json.cv).dump(1), to_json(from_xml.cv).dump(1));
    EXPECT_EQ(codes(from_json), codes(from_xml));
    // The origins name the same model values, in the user's JSON (a path) or XML (line, column).
    ASSERT_EQ(from_json.origins.size(), from_xml.origins.size());
    for (const auto& origin : from_xml.origins.items())
      EXPECT_TRUE(from_json.origins.contains(origin.key())) << origin.key();
  }
}

TEST(OrcidJsonImport, MessagesAndOriginsNameTheJsonPath) {
  Imported r = import_file(kImportDir / "record.json");
  const CapturedDiagnostic* month = r.find("orcid.bad-date");
  ASSERT_NE(month, nullptr);
  EXPECT_EQ(month->path,
            "activities-summary.employments.affiliation-group[1].summaries[0].employment-summary.start-date.month");
  EXPECT_EQ(at(month), "0:0"); // the host locates the path: record.json:223:19 (orcid_import_cli_test)
  const CapturedDiagnostic* unknown = r.find("orcid.unknown-element");
  ASSERT_NE(unknown, nullptr);
  EXPECT_EQ(unknown->message, "\"mystery-element\" is not an element cvport knows here: it is left out");
  EXPECT_EQ(r.origins["person.name"], "person.name");
  EXPECT_EQ(r.origins["publications[0]"], "activities-summary.works.group[0].work-summary[0]");
  // A list is no record: its name is missing, and the message is at the document's own brace.
  Imported list = import_text("\n  {\"path\": \"/0000-0002-1825-0097/works\", \"group\": []}");
  ASSERT_NE(list.find("orcid.no-name"), nullptr);
  EXPECT_EQ(at(list.find("orcid.no-name")), "2:3");
}

TEST(OrcidJsonImport, OrcidsOwnJsonSamples) {
  Imported record = import_file(kImportDir / "samples/record-full-3.0.json");
  ASSERT_EQ(record.errors(), 0u);
  EXPECT_EQ(record.cv.person.name, "Three releasecandidate1");
  EXPECT_EQ(record.cv.person.orcid, "0000-0002-7319-2192");
  EXPECT_EQ(record.cv.person.location.country, "US");
  EXPECT_EQ(record.cv.education.size(), 4u);
  EXPECT_EQ(record.cv.work.size(), 2u);
  // The sample's funding group holds one grant from two sources, its services group one service.
  ASSERT_EQ(record.cv.funding.size(), 1u);
  EXPECT_EQ(record.cv.funding[0].title, "Grant title");
  EXPECT_EQ(record.cv.funding[0].number, "1234");
  EXPECT_EQ(record.cv.service.size(), 3u); // a membership, a service, one reviewed venue

  // A write sample: a work without path or put-code, known by its members.
  Imported work = import_file(kImportDir / "samples/write_samples/work-full-3.0.json");
  ASSERT_EQ(work.errors(), 0u);
  ASSERT_EQ(work.cv.publications.size(), 1u);
  const Publication& publication = work.cv.publications[0];
  EXPECT_EQ(publication.title, "Work Title: Work subtitle");
  EXPECT_EQ(publication.venue.name, "Journal title");
  ASSERT_EQ(publication.authors.size(), 2u);
  EXPECT_EQ(publication.authors[0].name, "Jordan");
  EXPECT_EQ(publication.authors[1].name, "Fran");
  EXPECT_EQ(publication.date.year, 2022);
  EXPECT_EQ(publication.date.day, 24);

  // "bulk": [{"work": ...}, ...], a JAXB choice list.
  Imported bulk = import_file(kImportDir / "samples/write_samples/bulk-work-3.0.json");
  ASSERT_EQ(bulk.errors(), 0u);
  ASSERT_EQ(bulk.cv.publications.size(), 2u);
  EXPECT_EQ(bulk.cv.publications[1].title, "Work # 2");
}

// Each part of a record is the document its endpoint returns, with its own path: /person,
// /activities, /works, /employments, /fundings, /peer-reviews, and single items (/work/178602).
TEST(OrcidJsonImport, EveryEndpointsDocumentIsNamedByItsPath) {
  Json record = Json::parse(cvport::testing::read_file(kImportDir / "samples/record-full-3.0.json"));
  Imported whole = import_text(record.dump());
  const Json& activities = record["activities-summary"];
  struct Part {
    Json document;
    std::string root;
  };
  for (const Part& part : std::vector<Part>{{record["person"], "person"},
                                            {activities, "activities-summary"},
                                            {activities["works"], "works"},
                                            {activities["employments"], "employments"},
                                            {activities["fundings"], "fundings"},
                                            {activities["peer-reviews"], "peer-reviews"},
                                            {activities["works"]["group"][0]["work-summary"][0], "work"}}) {
    SCOPED_TRACE(part.root);
    EXPECT_EQ(orcid_json_root(part.document), part.root);
    Imported imported = import_text(part.document.dump());
    ASSERT_EQ(imported.errors(), 0u);
    EXPECT_EQ(imported.cv.person.orcid, "0000-0002-7319-2192");
    if (part.root == "person") {
      EXPECT_EQ(imported.cv.person.name, whole.cv.person.name);
    }
    // Without the person the owner, who stands in as the only author, has no name: the rest is the same.
    if (part.root == "activities-summary" || part.root == "works" || part.root == "work") {
      ASSERT_EQ(imported.cv.publications.size(), whole.cv.publications.size());
      EXPECT_EQ(imported.cv.publications[0].title, whole.cv.publications[0].title);
      EXPECT_EQ(imported.cv.publications[0].date, whole.cv.publications[0].date);
    }
    if (part.root == "activities-summary") {
      EXPECT_EQ(to_json(imported.cv.work), to_json(whole.cv.work));
    }
    if (part.root == "employments") {
      EXPECT_EQ(imported.cv.work.size(), activities["employments"]["affiliation-group"].size());
    }
    if (part.root == "activities-summary" || part.root == "fundings") {
      EXPECT_EQ(to_json(imported.cv.funding), to_json(whole.cv.funding));
    }
  }
  EXPECT_FALSE(whole.cv.publications.empty());
  EXPECT_FALSE(whole.cv.work.empty());
  Json employment = activities["employments"]["affiliation-group"][0]["summaries"][0]["employment-summary"];
  EXPECT_EQ(orcid_json_root(employment), "employment");
  EXPECT_EQ(import_text(employment.dump()).cv.work.size(), 1u);
}

// ORCID's 2.x JSON spells every enumerated value in capitals ("CONFERENCE_PAPER", "VERSION_OF",
// "FIRST", "CO_LEAD"): each is read as the 3.0 value, and the document is said to be 2.x.
TEST(OrcidJsonImport, Version2JsonIsReadWithItsTermsInCapitals) {
  Imported work = import_file(kImportDir / "work-2.0.json");
  ASSERT_EQ(work.errors(), 0u);
  const CapturedDiagnostic* version = work.find("orcid.version-2");
  ASSERT_NE(version, nullptr);
  EXPECT_EQ(at(version), "1:1");
  EXPECT_EQ(version->message.rfind("this is an ORCID API 2.x document", 0), 0u) << version->message;
  ASSERT_EQ(work.cv.publications.size(), 1u);
  const Publication& paper = work.cv.publications[0];
  EXPECT_EQ(paper.type, "conference-paper");
  EXPECT_TRUE(paper.extra.empty()); // no extra.orcid.type "conference_paper"
  EXPECT_EQ(paper.doi, "10.5555/kiln.2016.7"); // not the preprint's, whose relationship is VERSION_OF
  EXPECT_EQ(paper.isbn, "9780306406157");      // PART_OF: the proceedings'
  ASSERT_EQ(paper.authors.size(), 2u);
  EXPECT_EQ(paper.authors[0].name, "Josiah Carberry"); // sequence FIRST, listed second
  EXPECT_TRUE(paper.authors[0].self);
  EXPECT_EQ(paper.authors[1].name, "Ada Kiln");
  EXPECT_EQ(paper.volume, "12"); // citation-type BIBTEX
  EXPECT_EQ(paper.pages, "40-48");

  Imported funding = import_file(kImportDir / "funding-2.0.json");
  ASSERT_EQ(funding.errors(), 0u);
  EXPECT_EQ(at(funding.find("orcid.version-2")), "1:1");
  ASSERT_EQ(funding.cv.funding.size(), 1u);
  EXPECT_EQ(funding.cv.funding[0].type, "salary-award");
  EXPECT_EQ(funding.cv.funding[0].role, "Co-PI"); // CO_LEAD
  EXPECT_EQ(funding.cv.funding[0].number, "PC-12");

  // A record whose affiliation lists are empty: its visibilities and types say 2.x.
  Imported record = import_file(kImportDir / "record-2.0.json");
  ASSERT_EQ(record.errors(), 0u);
  EXPECT_EQ(at(record.find("orcid.version-2")), "1:1");
  EXPECT_EQ(record.cv.person.name, "Josiah Carberry");
  ASSERT_EQ(record.cv.publications.size(), 1u);
  EXPECT_EQ(record.cv.publications[0].type, "journal-article");
  EXPECT_EQ(record.cv.publications[0].doi, "10.5555/kiln.2016.7");

  // 3.0's JSON writes the same terms in lower case, and is no 2.x document.
  EXPECT_EQ(import_file(kImportDir / "samples/record-full-3.0.json").find("orcid.version-2"), nullptr);
  EXPECT_EQ(import_file(kImportDir / "samples/write_samples/work-full-3.0.json").find("orcid.version-2"), nullptr);
}

// An API 1.x message in JSON ("message-version", "orcid-profile") is ORCID's, not a CV source
// with unknown fields: one error at its message version.
TEST(OrcidJsonImport, Version1MessageIsRefusedAtItsMessageVersion) {
  std::string text = cvport::testing::read_file(kImportDir / "message-1.2.json");
  EXPECT_TRUE(detect_orcid(text));
  Imported r = import_text(text);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].code, "orcid.version-1");
  EXPECT_EQ(r.diagnostics[0].path, "message-version"); // the host locates it: 2:3 (orcid_import_cli_test)
  EXPECT_EQ(r.diagnostics[0].message.rfind("this is an ORCID API 1.x document (message version 1.2), which cvport "
                                           "does not read: fetch the record from ORCID's API 3.0, "
                                           "https://pub.orcid.org/v3.0/0000-0002-1825-0097/record",
                                           0),
            0u)
      << r.diagnostics[0].message;
  EXPECT_EQ(orcid_json_root(Json::parse("{\"orcid-profile\": {}}")), "orcid-message");
}

// ORCID 3.0 writes a contributor once per CRediT role: one person, wherever a repeat of their iD
// stands, and next to each other under one name without an iD; a name that comes again further
// on without an iD is another person. An editor is no author. The work has no path (a member's
// write): its source, the researcher, is the CV's owner.
TEST(OrcidJsonImport, AContributorRepeatedPerRoleIsOneAuthor) {
  Imported r = import_file(kImportDir / "work-credit-roles.json");
  ASSERT_EQ(r.errors(), 0u);
  EXPECT_EQ(r.cv.person.orcid, "0000-0002-1825-0097");
  ASSERT_EQ(r.cv.publications.size(), 1u);
  const Publication& paper = r.cv.publications[0];
  std::vector<std::string> names;
  for (const Author& author : paper.authors) names.push_back(author.name + (author.self ? " (self)" : ""));
  EXPECT_EQ(names, (std::vector<std::string>{"Ada Kiln", "Wei Wang", "Josiah Carberry (self)", "Ming Vase", "Wei Wang"}));
  EXPECT_EQ(extra_members(paper.extra, "orcid")["contributors"],
            Json::parse(R"([{"name": "Amphora Urn", "roles": ["editor"]}])"));
  const CapturedDiagnostic* editor = r.find("orcid.not-an-author");
  ASSERT_NE(editor, nullptr);
  EXPECT_EQ(editor->path, "contributors.contributor[8]");
  EXPECT_EQ(editor->message, "contributors whose roles are not authorship (editor, chair-or-translator, assignee, "
                             "support-staff) are left out of the author list, which holds a work's authors only: they "
                             "are kept, with their roles, in extra.orcid.contributors");
  EXPECT_EQ(r.find("source.owner-not-author"), nullptr);

  // The same work in a bulk, as a member's client saves it (no paths): its source is the owner.
  Json bulk = {{"bulk", Json::array({{{"work", Json::parse(cvport::testing::read_file(kImportDir / "work-credit-roles.json"))}}})}};
  Imported in_bulk = import_text(bulk.dump(2));
  ASSERT_EQ(in_bulk.errors(), 0u);
  EXPECT_EQ(in_bulk.cv.person.orcid, "0000-0002-1825-0097");
  ASSERT_EQ(in_bulk.cv.publications.size(), 1u);
  EXPECT_EQ(to_json(in_bulk.cv.publications[0]), to_json(paper));
}

TEST(OrcidJsonImport, AnErrorDocumentIsRefusedWithWhatOrcidSaid) {
  Imported r = import_text("{\n  \"response-code\": 409,\n  \"developer-message\": \"409 Conflict: The ORCID record is "
                           "locked and cannot be edited.\",\n  \"user-message\": \"The ORCID record is locked.\",\n"
                           "  \"error-code\": 9018,\n  \"more-info\": \"https://members.orcid.org/api/resources/"
                           "troubleshooting\"\n}\n");
  const CapturedDiagnostic* error = r.find("orcid.error-document");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(error->message, "this is an ORCID error document, not a record: ORCID answered 409 (error 9018): 409 "
                            "Conflict: The ORCID record is locked and cannot be edited.");
  EXPECT_EQ(at(error), "1:1");
  EXPECT_EQ(r.errors(), 1u);
}

TEST(OrcidJsonImport, BadJsonIsRefusedAtItsCharacter) {
  Imported broken = import_text("{\n  \"path\": \"/0000-0002-1825-0097/works\",\n  \"group\": [,]\n}\n");
  const CapturedDiagnostic* error = broken.find("orcid.not-json");
  ASSERT_NE(error, nullptr);
  EXPECT_EQ(at(error), "3:13");
  EXPECT_EQ(error->message.rfind("not valid JSON: syntax error while parsing value", 0), 0u) << error->message;
  // Hostile nesting is refused, never a stack overflow.
  std::string deep = "{\"path\": \"/0000-0002-1825-0097/works\", \"group\": [";
  for (int i = 0; i < 100000; ++i) deep += "{\"a\": ";
  deep += "1" + std::string(100000, '}') + "]}";
  Imported too_deep = import_text(deep);
  ASSERT_NE(too_deep.find("orcid.too-deep"), nullptr);
  EXPECT_EQ(too_deep.errors(), 1u);
  Imported other = import_text("  {\"name\": \"not an ORCID document\"}");
  ASSERT_NE(other.find("orcid.not-orcid"), nullptr);
  EXPECT_EQ(at(other.find("orcid.not-orcid")), "1:3");
}

TEST(OrcidJsonImport, DetectionTakesOrcidJsonOnly) {
  for (const char* file : {"record.json", "record.min.json", "samples/error-3.0.json", "samples/record-full-3.0.json",
                           "samples/write_samples/work-full-3.0.json", "samples/write_samples/bulk-work-3.0.json"})
    EXPECT_TRUE(detect_orcid(cvport::testing::read_file(kImportDir / file))) << file;
  EXPECT_TRUE(detect_orcid("\xEF\xBB\xBF {\"path\": \"/0000-0002-1825-0097/educations\", \"affiliation-group\": []}"));
  EXPECT_TRUE(detect_orcid("{\"orcid-identifier\": {\"path\": \"0000-0002-1825-0097\"}}"));
  // Not ORCID: a path that does not start with an iD, a JSON Resume, a CV source, an array.
  EXPECT_FALSE(detect_orcid("{\"path\": \"/home/me/works\", \"group\": []}"));
  EXPECT_FALSE(detect_orcid("{\"basics\": {\"name\": \"A\"}, \"work\": [{\"name\": \"B\", \"position\": \"C\"}]}"));
  EXPECT_FALSE(
      detect_orcid("{\"person\": {\"name\": \"A\"}, \"publications\": [{\"title\": \"T\", \"type\": \"book\"}]}"));
  EXPECT_FALSE(detect_orcid("{\"title\": {\"title\": \"T\"}, \"type\": \"x\"}"));
  EXPECT_FALSE(detect_orcid("[{\"orcid-identifier\": {}}]"));
  EXPECT_FALSE(detect_orcid("{\"path\": \"/0000-0002-1825-0097/works\", "));
}

} // namespace
} // namespace cvport::orcid::testing
