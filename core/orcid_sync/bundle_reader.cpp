#include "bundle_reader.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "cvport/exit_codes.hpp"
#include "item_fields.hpp"
#include "record_reader.hpp"
#include "cvport/file_bytes.hpp"

namespace cvport::orcid {

namespace {

using Json = nlohmann::json;

std::string read_file(const std::filesystem::path& path) {
  std::optional<std::string> bytes = read_file_bytes(path);
  if (!bytes) throw SyncError(exit_code::no_input, fmt::format("{}: cannot read the file", path.string()));
  return std::move(*bytes);
}

// The string at `field` of `object`, or an error naming the manifest and the JSON path.
std::string string_at(const Json& object, const char* field, const std::string& where) {
  auto found = object.find(field);
  if (found == object.end() || !found->is_string())
    throw SyncError(exit_code::invalid_input, fmt::format("{}.{}: a string is required", where, field));
  return found->get<std::string>();
}

BundleItem read_item(const Json& entry, const std::filesystem::path& folder, const std::string& where) {
  if (!entry.is_object()) throw SyncError(exit_code::invalid_input, where + ": an object is required");
  BundleItem item;
  item.key = string_at(entry, "key", where);
  item.type = string_at(entry, "type", where);
  item.title = entry.value("title", "");
  for (const Json& source : entry.value("sources", Json::array()))
    if (source.is_string()) item.sources.push_back(source.get<std::string>());
  for (const Json& id : entry.value("self_ids", Json::array()))
    item.self_ids.push_back({id.value("type", ""), id.value("value", ""), id.value("normalized", "")});
  item.body_file = string_at(entry, "body", where);
  item.sha256 = string_at(entry, "sha256", where);
  item.create_path = string_at(entry.value("create", Json::object()), "path", where + ".create");
  item.update_path = string_at(entry.value("update", Json::object()), "path", where + ".update");
  item.delete_path = string_at(entry.value("delete", Json::object()), "path", where + ".delete");
  item.ready = entry.value("ready", false);
  std::filesystem::path body_path = folder / item.body_file;
  item.body = read_file(body_path);
  pugi::xml_document body;
  pugi::xml_parse_result parsed = body.load_buffer(item.body.data(), item.body.size());
  if (!parsed)
    throw SyncError(exit_code::invalid_input,
                    fmt::format("{}: {}: not well-formed XML: {}", body_path.string(),
                                line_and_column(item.body, static_cast<size_t>(parsed.offset)), parsed.description()));
  item.summary_fields = summary_fields(body.document_element(), item.type);
  item.full_fields = all_fields(body.document_element());
  return item;
}

} // namespace

Bundle read_bundle(const std::filesystem::path& folder) {
  std::filesystem::path manifest_path = folder / "manifest.json";
  std::string text = read_file(manifest_path);
  Json manifest = Json::parse(text, nullptr, false);
  std::string where = manifest_path.string();
  if (manifest.is_discarded() || !manifest.is_object())
    throw SyncError(exit_code::invalid_input, where + ": not a JSON object (is this a cvport ORCID bundle?)");
  if (manifest.value("manifest_version", 0) != 2)
    throw SyncError(exit_code::invalid_input,
                    where + ": manifest_version: 2 is required (export the CV again with this cvport)");
  Bundle bundle;
  bundle.folder = folder;
  if (manifest.contains("orcid") && manifest["orcid"].is_string()) bundle.orcid = manifest["orcid"].get<std::string>();
  if (manifest.contains("authoritative") && manifest["authoritative"].is_object())
    bundle.authoritative = manifest["authoritative"];
  if (manifest.contains("options") && manifest["options"].is_object())
    bundle.bulk_size = std::clamp<size_t>(manifest["options"].value("bulk-size", size_t{100}), 1, 100);
  const Json& items = manifest.value("items", Json::array());
  for (size_t i = 0; i < items.size(); ++i)
    bundle.items.push_back(read_item(items[i], folder, fmt::format("{}: items[{}]", where, i)));
  return bundle;
}

} // namespace cvport::orcid
