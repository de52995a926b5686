#include "item_fields.hpp"

#include <algorithm>
#include <array>

#include "cvport/text.hpp"
#include "identifiers.hpp"

namespace cvport::orcid {

namespace {

// What ORCID writes into an item it returns, never part of what a client sends.
bool added_by_orcid(std::string_view name) {
  static constexpr std::array<std::string_view, 6> names = {
      "created-date", "last-modified-date", "source", "external-id-normalized",
      "external-id-normalized-error", "display-index"};
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_affiliation(std::string_view type) {
  static constexpr std::array<std::string_view, 7> types = {
      "education", "employment", "distinction", "invited-position",
      "membership", "qualification", "service"};
  return std::find(types.begin(), types.end(), type) != types.end();
}

// The summary's fields of an item type; an empty list means "all" for person items.
std::vector<std::string_view> summary_field_names(std::string_view type) {
  if (type == "work") return {"title", "external-ids", "url", "type", "publication-date", "journal-title"};
  if (type == "funding") return {"title", "external-ids", "url", "type", "start-date", "end-date", "organization"};
  if (is_affiliation(type))
    return {"department-name", "role-title", "start-date", "end-date", "organization", "url", "external-ids"};
  return {};
}

// The leaves under `node`, in document order: "name:text|name:text".
void append_leaves(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element || added_by_orcid(local_name(child))) continue;
    if (child.find_child([](const pugi::xml_node& n) { return n.type() == pugi::node_element; })) {
      append_leaves(child, out);
      continue;
    }
    out += '|';
    out += local_name(child);
    out += ':';
    out += trimmed(child.child_value());
  }
}

// One line per field; a list field (external-ids) gives one line per member.
void append_field(const pugi::xml_node& field, ItemFields& fields) {
  std::string name(local_name(field));
  if (name == "external-ids") {
    for (pugi::xml_node id : field.children()) {
      if (id.type() != pugi::node_element) continue;
      std::string line = name + "=";
      append_leaves(id, line);
      fields.push_back(std::move(line));
    }
    return;
  }
  std::string line = name + "=" + trimmed(field.child_value());
  append_leaves(field, line);
  fields.push_back(std::move(line));
}

} // namespace

ItemFields summary_fields(const pugi::xml_node& item, std::string_view type) {
  if (is_person_item_type(type)) return all_fields(item);
  std::vector<std::string_view> names = summary_field_names(type);
  ItemFields fields;
  for (pugi::xml_node child : item.children())
    if (child.type() == pugi::node_element &&
        std::find(names.begin(), names.end(), local_name(child)) != names.end())
      append_field(child, fields);
  std::sort(fields.begin(), fields.end());
  return fields;
}

ItemFields all_fields(const pugi::xml_node& item) {
  ItemFields fields;
  for (pugi::xml_node child : item.children())
    if (child.type() == pugi::node_element && !added_by_orcid(local_name(child))) append_field(child, fields);
  std::sort(fields.begin(), fields.end());
  return fields;
}

std::vector<SelfId> self_ids_of(const pugi::xml_node& item) {
  std::vector<SelfId> ids;
  for (pugi::xml_node id : child_named(item, "external-ids").children()) {
    if (id.type() != pugi::node_element) continue;
    if (trimmed(child_named(id, "external-id-relationship").child_value()) != "self") continue;
    std::string type = trimmed(child_named(id, "external-id-type").child_value());
    std::string value = trimmed(child_named(id, "external-id-value").child_value());
    ids.push_back({type, value, normalized_id_value(type, value)});
  }
  return ids;
}

} // namespace cvport::orcid
