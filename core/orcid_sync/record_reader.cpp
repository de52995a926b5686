#include "record_reader.hpp"

#include <optional>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "cvport/text.hpp"
#include "cvport/exit_codes.hpp"
#include "identifiers.hpp"
#include "item_fields.hpp"
#include "json_as_xml.hpp"
#include "orcid_api_version.hpp"
#include "orcid_xml.hpp"

namespace cvport::orcid {

namespace {

std::string text_of(const pugi::xml_node& node) { return std::string(trim_space(node.child_value())); }

// The type of an item element: "work" for <work:work-summary>, "keyword" for <keyword:keyword>.
std::string item_type(const pugi::xml_node& node) {
  std::string_view name = local_name(node);
  constexpr std::string_view suffix = "-summary";
  if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
    name.remove_suffix(suffix.size());
  return std::string(name);
}

// The value that identifies a person item: a researcher-url's url, a name's or keyword's
// content, an address's country.
std::string person_value(const pugi::xml_node& node) {
  for (std::string_view name : {"url", "content", "country"})
    if (pugi::xml_node value = child_named(node, name)) return text_of(value);
  return "";
}

std::string title_of(const pugi::xml_node& node) {
  if (pugi::xml_node title = child_named(child_named(node, "title"), "title")) return text_of(title);
  if (pugi::xml_node role = child_named(node, "role-title")) return text_of(role);
  if (pugi::xml_node org = child_named(node, "organization")) return text_of(child_named(org, "name"));
  return person_value(node);
}

RecordItem read_item(const pugi::xml_node& node, const pugi::xml_node& source) {
  RecordItem item;
  item.type = item_type(node);
  item.put_code = node.attribute("put-code").value();
  item.client_id = text_of(child_named(child_named(source, "source-client-id"), "path"));
  item.source_name = text_of(child_named(source, "source-name"));
  item.title = title_of(node);
  item.self_ids = self_ids_of(node);
  if (is_person_item_type(item.type)) {
    item.key = person_item_key(item.type, person_value(node));
  } else {
    for (const SelfId& id : item.self_ids)
      if (id.type == "source-work-id") item.key = id.value;
  }
  item.summary_fields = summary_fields(node, item.type);
  return item;
}

void collect_items(const pugi::xml_node& node, Record& record) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    pugi::xml_node source = child_named(child, "source");
    if (child.attribute("put-code") && source) {
      record.items.push_back(read_item(child, source));
      continue; // an item holds no items
    }
    collect_items(child, record);
  }
}

// The record element of a JSON record, rendered into `rendered`.
pugi::xml_node json_record(std::string_view text, std::string_view json, const std::string& where,
                           JsonAsXml& rendered) {
  size_t start = text.size() - json.size(); // the "{"
  Json parsed;
  try {
    parsed = Json::parse(json.begin(), json.end());
  } catch (const Json::parse_error& error) {
    // nlohmann's byte is 1-based, counted from where the parse started.
    size_t offset = start + (error.byte > 0 ? error.byte - 1 : 0);
    std::string what = error.what();
    throw SyncError(exit_code::invalid_input, fmt::format("{}: {}: not valid JSON: {}", where,
                                                          line_and_column(text, offset), what.substr(what.find(": ") + 2)));
  }
  std::string root = orcid_json_root(parsed);
  if (root != "record")
    throw SyncError(exit_code::invalid_input,
                    fmt::format("{}: {}: expected an ORCID record (GET /v3.0/{{orcid}}/record, with \"path\": "
                                "\"/<iD>\" or \"orcid-identifier\"), found {}",
                                where, line_and_column(text, start),
                                root.empty() ? "JSON that is no ORCID document" : "an ORCID \"" + root + "\" document"));
  render_as_xml(parsed, root, rendered);
  if (!rendered.too_deep.empty())
    throw SyncError(exit_code::invalid_input,
                    fmt::format("{}: the JSON nests objects more than 64 levels deep (at {}): no ORCID record does",
                                where, rendered.too_deep));
  return rendered.document.document_element();
}

pugi::xml_node xml_record(std::string_view xml, const std::string& where, pugi::xml_document& document) {
  pugi::xml_parse_result parsed = document.load_buffer(xml.data(), xml.size());
  if (!parsed)
    throw SyncError(exit_code::invalid_input,
                    fmt::format("{}: {}: not well-formed XML: {}", where,
                                line_and_column(xml, static_cast<size_t>(parsed.offset)), parsed.description()));
  pugi::xml_node root = document.document_element();
  if (local_name(root) != "record")
    throw SyncError(exit_code::invalid_input,
                    fmt::format("{}: {}: expected an ORCID record (<record:record>, GET /v3.0/{{orcid}}/record), found <{}>",
                                where, line_and_column(xml, static_cast<size_t>(root.offset_debug() - 1)) /* the "<" before the name */, root.name()));
  return root;
}

// A plan compares the record with what API 3.0 will be sent, so the record must be the 3.0 one: a
// 2.x record holds the same items under the same names, but its JSON spells "SELF" and
// "JOURNAL_ARTICLE", so no identifier would match and the sync would add every work again.
void refuse_other_api_versions(const pugi::xml_node& root, bool from_json, std::string_view text,
                               std::string_view json, const std::string& where) {
  std::string version = api_2_version(root, from_json);
  if (version.empty()) return;
  // The position of the document element: the "{" of a JSON record, the "<" of an XML one.
  size_t offset = from_json ? text.size() - json.size() : static_cast<size_t>(root.offset_debug() - 1);
  throw SyncError(exit_code::invalid_input,
                  fmt::format("{}: {}: this is an ORCID API {} record, and a sync compares the CV with the record "
                              "of API 3.0, which it writes to: fetch GET /v3.0/{{orcid}}/record and plan with that",
                              where, line_and_column(text, offset), version));
}

} // namespace

Record read_record(std::string_view text, const std::string& where) {
  pugi::xml_document document;
  JsonAsXml rendered;
  std::optional<std::string_view> json = json_object_text(text);
  pugi::xml_node root = json ? json_record(text, *json, where, rendered) : xml_record(text, where, document);
  refuse_other_api_versions(root, json.has_value(), text, json.value_or(std::string_view()), where);
  Record record;
  record.orcid = text_of(child_named(child_named(root, "orcid-identifier"), "path"));
  if (record.orcid.empty()) {
    std::string_view path = root.attribute("path").value();
    if (!path.empty() && path.front() == '/') path.remove_prefix(1);
    record.orcid = std::string(path);
  }
  collect_items(root, record);
  return record;
}

} // namespace cvport::orcid
