// The record reader against a hand-written record (data/record.xml, valid against ORCID's
// record-3.0.xsd: see the test orcid-sync.fixtures-valid) and its JSON form (data/record.json,
// written from it by tests/plugins/orcid/import/xml_to_orcid_json.py, which renders XML in the
// shapes of ORCID's own JSON samples).
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "cvport/exit_codes.hpp"
#include "record_reader.hpp"
#include "test_paths.hpp"

namespace cvport::orcid {
namespace {

std::string fixture(const std::string& name, const std::string& folder = "tests/orcid_sync/data") {
  std::ifstream in(cvport::testing::source_dir() / folder / name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

const RecordItem& by_put_code(const Record& record, const std::string& put_code) {
  for (const RecordItem& item : record.items)
    if (item.put_code == put_code) return item;
  throw std::runtime_error("no item with put-code " + put_code);
}

bool has_field(const RecordItem& item, const std::string& line) {
  return std::find(item.summary_fields.begin(), item.summary_fields.end(), line) != item.summary_fields.end();
}

TEST(RecordReader, ReadsTheIdAndEveryItemWithAPutCodeAndASource) {
  Record record = read_record(fixture("record.xml"), "record.xml");
  EXPECT_EQ(record.orcid, "0000-0002-1825-0097");
  std::vector<std::string> seen;
  for (const RecordItem& item : record.items) seen.push_back(item.type + " " + item.put_code);
  EXPECT_EQ(seen, (std::vector<std::string>{"researcher-url 301", "address 104", "keyword 103", "education 102",
                                            "funding 107", "work 101", "work 201", "work 202", "work 105", "work 106"}));
}

TEST(RecordReader, AnOwnWorkHasItsClientItsKeyAndItsNormalisedSelfIds) {
  Record record = read_record(fixture("record.xml"), "record.xml");
  const RecordItem& work = by_put_code(record, "101");
  EXPECT_EQ(work.client_id, "APP-CVPORTTEST000001");
  EXPECT_EQ(work.source_name, "cvport test");
  EXPECT_EQ(work.key, "publication:sparse");
  EXPECT_EQ(work.title, "Sparse solvers");
  ASSERT_EQ(work.self_ids.size(), 2u);
  EXPECT_EQ(work.self_ids[0].type, "doi");
  EXPECT_EQ(work.self_ids[0].value, "10.1000/ABC.1");
  EXPECT_EQ(work.self_ids[0].normalized, "10.1000/abc.1");
  // The summary's fields, without what ORCID adds (dates, source, the normalised id).
  EXPECT_TRUE(has_field(work, "title=|title:Sparse solvers"));
  EXPECT_TRUE(has_field(work, "type=journal-article"));
  EXPECT_TRUE(has_field(work, "publication-date=|year:2023"));
  EXPECT_TRUE(has_field(work, "external-ids=|external-id-type:doi|external-id-value:10.1000/ABC.1|"
                              "external-id-relationship:self"));
  for (const std::string& line : work.summary_fields) {
    EXPECT_EQ(line.find("created-date"), std::string::npos) << line;
    EXPECT_EQ(line.find("normalized"), std::string::npos) << line;
  }
}

TEST(RecordReader, PersonItemsAreKeyedByTheirNormalisedValue) {
  Record record = read_record(fixture("record.xml"), "record.xml");
  EXPECT_EQ(by_put_code(record, "103").key, "keyword:machine learning");
  EXPECT_EQ(by_put_code(record, "104").key, "address:us");
  const RecordItem& url = by_put_code(record, "301");
  EXPECT_EQ(url.key, "researcher-url:example.org/~jc");
  EXPECT_EQ(url.client_id, ""); // entered by the researcher (source-orcid)
  EXPECT_EQ(url.source_name, "Josiah Carberry");
}

TEST(RecordReader, AnAffiliationSummaryIsAnItemOfItsSection) {
  Record record = read_record(fixture("record.xml"), "record.xml");
  const RecordItem& education = by_put_code(record, "102");
  EXPECT_EQ(education.type, "education");
  EXPECT_EQ(education.key, "education:phd");
  EXPECT_EQ(education.title, "PhD");
  EXPECT_TRUE(has_field(education, "role-title=PhD"));
  EXPECT_TRUE(has_field(education, "end-date=|year:2020"));
}

TEST(RecordReader, MalformedXmlIsRefusedWithLineAndColumn) {
  try {
    read_record("<record:record>\n  <a>\n</record:record>", "broken.xml");
    FAIL() << "no error";
  } catch (const SyncError& error) {
    EXPECT_EQ(error.status, exit_code::invalid_input);
    EXPECT_EQ(std::string(error.what()).rfind("broken.xml: line 3, column 3: not well-formed XML", 0), 0u) << error.what();
  }
}

TEST(RecordReader, AnotherDocumentIsNotARecord) {
  try {
    read_record("<?xml version=\"1.0\"?>\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\"/>", "work.xml");
    FAIL() << "no error";
  } catch (const SyncError& error) {
    EXPECT_EQ(error.status, exit_code::invalid_input);
    EXPECT_NE(std::string(error.what()).find("work.xml: line 2, column 1: expected an ORCID record"), std::string::npos)
        << error.what();
  }
}

// Everything the matcher uses, one line per item.
std::vector<std::string> described(const Record& record) {
  std::vector<std::string> lines{"orcid " + record.orcid};
  for (const RecordItem& item : record.items) {
    std::string line = item.type + " " + item.put_code + " client=" + item.client_id + " source=" + item.source_name +
                       " title=" + item.title + " key=" + item.key;
    for (const SelfId& id : item.self_ids) line += " id=" + id.type + ":" + id.value + ":" + id.normalized;
    for (const std::string& field : item.summary_fields) line += " field=" + field;
    lines.push_back(line);
  }
  return lines;
}

TEST(RecordReader, TheJsonRecordGivesTheItemsOfTheXmlRecord) {
  Record from_xml = read_record(fixture("record.xml"), "record.xml");
  Record from_json = read_record(fixture("record.json"), "record.json");
  ASSERT_EQ(from_json.items.size(), 10u);
  EXPECT_EQ(described(from_json), described(from_xml));
  EXPECT_EQ(by_put_code(from_json, "101").key, "publication:sparse");
  EXPECT_EQ(by_put_code(from_json, "101").client_id, "APP-CVPORTTEST000001");
}

void expect_refused(const std::string& text, const std::string& where, const std::string& message) {
  try {
    read_record(text, where);
    FAIL() << "no error for " << text;
  } catch (const SyncError& error) {
    EXPECT_EQ(error.status, exit_code::invalid_input);
    EXPECT_EQ(std::string(error.what()), message);
  }
}

// At the character where the parser stops, as the ORCID importer places orcid.not-json: the "}"
// that ends the literal "nul".
TEST(RecordReader, MalformedJsonIsRefusedWithLineAndColumn) {
  expect_refused("\n  {\"path\": \"/0000-0002-1825-0097\",\n   \"person\": nul}", "broken.json",
                 "broken.json: line 3, column 17: not valid JSON: syntax error while parsing value - invalid literal; "
                 "last read: '\"person\": nul}'");
}

TEST(RecordReader, AnotherJsonDocumentIsNotARecord) {
  expect_refused("{\"path\": \"/0000-0002-1825-0097/works\", \"group\": []}", "works.json",
                 "works.json: line 1, column 1: expected an ORCID record (GET /v3.0/{orcid}/record, with \"path\": "
                 "\"/<iD>\" or \"orcid-identifier\"), found an ORCID \"works\" document");
  expect_refused("  {\"basics\": {\"name\": \"A\"}}", "resume.json",
                 "resume.json: line 1, column 3: expected an ORCID record (GET /v3.0/{orcid}/record, with \"path\": "
                 "\"/<iD>\" or \"orcid-identifier\"), found JSON that is no ORCID document");
}

// The ORCID importer's API 2.0 fixtures (the shapes of ORCID-Source's 2.0 record: affiliation
// summaries straight in their lists; in JSON, terms in capitals: "SELF", "JOURNAL_ARTICLE").
// Planned as if 3.0, the JSON record's "SELF" ids matched nothing and a sync would add every work
// again; the plan is refused, at the document element, with the address of the 3.0 record.
TEST(RecordReader, ARecordOfApi2IsRefusedAtItsDocumentElement) {
  const std::string import_fixtures = "tests/plugins/orcid/import";
  const std::string tail =
      "this is an ORCID API 2.x record, and a sync compares the CV with the record of API 3.0, which it writes "
      "to: fetch GET /v3.0/{orcid}/record and plan with that";
  expect_refused(fixture("record-2.0.json", import_fixtures), "record-2.0.json",
                 "record-2.0.json: line 1, column 1: " + tail);
  expect_refused(fixture("record-2.0.xml", import_fixtures), "record-2.0.xml",
                 "record-2.0.xml: line 2, column 1: " + tail);
  // A declared version decides, and is named.
  expect_refused("<?xml version=\"1.0\"?>\n\n  <record:record xmlns:record=\"http://www.orcid.org/ns/record\" "
                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                 "xsi:schemaLocation=\"http://www.orcid.org/ns/record ../record-2.1.xsd\"/>",
                 "declared.xml",
                 "declared.xml: line 3, column 3: this is an ORCID API 2.1 record, and a sync compares the CV with "
                 "the record of API 3.0, which it writes to: fetch GET /v3.0/{orcid}/record and plan with that");
}

// The 3.0 fixtures stay readable (the tests above), and so does a 3.0_rc1 record, which ORCID-Source
// itself wrote with ungrouped affiliations and which declares its version.
TEST(RecordReader, ARecordThatDeclaresApi3IsRead) {
  Record record = read_record(
      "<record:record xmlns:record=\"http://www.orcid.org/ns/record\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://www.orcid.org/ns/record ../record-3.0_rc1.xsd\" path=\"/0000-0002-1825-0097\">"
      "<activities-summary><employments><employment-summary put-code=\"7\"><source/></employment-summary>"
      "</employments></activities-summary></record:record>",
      "rc1.xml");
  EXPECT_EQ(record.orcid, "0000-0002-1825-0097");
  ASSERT_EQ(record.items.size(), 1u);
  EXPECT_EQ(record.items[0].type, "employment");
}

} // namespace
} // namespace cvport::orcid
