// Identity across exports and inside one bundle: keys from `id`, identifiers normalised and
// compared the way ORCID compares them, collisions and duplicate person items.
#include <regex>
#include <set>

#include "cvport/text.hpp"
#include "identity.hpp"
#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

// The key of the export's first item.
std::string first_key(const MemoryHost& host) { return manifest_of(host)["items"][0]["key"]; }

std::vector<std::string> source_work_ids(const MemoryHost& host, const std::string& file) {
  std::vector<std::string> values;
  pugi::xml_document document = parse_xml(host.outputs.at(file));
  for (pugi::xpath_node id : document.select_nodes(
           "//common:external-id[common:external-id-type='source-work-id']/common:external-id-value"))
    values.push_back(id.node().text().get());
  return values;
}

TEST(OrcidIdentity, AnEntryWithAnIdKeepsItsKeyWhenTitleAndYearChange) {
  Cv cv = minimal_cv();
  cv.talks = {Talk{.id = "hpdc-keynote", .title = "Cost-efficient systems", .date = {2024}}};
  auto before = export_bundle(cv);
  cv.talks[0].title = "Cost-Efficient Serverless Systems";
  cv.talks[0].date = {2025, 3};
  auto after = export_bundle(cv);
  EXPECT_EQ(first_key(*before), "talk:hpdc-keynote");
  EXPECT_EQ(first_key(*after), "talk:hpdc-keynote");
  EXPECT_EQ(source_work_ids(*after, "works/work-001.xml"),
            std::vector<std::string>{"talk:hpdc-keynote"});
  // The body changed, so its hash did: a client updates the item rather than recreating it.
  EXPECT_NE(manifest_of(*before)["items"][0]["sha256"], manifest_of(*after)["items"][0]["sha256"]);
  EXPECT_FALSE(after->has_diagnostic("orcid.no-entry-id"));
}

TEST(OrcidIdentity, AnAffiliationWithAnIdKeepsItsKeyWhenRoleAndYearChange) {
  Cv cv = minimal_cv();
  cv.work = {Work{.id = "job-acme",
                  .organization = {.name = "Acme", .city = "Paris", .country = "FR"},
                  .position = "Engineer",
                  .start = {2020}}};
  std::string before = first_key(*export_bundle(cv));
  cv.work[0].position = "Senior Engineer";
  cv.work[0].start = {2019, 6};
  EXPECT_EQ(before, "work:job-acme");
  EXPECT_EQ(first_key(*export_bundle(cv)), "work:job-acme");
}

TEST(OrcidIdentity, WithoutAnIdTheKeyFollowsTitleAndOneNoteNamesTheEntries) {
  Cv cv = minimal_cv();
  cv.talks = {Talk{.title = "Cost-efficient systems", .date = {2024}},
              Talk{.id = "given", .title = "Another talk", .date = {2024}}};
  cv.certificates = {Certificate{.name = "Carpentries instructor", .date = {2021}, .issuer = "TC"}};
  auto host = export_bundle(cv);
  std::string before = first_key(*host);
  EXPECT_EQ(before.rfind("talk:2024-", 0), 0u) << before;
  auto notes = diagnostics_with(*host, "orcid.no-entry-id");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]->path, "talks[0]");
  EXPECT_EQ(notes[0]->severity, CVPORT_SEVERITY_NOTE);
  EXPECT_EQ(notes[0]->message,
            "2 entries have no `id`, so their ORCID key is made from kind, year and title, and "
            "editing those makes a new ORCID item (a sync deletes the old one, with its "
            "visibility settings): add `id: a-name-of-your-own` to talks[0], certificates[0]");
  cv.talks[0].title = "Cost-Efficient Systems, revised";
  EXPECT_NE(first_key(*export_bundle(cv)), before);
}

TEST(OrcidIdentity, AddingADoiLaterKeepsTheKeyAndAddsTheDoi) {
  Cv cv = minimal_cv();
  cv.publications = {publication("li2023sparse", "Sparse solvers", 2023)};
  Json before = manifest_of(*export_bundle(cv))["items"][0];
  cv.publications[0].doi = "10.1145/3581784.3607034";
  Json after = manifest_of(*export_bundle(cv))["items"][0];
  EXPECT_EQ(before["key"], "publication:li2023sparse");
  EXPECT_EQ(after["key"], "publication:li2023sparse");
  EXPECT_EQ(after["self_ids"],
            Json::array({{{"type", "doi"},
                          {"value", "10.1145/3581784.3607034"},
                          {"normalized", "10.1145/3581784.3607034"}},
                         {{"type", "source-work-id"},
                          {"value", "publication:li2023sparse"},
                          {"normalized", "publication:li2023sparse"}}}));
}

// A paper's arXiv and PubMed ids are its own (self); an ISBN is the book's: self on a book,
// part-of on a paper in the book's proceedings, so that two papers of one volume are not taken
// for one work (ORCID's rule, WorkGroup.java). Values as ORCID's records hold them.
TEST(OrcidIdentity, ArxivPubmedAndIsbnBecomeExternalIds) {
  Cv cv = minimal_cv();
  cv.publications = {publication("paper-a", "Paper A", 2023), publication("paper-b", "Paper B", 2023),
                     publication("book", "The Book", 2023)};
  cv.publications[0].type = "conference-paper";
  cv.publications[0].arxiv = "2303.12345v2";
  cv.publications[0].pmid = "31452104";
  cv.publications[0].isbn = "978-0-262-04630-5";
  cv.publications[1].type = "conference-paper";
  cv.publications[1].isbn = "978-0-262-04630-5";
  cv.publications[2].type = "book";
  cv.publications[2].isbn = "978-0-262-04630-5";
  auto host = export_bundle(cv);
  EXPECT_FALSE(host->has_diagnostic("orcid.duplicate-identifier"));
  auto ids_of = [&](const std::string& file) {
    std::vector<std::string> ids;
    pugi::xml_document document = parse_xml(host->outputs.at(file));
    for (pugi::xpath_node id : document.select_nodes("//common:external-id"))
      ids.push_back(child_text(id.node(), "common:external-id-type") + " " +
                    child_text(id.node(), "common:external-id-value") + " " +
                    child_text(id.node(), "common:external-id-url") + " " +
                    child_text(id.node(), "common:external-id-relationship"));
    return ids;
  };
  EXPECT_EQ(ids_of("works/work-001.xml"),
            (std::vector<std::string>{"source-work-id publication:paper-a  self",
                                      "arxiv arXiv:2303.12345v2 https://arxiv.org/abs/2303.12345v2 self",
                                      "pmid 31452104 https://pubmed.ncbi.nlm.nih.gov/31452104/ self",
                                      "isbn 978-0-262-04630-5  part-of"}));
  EXPECT_EQ(ids_of("works/work-002.xml"),
            (std::vector<std::string>{"source-work-id publication:paper-b  self", "isbn 978-0-262-04630-5  part-of"}));
  EXPECT_EQ(ids_of("works/work-003.xml"),
            (std::vector<std::string>{"source-work-id publication:book  self", "isbn 978-0-262-04630-5  self"}));
  // Compared as ORCID's normalisers compare them.
  EXPECT_EQ(normalized_id_value({"arxiv", "https://arxiv.org/abs/2303.12345v2", "", "self"}), "arxiv:2303.12345v2");
  EXPECT_EQ(normalized_id_value({"pmid", "PMID: 31452104", "", "self"}), "31452104");
  EXPECT_EQ(normalized_id_value({"isbn", "978-0-262-04630-5", "", "self"}), "9780262046305");
}

TEST(OrcidIdentity, DoisAreNormalisedAsOrcidNormalisesThem) {
  EXPECT_EQ(normalized_doi("10.1145/ABC.123"), "10.1145/abc.123");
  EXPECT_EQ(normalized_doi("https://doi.org/10.1145/abc.123"), "10.1145/abc.123");
  EXPECT_EQ(normalized_doi("doi:10.5281/Zenodo.42 "), "10.5281/zenodo.42");
  EXPECT_EQ(normalized_doi("not a doi"), "");
  EXPECT_EQ(normalized_id_value({"uri", "Example.org/Page", "", "self"}), "http://example.org/page");
  EXPECT_EQ(normalized_id_value({"source-work-id", "talk:A", "", "self"}), "talk:A");
}

// A url that only links to the DOI at its resolver, however written, is the DOI's link.
TEST(OrcidIdentity, ADoiLinkIsKnownInEverySpelling) {
  EXPECT_TRUE(is_doi_link("https://doi.org/10.5555/abc.1", "10.5555/abc.1"));
  EXPECT_TRUE(is_doi_link("http://dx.doi.org/10.5555/abc.1", "10.5555/abc.1"));
  EXPECT_TRUE(is_doi_link(" HTTPS://www.DOI.org/10.5555/ABC.1/ ", "10.5555/abc.1"));
  EXPECT_TRUE(is_doi_link("https://doi.org/10.5555%2Fabc%2e1", "10.5555/ABC.1"));
  EXPECT_TRUE(is_doi_link("https://doi.org/10.1002/%28SICI%29%3C3::AID%3E", "10.1002/(sici)<3::aid>"));
  EXPECT_FALSE(is_doi_link("https://doi.org/10.5555/abc.10", "10.5555/abc.1"));     // another DOI
  EXPECT_FALSE(is_doi_link("https://doi.org/10.5555/abc.1?lang=en", "10.5555/abc.1")); // more than the DOI
  EXPECT_FALSE(is_doi_link("https://example.org/10.5555/abc.1", "10.5555/abc.1"));  // not the resolver
  EXPECT_FALSE(is_doi_link("https://notdoi.org/10.5555/abc.1", "10.5555/abc.1"));
  EXPECT_FALSE(is_doi_link("https://doi.org/", ""));
  EXPECT_FALSE(is_doi_link("https://doi.org/10.5555/abc.1%", "10.5555/abc.1"));
}

// normalized_doi scans by hand for speed; DOINormalizer's pattern, run by std::regex, is the
// reference it must agree with on every input, the awkward ones included.
TEST(OrcidIdentity, TheDoiScannerFindsWhatOrcidsPatternFinds) {
  const std::regex pattern(R"(10(\.[0-9a-z]+)+/(?:(?!["&'])\S)+)");
  const char* inputs[] = {"10.1145/ABC.123", "https://doi.org/10.1145/abc.123", "doi:10.5281/Zenodo.42 ",
                          "not a doi", "", "10", "10.", "10./x", "10.1000/", "10.1000", "110.1000/x",
                          "10.ab_c/x 10.5/y", "x 10.12 then 10.5/y", "10.1000.x.y/z", "10..1000/x", "10.1000//x",
                          "10.1000/a\"b", "10.1000/a&b", "10.1000/a'b", "10.1000/a\tb", "10.1000/a\vb",
                          "10.1000/é-ü", "10.1000/x\n10.2000/y", "1010.1000/x", "10.1000/1", "10.-1/x",
                          "10.1000/(SICI)0001-4842(199807)31:7<373::AID-AR4>2.0.CO;2-A", "http://dx.doi.org/10.13039/100000001"};
  for (const char* input : inputs) {
    std::string lower = lower_ascii(input);
    std::smatch match;
    std::string expected = std::regex_search(lower, match, pattern) ? match.str(0) : "";
    EXPECT_EQ(normalized_doi(input), expected) << "input: " << input;
  }
  EXPECT_EQ(normalized_doi("10.ab_c/x 10.5/y"), "10.5/y");
  EXPECT_EQ(normalized_doi("10.1000/a\"b"), "10.1000/a");
}

TEST(OrcidIdentity, ADoiInWhichOrcidFindsNoDoiIsLeftOut) {
  Cv cv = minimal_cv();
  cv.publications = {publication("a", "Paper A", 2023)};
  cv.publications[0].doi = "see the publisher's page";
  auto host = export_bundle(cv);
  auto warnings = diagnostics_with(*host, "orcid.bad-doi");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0]->path, "publications[0].doi");
  EXPECT_EQ(warnings[0]->message,
            "not a DOI ORCID recognises (10.<registrant>/<suffix>): left out");
  EXPECT_EQ(manifest_of(*host)["items"][0]["self_ids"].size(), 1u); // the key only
}

TEST(OrcidIdentity, TwoSpellingsOfOneDoiGiveOneReadyWorkAndOneThatWaits) {
  Cv cv = minimal_cv();
  cv.publications = {publication("a", "Paper A", 2023), publication("b", "Paper B", 2023)};
  cv.publications[0].doi = "10.1145/ABC.123";
  cv.publications[1].doi = "https://doi.org/10.1145/abc.123";
  auto host = export_bundle(cv);
  Json items = manifest_of(*host)["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["ready"], true);
  EXPECT_EQ(items[0]["self_ids"][0]["value"], "10.1145/abc.123"); // sent as ORCID stores it
  EXPECT_EQ(items[1]["ready"], false);
  EXPECT_EQ(items[1]["body"], "incomplete/works/work-001.xml");
  auto warnings = diagnostics_with(*host, "orcid.duplicate-identifier");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0]->path, "publications[1].doi");
  EXPECT_EQ(warnings[0]->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(warnings[0]->message,
            "ORCID sees the same doi \"10.1145/abc.123\" as publications[0], so it would refuse "
            "one of the two as a duplicate: this entry is not sent; if it is the same item remove "
            "one, otherwise correct the doi");
  EXPECT_EQ(items[1]["reasons"],
            Json::array({{{"rule", "duplicate-self-id"},
                          {"path", "publications[1].doi"},
                          {"fix", warnings[0]->message}}}));
  // Only the ready work is in the bulk.
  Json bulks = manifest_of(*host)["bulks"];
  ASSERT_EQ(bulks.size(), 1u);
  EXPECT_EQ(bulks[0]["keys"], Json::array({"publication:a"}));
  pugi::xml_document bulk = parse_xml(host->outputs.at("works/bulk-001.xml"));
  EXPECT_EQ(works_of(bulk).size(), 1u);
}

TEST(OrcidIdentity, TwoPapersOnOnePageWithoutDoiCollideOnTheirUri) {
  Cv cv = minimal_cv();
  cv.publications = {publication("a", "Paper A", 2023), publication("b", "Paper B", 2023)};
  cv.publications[0].url = "https://proceedings.example.org/2023";
  cv.publications[1].url = "https://Proceedings.example.org/2023";
  auto host = export_bundle(cv);
  Json items = manifest_of(*host)["items"];
  EXPECT_EQ(items[0]["ready"], true);
  EXPECT_EQ(items[1]["ready"], false);
  auto warnings = diagnostics_with(*host, "orcid.duplicate-identifier");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0]->path, "publications[1].url");
  EXPECT_EQ(warnings[0]->message,
            "ORCID sees the same uri \"https://Proceedings.example.org/2023\" as publications[0], "
            "so it would refuse one of the two as a duplicate: this entry is not sent; if it is "
            "the same item remove one, otherwise correct the url (give each its own page)");
  // With --option incomplete=skip the second paper stays out, and the manifest says why.
  Json skipped = manifest_of(*export_bundle(cv, {{"incomplete", "skip"}}))["skipped"];
  EXPECT_EQ(skipped[0]["source"], "publications[1]");
  EXPECT_EQ(skipped[0]["reason"],
            "ORCID would refuse this work item (--option incomplete=skip): fix "
            "publications[1].url");
}

TEST(OrcidIdentity, PersonUrlEqualToAProfileIsSentOnce) {
  Cv cv = minimal_cv();
  cv.person.url = "https://jdoe.example.org/";
  cv.person.profiles = {Profile{.network = "Homepage", .url = "http://JDoe.example.org"}};
  cv.interests = {Interest{.name = "HPC", .keywords = {"hpc", "Sparse solvers"}}};
  auto host = export_bundle(cv);
  std::vector<Json> urls, keywords;
  Json manifest = manifest_of(*host); // outlives the loop
  for (const Json& item : manifest["items"]) {
    if (item["type"] == "researcher-url") urls.push_back(item);
    if (item["type"] == "keyword") keywords.push_back(item);
  }
  ASSERT_EQ(urls.size(), 1u);
  EXPECT_EQ(urls[0]["key"], "researcher-url:jdoe.example.org");
  EXPECT_EQ(urls[0]["sources"], Json::array({"person.url", "person.profiles[0]"}));
  EXPECT_EQ(urls[0]["self_ids"], Json::array());
  ASSERT_EQ(keywords.size(), 2u);
  EXPECT_EQ(keywords[0]["key"], "keyword:hpc");
  EXPECT_EQ(keywords[1]["key"], "keyword:sparse solvers");
  EXPECT_FALSE(host->outputs.count("person/researcher-url-002.xml"));
  auto notes = diagnostics_with(*host, "orcid.duplicate-person-item");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]->path, "person.profiles[0]");
  EXPECT_EQ(notes[0]->message,
            "ORCID refuses a second identical web page, name, keyword or country, so each is "
            "sent once; left out: person.profiles[0] (same as person.url), "
            "interests[0].keywords[0] (same as interests[0].name)");
}

// The example's bundle holds no two items ORCID would call one: every key and every
// normalised self identifier appears once.
TEST(OrcidIdentity, ExampleBundleHasNoTwoItemsWithOneIdentifier) {
  std::optional<Cv> cv = example_cv();
  ASSERT_TRUE(cv);
  auto host = export_bundle(*cv);
  Json manifest = manifest_of(*host);
  std::set<std::string> keys, identifiers;
  for (const Json& item : manifest["items"]) {
    EXPECT_TRUE(keys.insert(item["key"].get<std::string>()).second) << item["key"];
    for (const Json& id : item["self_ids"])
      EXPECT_TRUE(identifiers.insert(id["type"].get<std::string>() + " " +
                                     id["normalized"].get<std::string>())
                      .second)
          << id.dump();
  }
  EXPECT_GT(identifiers.size(), 20u);
  EXPECT_FALSE(host->has_diagnostic("orcid.duplicate-identifier"));
}

} // namespace
} // namespace cvport::orcid::testing
