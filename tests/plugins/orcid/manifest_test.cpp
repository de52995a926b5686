// manifest.json: a sync client can follow it file by file.
#include <set>

#include "digest.hpp"
#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

TEST(OrcidManifest, ListsEveryFileOnceAsABodyOrABulk) {
  auto host =
      export_bundle(full_cv(), {{"custom-sections", {"Visiting positions=invited-position"}}});
  Json manifest = manifest_of(*host);
  EXPECT_EQ(manifest["manifest_version"], 2);
  std::set<std::string> listed;
  for (const Json& item : manifest["items"]) {
    std::string file = item["body"];
    EXPECT_TRUE(listed.insert(file).second) << file << " listed twice";
    EXPECT_TRUE(host->outputs.count(file)) << file << " listed but not written";
    EXPECT_EQ(item["create"]["body"], file);
    EXPECT_EQ(item["update"]["body"], file);
    EXPECT_EQ(item["sha256"], sha256_hex(host->outputs.at(file))) << file;
  }
  for (const Json& bulk : manifest["bulks"])
    EXPECT_TRUE(listed.insert(bulk["file"].get<std::string>()).second);
  for (const auto& [name, bytes] : host->outputs)
    if (name != "manifest.json") {
      EXPECT_TRUE(listed.count(name)) << name << " written but not listed";
    }
  EXPECT_EQ(manifest["summary"]["items"], manifest["items"].size());
  EXPECT_EQ(manifest["summary"]["bulks"], 1);
}

TEST(OrcidManifest, SameCvSameManifest) {
  // SHA-256 of the body bytes: equal exports give equal hashes, so a client skips the PUT.
  Json first = manifest_of(*export_bundle(full_cv()));
  Json second = manifest_of(*export_bundle(full_cv()));
  EXPECT_EQ(first, second);
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(OrcidManifest, RequestsPerItemType) {
  auto host =
      export_bundle(full_cv(), {{"custom-sections", {"Visiting positions=invited-position"}}});
  Json manifest = manifest_of(*host);
  EXPECT_EQ(manifest["orcid"], "0000-0002-1825-0097");
  // item type -> create path, update path, scope
  std::map<std::string, std::vector<std::string>> seen;
  for (const Json& item : manifest["items"]) {
    seen[item["type"]] = {item["create"]["path"], item["update"]["path"], item["delete"]["path"],
                          item["scope"]};
    EXPECT_EQ(item["create"]["method"], "POST");
    EXPECT_EQ(item["update"]["method"], "PUT");
    EXPECT_EQ(item["delete"]["method"], "DELETE");
  }
  const std::string base = "/v3.0/0000-0002-1825-0097/";
  auto requests = [&](const std::string& collection, const std::string& scope) {
    std::string one = base + collection + "/{put-code}";
    return std::vector<std::string>{base + collection, one, one, scope};
  };
  const std::map<std::string, std::vector<std::string>> expected = {
      {"work", requests("work", "/activities/update")},
      {"education", requests("education", "/activities/update")},
      {"employment", requests("employment", "/activities/update")},
      {"distinction", requests("distinction", "/activities/update")},
      {"invited-position", requests("invited-position", "/activities/update")},
      {"service", requests("service", "/activities/update")},
      {"qualification", requests("qualification", "/activities/update")},
      {"funding", requests("funding", "/activities/update")},
      {"researcher-url", requests("researcher-urls", "/person/update")},
      {"other-name", requests("other-names", "/person/update")},
      {"keyword", requests("keywords", "/person/update")},
      {"address", requests("address", "/person/update")},
  };
  EXPECT_EQ(seen, expected);
  ASSERT_EQ(manifest["bulks"].size(), 1u);
  EXPECT_EQ(manifest["bulks"][0]["path"], base + "works");
  EXPECT_EQ(manifest["bulks"][0]["file"], "works/bulk-001.xml");
}

TEST(OrcidManifest, WithoutOrcidIdThePathsHaveAPlaceholder) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  auto host = export_bundle(cv);
  Json manifest = manifest_of(*host);
  EXPECT_TRUE(manifest["orcid"].is_null());
  EXPECT_EQ(manifest["items"][0]["create"]["path"], "/v3.0/{orcid}/work");
  EXPECT_EQ(manifest["items"][0]["update"]["path"], "/v3.0/{orcid}/work/{put-code}");
  EXPECT_EQ(manifest["bulks"][0]["path"], "/v3.0/{orcid}/works");
  auto no_id = diagnostics_with(*host, "orcid.no-orcid-id");
  ASSERT_EQ(no_id.size(), 1u);
  EXPECT_EQ(no_id[0]->path, "person.orcid");
  EXPECT_EQ(no_id[0]->severity, CVPORT_SEVERITY_NOTE);
}

TEST(OrcidManifest, ItemsNameTheirCvEntryKeyAndSelfIds) {
  auto host = export_bundle(full_cv());
  Json manifest = manifest_of(*host);
  const Json& paper = manifest["items"][0];
  EXPECT_EQ(paper["sources"], Json::array({"publications[0]"}));
  EXPECT_EQ(paper["type"], "work");
  EXPECT_EQ(paper["work_type"], "journal-article");
  EXPECT_EQ(paper["body"], "works/work-001.xml");
  std::string key = paper["key"];
  EXPECT_EQ(key.rfind("publication:", 0), 0u) << key;
  EXPECT_EQ(paper["self_ids"],
            Json::array({{{"type", "doi"},
                          {"value", "10.1016/j.jcp.2023.111807"},
                          {"normalized", "10.1016/j.jcp.2023.111807"}},
                         {{"type", "source-work-id"}, {"value", key}, {"normalized", key}},
                         {{"type", "arxiv"}, {"value", "arXiv:2211.01234"}, {"normalized", "arxiv:2211.01234"}},
                         {{"type", "pmid"}, {"value", "36912345"}, {"normalized", "36912345"}}}));
  EXPECT_EQ(paper["ready"], true);
  EXPECT_EQ(paper["reasons"], Json::array());
  EXPECT_EQ(manifest["items"][5]["sources"], Json::array({"talks[0]"}));
  for (const Json& item : manifest["items"]) {
    if (item["type"] != "education") continue;
    EXPECT_EQ(item["body"], "education/education-001.xml");
    EXPECT_EQ(item["sources"], Json::array({"education[0]"}));
    EXPECT_EQ(item["title"], "DPhil in Computer Science");
    EXPECT_EQ(item["organization"], "University of Oxford");
    EXPECT_EQ(item["ready"], true);
    EXPECT_EQ(item["self_ids"].size(), 1u);
    EXPECT_EQ(item["self_ids"][0]["type"], "source-work-id");
    EXPECT_EQ(item["self_ids"][0]["value"], item["key"]);
    break;
  }
}

TEST(OrcidManifest, RecordsTheOptionsAndWhatTheBundleIsAuthoritativeFor) {
  Json manifest = manifest_of(*export_bundle(full_cv(), {{"talks", "skip"}}));
  EXPECT_EQ(manifest["options"]["talks"], "skip");
  EXPECT_EQ(manifest["options"]["software"], "with-doi"); // a default, written out
  EXPECT_EQ(manifest["options"]["bulk-size"], 100);
  // Talks skipped, software only with a DOI, media left out: the bundle speaks only for
  // publications among the works, so a client deletes no talk, software or media item.
  EXPECT_EQ(manifest["authoritative"]["work"], Json::array({"publication"}));
  EXPECT_EQ(manifest["authoritative"]["service"], Json::array({"service", "volunteer"}));
  EXPECT_EQ(manifest["authoritative"]["keyword"], Json::array({"keyword"}));
  EXPECT_FALSE(manifest["authoritative"].contains("invited-position"));

  Json everything = manifest_of(*export_bundle(
      full_cv(), {{"software", "all"},
                  {"include-media", true},
                  {"volunteer", "skip"},
                  {"person", false},
                  {"custom-sections", {"Patents=patent", "Visiting positions=invited-position"}}}));
  EXPECT_EQ(everything["authoritative"]["work"],
            Json::array({"publication", "software", "talk", "media", "patent"}));
  EXPECT_EQ(everything["authoritative"]["service"], Json::array({"service"}));
  EXPECT_EQ(everything["authoritative"]["invited-position"], Json::array({"invited-position"}));
  EXPECT_FALSE(everything["authoritative"].contains("keyword"));
}

TEST(OrcidManifest, SkippedEntriesWithReasons) {
  auto host = export_bundle(full_cv());
  Json manifest = manifest_of(*host);
  std::map<std::string, std::string> skipped;
  for (const Json& entry : manifest["skipped"]) skipped[entry["source"]] = entry["reason"];
  EXPECT_EQ(skipped.size(), manifest["summary"]["skipped"]);
  for (const char* source : {"media[0]", "software[1]", "person.profiles[1]", "person.name",
                             "person.summary", "person.email", "person.headline", "person.location",
                             "intros.talks", "skills", "sections[0]", "sections[1]", "sections[2]"})
    EXPECT_TRUE(skipped.count(source)) << source;
  EXPECT_NE(skipped["sections[0]"].find("--option custom-sections=\"Patents=TARGET\""),
            std::string::npos);
  EXPECT_EQ(skipped["person.name"],
            "ORCID takes the name from the researcher's account; member clients cannot write it");
}

TEST(OrcidManifest, PersonItems) {
  auto host = export_bundle(full_cv());
  EXPECT_EQ(host->outputs.at("person/researcher-url-001.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<researcher-url:researcher-url "
            "xmlns:researcher-url=\"http://www.orcid.org/ns/researcher-url\" "
            "xmlns:common=\"http://www.orcid.org/ns/common\">\n"
            "  <researcher-url:url-name>Homepage</researcher-url:url-name>\n"
            "  <researcher-url:url>https://example.org/~jdoe</researcher-url:url>\n"
            "</researcher-url:researcher-url>\n");
  EXPECT_NE(host->outputs.at("person/other-name-001.xml")
                .find("<other-name:content>J. Doe</other-name:content>"),
            std::string::npos);
  EXPECT_NE(
      host->outputs.at("person/address-001.xml").find("<address:country>CH</address:country>"),
      std::string::npos);
  // Research interests from the interests section and from education, each once.
  std::vector<std::string> keywords;
  for (const char* name :
       {"person/keyword-001.xml", "person/keyword-002.xml", "person/keyword-003.xml"})
    keywords.push_back(
        child_text(parse_xml(host->outputs.at(name)).document_element(), "keyword:content"));
  EXPECT_EQ(keywords, (std::vector<std::string>{"numerical linear algebra", "sparse solvers",
                                                "adaptive mesh refinement"}));
  EXPECT_FALSE(host->outputs.count("person/keyword-004.xml"));

  auto without = export_bundle(full_cv(), {{"person", false}});
  for (const auto& [name, bytes] : without->outputs)
    EXPECT_NE(name.rfind("person/", 0), 0u) << name;
  EXPECT_EQ(diagnostics_with(*without, "orcid.skipped-by-option").at(0)->path, "person");
}

} // namespace
} // namespace cvport::orcid::testing
