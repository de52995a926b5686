#include "manifest.hpp"

#include <algorithm>

#include "digest.hpp"
#include "identity.hpp"
#include "vocabulary.hpp"

namespace cvport::orcid {

namespace {

constexpr int kManifestVersion = 2;

Json self_ids(const std::vector<ExternalId>& ids) {
  Json list = Json::array();
  for (const ExternalId& id : ids)
    if (id.relationship == "self")
      list.push_back(
          {{"type", id.type}, {"value", id.value}, {"normalized", normalized_id_value(id)}});
  return list;
}

Json string_list(const std::vector<std::string>& values) {
  Json list = Json::array();
  for (const std::string& value : values) list.push_back(value);
  return list;
}

Json reasons(const std::vector<Requirement>& missing) {
  Json list = Json::array();
  for (const Requirement& requirement : missing)
    list.push_back(
        {{"rule", requirement.rule}, {"path", requirement.path}, {"fix", requirement.fix}});
  return list;
}

// What every item says, whatever its type.
struct ItemFacts {
  std::string key;
  std::string item_type;
  std::string title;
  std::vector<std::string> sources;
  Json self_ids = Json::array();
  std::vector<Requirement> missing;
  std::vector<std::string> left_out;
};

} // namespace

Manifest::Manifest(std::string orcid, const Options& options, Json options_used)
    : orcid_(std::move(orcid)), options_used_(std::move(options_used)),
      authoritative_(authoritative_kinds(options)) {}

std::string Manifest::api_path(const std::string& tail) const {
  return "/v3.0/" + (orcid_.empty() ? "{orcid}" : orcid_) + "/" + tail;
}

void Manifest::add_bulk(const std::string& file, std::span<const WorkItem> works) {
  Json keys = Json::array();
  for (const WorkItem& work : works) keys.push_back(work.key);
  bulks_.push_back({{"file", file},
                    {"method", "POST"},
                    {"path", api_path("works")},
                    {"scope", "/activities/update"},
                    {"keys", std::move(keys)}});
}

namespace {

Json item_json(const ItemFacts& facts, const std::string& file, const std::string& body,
               const std::string& collection_path, const std::string& item_path) {
  Json item = {
      {"key", facts.key},
      {"type", facts.item_type},
      {"title", facts.title},
      {"sources", string_list(facts.sources)},
      {"self_ids", facts.self_ids},
      {"body", file},
      {"sha256", sha256_hex(body)},
      {"scope", is_person_item_type(facts.item_type) ? "/person/update" : "/activities/update"},
      {"create", {{"method", "POST"}, {"path", collection_path}, {"body", file}}},
      {"update", {{"method", "PUT"}, {"path", item_path}, {"body", file}}},
      {"delete", {{"method", "DELETE"}, {"path", item_path}}},
      {"ready", facts.missing.empty()},
      {"reasons", reasons(facts.missing)},
  };
  if (!facts.left_out.empty()) item["left_out"] = string_list(facts.left_out);
  return item;
}

} // namespace

void Manifest::add_work(const std::string& file, const std::string& body, const WorkItem& work) {
  ItemFacts facts{work.key, "work", work.title, {work.source}, self_ids(work.ids), work.missing,
                  work.left_out};
  Json item = item_json(facts, file, body, api_path("work"), api_path("work/{put-code}"));
  item["work_type"] = work.type;
  items_.push_back(std::move(item));
}

void Manifest::add_affiliation(const std::string& file, const std::string& body,
                               const AffiliationItem& affiliation) {
  ItemFacts facts{affiliation.key,          affiliation.section,      affiliation.role_title,
                  {affiliation.source},     self_ids(affiliation.ids), affiliation.missing,
                  affiliation.left_out};
  Json item = item_json(facts, file, body, api_path(affiliation.section),
                        api_path(affiliation.section + "/{put-code}"));
  item["organization"] = affiliation.organization.name;
  items_.push_back(std::move(item));
}

void Manifest::add_funding(const std::string& file, const std::string& body,
                           const FundingItem& funding) {
  ItemFacts facts{funding.key,      "funding",         funding.title,
                  {funding.source}, self_ids(funding.ids), funding.missing,
                  funding.left_out};
  Json item = item_json(facts, file, body, api_path("funding"), api_path("funding/{put-code}"));
  item["organization"] = funding.organization.name;
  items_.push_back(std::move(item));
}

void Manifest::add_person_item(const std::string& file, const std::string& body,
                               const PersonItem& person) {
  ItemFacts facts{person.key, person.section, person.text, {person.source}};
  facts.sources.insert(facts.sources.end(), person.also_from.begin(), person.also_from.end());
  std::string section = api_section(person.section);
  items_.push_back(
      item_json(facts, file, body, api_path(section), api_path(section + "/{put-code}")));
}

std::string Manifest::document(const std::vector<Skipped>& skipped) const {
  Json skipped_list = Json::array();
  for (const Skipped& entry : skipped)
    skipped_list.push_back({{"source", entry.source}, {"reason", entry.reason}});
  size_t not_ready = 0;
  for (const Json& item : items_) not_ready += item["ready"].get<bool>() ? 0 : 1;
  Json manifest = {
      {"manifest_version", kManifestVersion},
      {"orcid", orcid_.empty() ? Json() : Json(orcid_)},
      {"api",
       {{"version", "3.0"},
        {"production", "https://api.orcid.org"},
        {"sandbox", "https://api.sandbox.orcid.org"},
        {"content_type", "application/vnd.orcid+xml"}}},
      {"options", options_used_},
      {"authoritative", authoritative_},
      {"summary",
       {{"items", items_.size()},
        {"not_ready", not_ready},
        {"bulks", bulks_.size()},
        {"skipped", skipped.size()}}},
      {"bulks", bulks_},
      {"items", items_},
      {"skipped", std::move(skipped_list)}};
  return manifest.dump(2) + "\n";
}

Json authoritative_kinds(const Options& options) {
  Json kinds = Json::object();
  auto add = [&](const std::string& item_type, const std::string& kind) {
    Json& list = kinds[item_type];
    if (std::find(list.begin(), list.end(), kind) == list.end()) list.push_back(kind);
  };
  add("work", "publication");
  if (options.software == "all") add("work", "software");
  if (options.talks != "skip") add("work", "talk");
  if (options.include_media) add("work", "media");
  add("education", "education");
  add("employment", "work");
  if (options.awards != "skip") add("distinction", "award");
  add("service", "service");
  if (options.volunteer != "skip") add("service", "volunteer");
  if (options.certificates != "skip") add("qualification", "certificate");
  add("funding", "funding");
  for (const CustomSectionTarget& target : options.custom_sections)
    add(is_work_type(target.target) ? "work" : target.target, target.target);
  if (options.person)
    for (const char* item_type : {"researcher-url", "other-name", "keyword", "address"})
      add(item_type, item_type);
  return kinds;
}

} // namespace cvport::orcid
