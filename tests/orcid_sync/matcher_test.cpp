// The matcher: bundle items against the hand-written record (data/record.xml), whose own items
// are those of client APP-CVPORTTEST000001.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "item_fields.hpp"
#include "matcher.hpp"
#include "record_reader.hpp"
#include "test_paths.hpp"

namespace cvport::orcid {
namespace {

constexpr const char* kClient = "APP-CVPORTTEST000001";

Record fixture_record() {
  std::ifstream in(cvport::testing::source_dir() / "tests/orcid_sync/data/record.xml", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return read_record(bytes.str(), "record.xml");
}

// A bundle item as bundle_reader makes it, from a request body.
BundleItem item(const std::string& key, const std::string& type, const std::string& body, std::vector<SelfId> ids = {},
                bool ready = true) {
  BundleItem result;
  result.key = key;
  result.type = type;
  result.body = body;
  result.sha256 = "sha-of-" + key + "-" + std::to_string(body.size());
  result.self_ids = std::move(ids);
  result.ready = ready;
  result.create_path = "/v3.0/{orcid}/" + type;
  result.update_path = "/v3.0/{orcid}/" + type + "/{put-code}";
  pugi::xml_document document;
  document.load_string(body.c_str());
  result.summary_fields = summary_fields(document.document_element(), type);
  result.full_fields = all_fields(document.document_element());
  return result;
}

std::string work_body(const std::string& title, const std::string& key, const std::string& doi = "") {
  std::string ids;
  if (!doi.empty())
    ids += "<common:external-id><common:external-id-type>doi</common:external-id-type><common:external-id-value>" +
           doi + "</common:external-id-value><common:external-id-relationship>self</common:external-id-relationship>"
                 "</common:external-id>";
  ids += "<common:external-id><common:external-id-type>source-work-id</common:external-id-type>"
         "<common:external-id-value>" + key + "</common:external-id-value>"
         "<common:external-id-relationship>self</common:external-id-relationship></common:external-id>";
  return "<work:work xmlns:work=\"http://www.orcid.org/ns/work\" xmlns:common=\"http://www.orcid.org/ns/common\">"
         "<work:title><common:title>" + title + "</common:title></work:title>"
         "<work:journal-title>J. Examples</work:journal-title>"
         "<work:type>journal-article</work:type>"
         "<common:publication-date><common:year>2023</common:year></common:publication-date>"
         "<common:external-ids>" + ids + "</common:external-ids>"
         "<work:contributors/></work:work>";
}

BundleItem sparse(const std::string& title = "Sparse solvers") {
  return item("publication:sparse", "work", work_body(title, "publication:sparse", "10.1000/ABC.1"),
              {{"doi", "10.1000/ABC.1", "10.1000/abc.1"}, {"source-work-id", "publication:sparse", "publication:sparse"}});
}

BundleItem keyword(const std::string& text) {
  return item("keyword:" + std::string("machine learning"), "keyword",
              "<keyword:keyword xmlns:keyword=\"http://www.orcid.org/ns/keyword\"><keyword:content>" + text +
                  "</keyword:content></keyword:keyword>");
}

Bundle bundle_of(std::vector<BundleItem> items) {
  Bundle bundle;
  bundle.orcid = "0000-0002-1825-0097";
  bundle.authoritative = {{"work", {"publication"}}, {"keyword", {"keyword"}}, {"address", {"address"}},
                          {"education", {"education"}}};
  bundle.items = std::move(items);
  return bundle;
}

const PlanEntry& entry_of(const Plan& plan, const std::string& key) {
  for (const PlanEntry& entry : plan.entries)
    if (entry.key == key) return entry;
  throw std::runtime_error("no plan entry " + key);
}

class JournalFile : public ::testing::Test {
protected:
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("cvport-matcher-" + std::to_string(::getpid()) + ".json");
  void TearDown() override { std::filesystem::remove(path); }
};

TEST(Matcher, AMatchedItemWhoseSummaryDiffersIsAnUpdateNamingTheField) {
  Bundle bundle = bundle_of({sparse("Sparse solvers, revised")});
  Plan plan = make_plan(bundle, fixture_record(), kClient, nullptr, false);
  const PlanEntry& entry = entry_of(plan, "publication:sparse");
  EXPECT_EQ(entry.action, Action::update);
  EXPECT_EQ(entry.put_code, "101");
  EXPECT_EQ(entry.basis, UpdateBasis::summary);
  EXPECT_EQ(entry.reason, "the record shows a different journal-title, title");
}

TEST_F(JournalFile, TheJournalDecidesWhatTheSummaryCannotShow) {
  // The record's summary has no journal-title; a body without one matches the summary.
  BundleItem work = sparse();
  work.body = work_body("Sparse solvers", "publication:sparse", "10.1000/ABC.1");
  pugi::xml_document document;
  document.load_string(work.body.c_str());
  document.document_element().remove_child("work:journal-title");
  work.summary_fields = summary_fields(document.document_element(), "work");
  Bundle bundle = bundle_of({work});
  Record record = fixture_record();

  // No journal entry: the rest of the body is unknown, sync compares the full item.
  std::string warning;
  Journal journal(path, "0000-0002-1825-0097", warning);
  EXPECT_EQ(entry_of(make_plan(bundle, record, kClient, &journal, false), work.key).basis, UpdateBasis::unknown);

  std::string error;
  ASSERT_TRUE(journal.record(work.key, {"work", "create", "101", work.sha256, "201", true}, error)) << error;
  EXPECT_EQ(entry_of(make_plan(bundle, record, kClient, &journal, false), work.key).action, Action::unchanged);

  ASSERT_TRUE(journal.record(work.key, {"work", "update", "101", "an older body", "200", true}, error)) << error;
  const PlanEntry changed = entry_of(make_plan(bundle, record, kClient, &journal, false), work.key);
  EXPECT_EQ(changed.action, Action::update);
  EXPECT_EQ(changed.basis, UpdateBasis::journal);

  // A journal entry of another put-code (the item was deleted and made again) does not count.
  ASSERT_TRUE(journal.record(work.key, {"work", "create", "999", work.sha256, "201", true}, error)) << error;
  EXPECT_EQ(entry_of(make_plan(bundle, record, kClient, &journal, false), work.key).basis, UpdateBasis::unknown);

  // The journal survives a reload.
  Journal reloaded(path, "0000-0002-1825-0097", warning);
  ASSERT_NE(reloaded.last_success(work.key), nullptr);
  EXPECT_EQ(reloaded.last_success(work.key)->put_code, "999");
  Journal other_person(path, "0000-0001-5109-3700", warning);
  EXPECT_EQ(other_person.last_success(work.key), nullptr);
  EXPECT_NE(warning.find("a journal of another ORCID iD"), std::string::npos);
}

TEST(Matcher, AnotherSourcesItemWithTheSameNormalisedDoiIsAConflict) {
  BundleItem work = item("publication:also", "work", work_body("A paper cvport also lists", "publication:also",
                                                               "https://doi.org/10.1000/other.7"),
                         {{"doi", "https://doi.org/10.1000/other.7", "10.1000/other.7"},
                          {"source-work-id", "publication:also", "publication:also"}});
  Plan plan = make_plan(bundle_of({work}), fixture_record(), kClient, nullptr, false);
  const PlanEntry& entry = entry_of(plan, "publication:also");
  EXPECT_EQ(entry.action, Action::conflict);
  EXPECT_EQ(entry.put_code, "202");
  EXPECT_EQ(entry.reason, "the record has it from another source (Crossref, put-code 202): left alone");
}

TEST(Matcher, AnOwnItemIsMatchedBeforeAnotherSourcesCopy) {
  // 201 (Crossref) has the same DOI as own 101: the own item wins, no conflict.
  Plan plan = make_plan(bundle_of({sparse()}), fixture_record(), kClient, nullptr, false);
  EXPECT_EQ(entry_of(plan, "publication:sparse").put_code, "101");
  EXPECT_NE(entry_of(plan, "publication:sparse").action, Action::conflict);
}

TEST(Matcher, AReKeyedItemIsMatchedByItsIdentifierNotCreatedAgain) {
  BundleItem work = item("publication:renamed", "work", work_body("Sparse solvers", "publication:renamed", "10.1000/abc.1"),
                         {{"doi", "10.1000/abc.1", "10.1000/abc.1"},
                          {"source-work-id", "publication:renamed", "publication:renamed"}});
  Plan plan = make_plan(bundle_of({work}), fixture_record(), kClient, nullptr, false);
  const PlanEntry& entry = entry_of(plan, "publication:renamed");
  EXPECT_EQ(entry.action, Action::update);
  EXPECT_EQ(entry.put_code, "101");
}

TEST(Matcher, PersonItemsMatchByNormalisedValue) {
  Plan same = make_plan(bundle_of({keyword("Machine  Learning")}), fixture_record(), kClient, nullptr, false);
  EXPECT_EQ(entry_of(same, "keyword:machine learning").put_code, "103");
  EXPECT_EQ(entry_of(same, "keyword:machine learning").basis, UpdateBasis::unknown); // no journal
  Plan recased = make_plan(bundle_of({keyword("Machine Learning")}), fixture_record(), kClient, nullptr, false);
  EXPECT_EQ(entry_of(recased, "keyword:machine learning").action, Action::update);
  EXPECT_EQ(entry_of(recased, "keyword:machine learning").basis, UpdateBasis::summary);
}

TEST(Matcher, TheResearchersOwnWebPageIsAConflictNotACreate) {
  BundleItem url = item("researcher-url:example.org/~jc", "researcher-url",
                        "<researcher-url:researcher-url xmlns:researcher-url=\"http://www.orcid.org/ns/researcher-url\">"
                        "<researcher-url:url-name>Homepage</researcher-url:url-name>"
                        "<researcher-url:url>http://example.org/~jc</researcher-url:url></researcher-url:researcher-url>");
  Plan plan = make_plan(bundle_of({url}), fixture_record(), kClient, nullptr, false);
  EXPECT_EQ(entry_of(plan, url.key).action, Action::conflict);
  EXPECT_EQ(entry_of(plan, url.key).put_code, "301");
}

TEST(Matcher, NewAndNotReadyItems) {
  BundleItem fresh = item("publication:fresh", "work", work_body("Fresh", "publication:fresh"),
                          {{"source-work-id", "publication:fresh", "publication:fresh"}});
  BundleItem waiting = item("work:job", "employment", "<employment:employment xmlns:employment=\"x\"/>", {}, false);
  Plan plan = make_plan(bundle_of({fresh, waiting}), fixture_record(), kClient, nullptr, false);
  EXPECT_EQ(entry_of(plan, "publication:fresh").action, Action::create);
  EXPECT_EQ(entry_of(plan, "work:job").action, Action::not_ready);
}

TEST(Matcher, OwnItemsWithoutAMatchAreDeletedOnlyWhenAuthoritativeAndAsked) {
  Bundle bundle = bundle_of({sparse(), keyword("Machine  Learning")});
  Plan kept = make_plan(bundle, fixture_record(), kClient, nullptr, false);
  Plan deleting = make_plan(bundle, fixture_record(), kClient, nullptr, true);
  std::vector<std::string> kept_lines, deleting_lines;
  for (const PlanEntry& entry : kept.entries)
    if (!entry.item) kept_lines.push_back(action_name(entry.action) + " " + entry.put_code + " " + entry.key);
  for (const PlanEntry& entry : deleting.entries)
    if (!entry.item) deleting_lines.push_back(action_name(entry.action) + " " + entry.put_code + " " + entry.key);
  // Never the items of Crossref (201, 202) or of the researcher (301).
  EXPECT_EQ(kept_lines, (std::vector<std::string>{"kept 104 address:us", "kept 102 education:phd",
                                                  "kept 107 funding:nsf-pots", "kept 105 publication:gone",
                                                  "kept 106 media:podcast"}));
  EXPECT_EQ(deleting_lines, (std::vector<std::string>{"delete 104 address:us", "delete 102 education:phd",
                                                      "kept 107 funding:nsf-pots", "delete 105 publication:gone",
                                                      "kept 106 media:podcast"}));
  EXPECT_EQ(entry_of(deleting, "media:podcast").reason,
            "not in the bundle, but the bundle is not authoritative for work items of kind media");
}

// Funding (a type the plugin may not write yet) is matched like any activity: by the key in
// its source-work-id, compared by the fields of ORCID's funding-summary.
std::string funding_body(const std::string& title, const std::string& amount) {
  return "<funding:funding xmlns:funding=\"http://www.orcid.org/ns/funding\" xmlns:common=\"http://www.orcid.org/ns/common\">"
         "<funding:type>grant</funding:type><funding:title><common:title>" + title + "</common:title></funding:title>"
         "<funding:amount currency-code=\"USD\">" + amount + "</funding:amount>"
         "<common:external-ids><common:external-id><common:external-id-type>grant_number</common:external-id-type>"
         "<common:external-id-value>CCF-0000001</common:external-id-value>"
         "<common:external-id-relationship>self</common:external-id-relationship></common:external-id>"
         "<common:external-id><common:external-id-type>source-work-id</common:external-id-type>"
         "<common:external-id-value>funding:nsf-pots</common:external-id-value>"
         "<common:external-id-relationship>self</common:external-id-relationship></common:external-id>"
         "</common:external-ids><common:start-date><common:year>2021</common:year></common:start-date>"
         "<common:organization><common:name>National Science Foundation</common:name><common:address>"
         "<common:city>Alexandria</common:city><common:region>VA</common:region><common:country>US</common:country>"
         "</common:address></common:organization></funding:funding>";
}

TEST(Matcher, FundingIsMatchedAndComparedLikeAnyActivity) {
  std::vector<SelfId> ids = {{"grant_number", "CCF-0000001", "CCF-0000001"},
                             {"source-work-id", "funding:nsf-pots", "funding:nsf-pots"}};
  Record record = fixture_record();
  // The amount is not in the summary: only the journal (or the full item) can tell.
  Plan same = make_plan(bundle_of({item("funding:nsf-pots", "funding", funding_body("Cracks in pots", "90000"), ids)}),
                        record, kClient, nullptr, false);
  EXPECT_EQ(entry_of(same, "funding:nsf-pots").put_code, "107");
  EXPECT_EQ(entry_of(same, "funding:nsf-pots").basis, UpdateBasis::unknown);
  Plan retitled = make_plan(bundle_of({item("funding:nsf-pots", "funding", funding_body("Cracked pots", "90000"), ids)}),
                            record, kClient, nullptr, false);
  EXPECT_EQ(entry_of(retitled, "funding:nsf-pots").basis, UpdateBasis::summary);
  EXPECT_EQ(entry_of(retitled, "funding:nsf-pots").reason, "the record shows a different title");
}

TEST(Matcher, WithoutTheClientIdNothingIsOwn) {
  Plan plan = make_plan(bundle_of({sparse()}), fixture_record(), "APP-SOMEONEELSE0001", nullptr, true);
  EXPECT_EQ(entry_of(plan, "publication:sparse").action, Action::conflict); // Crossref's 201 has the DOI
  for (const PlanEntry& entry : plan.entries) EXPECT_NE(entry.action, Action::remove);
}

} // namespace
} // namespace cvport::orcid
