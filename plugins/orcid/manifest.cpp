#include "manifest.hpp"

namespace cvport::orcid {

namespace {

constexpr int kManifestVersion = 1;

Json self_id(const ExternalId& id) { return {{"type", id.type}, {"value", id.value}}; }

Json string_list(const std::vector<std::string>& values) {
  Json list = Json::array();
  for (const std::string& value : values) list.push_back(value);
  return list;
}

// The API paths of the person sections are plural where the item sections are not.
std::string person_api_section(const std::string& section) {
  return section == "address" ? section : section + "s";
}

} // namespace

Json Manifest::request(const std::string& file, const std::string& item_type,
                       const std::string& api_section, bool person_scope) const {
  return {{"file", file},
          {"item_type", item_type},
          {"method", "POST"},
          {"api_path", "/v3.0/" + (orcid_.empty() ? "{orcid}" : orcid_) + "/" + api_section},
          {"scope", person_scope ? "/person/update" : "/activities/update"}};
}

void Manifest::add_works(const std::string& file, std::span<const WorkItem> works) {
  Json entry = request(file, "works", "works", false);
  entry["ready"] = true;
  Json list = Json::array();
  for (const WorkItem& work : works) {
    Json described = {{"source", work.source},
                      {"work_type", work.type},
                      {"title", work.title},
                      {"self_id", self_id(work.ids.front())}};
    if (!work.left_out.empty()) described["left_out"] = string_list(work.left_out);
    list.push_back(std::move(described));
  }
  entry["works"] = std::move(list);
  items_.push_back(std::move(entry));
}

void Manifest::add_affiliation(const std::string& file, const AffiliationItem& item) {
  Json entry = request(file, item.section, item.section, false);
  entry["source"] = item.source;
  entry["title"] = item.role_title;
  entry["organization"] = item.organization.name;
  entry["self_id"] = self_id(item.ids.front());
  entry["ready"] = item.missing.empty();
  if (!item.missing.empty()) {
    Json missing = Json::array();
    for (const Requirement& requirement : item.missing)
      missing.push_back(
          {{"rule", requirement.rule}, {"path", requirement.path}, {"fix", requirement.fix}});
    entry["missing"] = std::move(missing);
  }
  if (!item.left_out.empty()) entry["left_out"] = string_list(item.left_out);
  items_.push_back(std::move(entry));
}

void Manifest::add_person_item(const std::string& file, const PersonItem& item) {
  Json entry = request(file, item.section, person_api_section(item.section), true);
  entry["source"] = item.source;
  entry["ready"] = true;
  items_.push_back(std::move(entry));
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
      {"summary",
       {{"files", items_.size()}, {"not_ready", not_ready}, {"skipped", skipped.size()}}},
      {"items", items_},
      {"skipped", std::move(skipped_list)}};
  return manifest.dump(2) + "\n";
}

} // namespace cvport::orcid
