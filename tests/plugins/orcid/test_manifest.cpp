// manifest.json: a sync client can follow it file by file.
#include <set>

#include "orcid_test_support.hpp"

namespace cvport::orcid::testing {
namespace {

TEST(OrcidManifest, ListsEveryFileOnceWithItsRequest) {
  auto host =
      export_bundle(full_cv(), {{"custom-sections", {"Visiting positions=invited-position"}}});
  Json manifest = manifest_of(*host);
  std::set<std::string> listed;
  for (const Json& item : manifest["items"]) {
    std::string file = item["file"];
    EXPECT_TRUE(listed.insert(file).second) << file << " listed twice";
    EXPECT_TRUE(host->outputs.count(file)) << file << " listed but not written";
    EXPECT_EQ(item["method"], "POST");
  }
  for (const auto& [name, bytes] : host->outputs)
    if (name != "manifest.json")
      EXPECT_TRUE(listed.count(name)) << name << " written but not listed";
  EXPECT_EQ(manifest["summary"]["files"], listed.size());
}

TEST(OrcidManifest, RequestsPerItemType) {
  auto host =
      export_bundle(full_cv(), {{"custom-sections", {"Visiting positions=invited-position"}}});
  Json manifest = manifest_of(*host);
  EXPECT_EQ(manifest["orcid"], "0000-0002-1825-0097");
  std::map<std::string, std::pair<std::string, std::string>> seen; // item type -> path, scope
  for (const Json& item : manifest["items"])
    seen[item["item_type"]] = {item["api_path"], item["scope"]};
  const std::string base = "/v3.0/0000-0002-1825-0097/";
  const std::map<std::string, std::pair<std::string, std::string>> expected = {
      {"works", {base + "works", "/activities/update"}},
      {"education", {base + "education", "/activities/update"}},
      {"employment", {base + "employment", "/activities/update"}},
      {"distinction", {base + "distinction", "/activities/update"}},
      {"invited-position", {base + "invited-position", "/activities/update"}},
      {"service", {base + "service", "/activities/update"}},
      {"qualification", {base + "qualification", "/activities/update"}},
      {"researcher-url", {base + "researcher-urls", "/person/update"}},
      {"other-name", {base + "other-names", "/person/update"}},
      {"keyword", {base + "keywords", "/person/update"}},
      {"address", {base + "address", "/person/update"}},
  };
  EXPECT_EQ(seen, expected);
}

TEST(OrcidManifest, WithoutOrcidIdThePathsHaveAPlaceholder) {
  Cv cv = minimal_cv();
  cv.publications = {publication("p1", "Sparse solvers", 2023)};
  auto host = export_bundle(cv);
  Json manifest = manifest_of(*host);
  EXPECT_TRUE(manifest["orcid"].is_null());
  EXPECT_EQ(manifest["items"][0]["api_path"], "/v3.0/{orcid}/works");
  auto no_id = diagnostics_with(*host, "orcid.no-orcid-id");
  ASSERT_EQ(no_id.size(), 1u);
  EXPECT_EQ(no_id[0]->path, "person.orcid");
  EXPECT_EQ(no_id[0]->severity, CVPORT_SEVERITY_NOTE);
}

TEST(OrcidManifest, ItemsNameTheirCvEntryAndSelfId) {
  auto host = export_bundle(full_cv());
  Json manifest = manifest_of(*host);
  const Json& works = manifest["items"][0]["works"];
  EXPECT_EQ(works[0]["source"], "publications[0]");
  EXPECT_EQ(works[0]["work_type"], "journal-article");
  EXPECT_EQ(works[0]["self_id"], Json({{"type", "doi"}, {"value", "10.1016/j.jcp.2023.111807"}}));
  EXPECT_EQ(works[4]["source"], "talks[0]");
  const Json& education = manifest["items"][1];
  EXPECT_EQ(education["file"], "education/education-001.xml");
  EXPECT_EQ(education["source"], "education[0]");
  EXPECT_EQ(education["title"], "DPhil in Computer Science");
  EXPECT_EQ(education["organization"], "University of Oxford");
  EXPECT_EQ(education["ready"], true);
  EXPECT_FALSE(education.contains("missing"));
  EXPECT_EQ(education["self_id"]["type"], "source-work-id");
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
