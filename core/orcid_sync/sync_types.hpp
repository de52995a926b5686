// The data `cvport orcid plan` and `cvport orcid sync` pass between their steps: the bundle's
// items (from manifest.json), the record's items (from GET /v3.0/{orcid}/record), and the plan
// that pairs them.
#ifndef CVPORT_ORCID_SYNC_TYPES_HPP
#define CVPORT_ORCID_SYNC_TYPES_HPP

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cvport::orcid {

// A failure that ends the command with a documented exit code (exit_codes.hpp). The message
// names the file (and line and column) or the request; it never holds the token.
struct SyncError : std::runtime_error {
  SyncError(int exit_status, const std::string& message) : std::runtime_error(message), status(exit_status) {}
  int status;
};

// A self external id: as written, and as ORCID compares it (identifiers.hpp).
struct SelfId {
  std::string type;
  std::string value;
  std::string normalized;
};

// What of an item the record's summary shows, as sorted "field=value" lines (item_fields.hpp).
using ItemFields = std::vector<std::string>;

struct BundleItem {
  std::string key;  // "publication:li2023clover", "keyword:machine learning"
  std::string type; // manifest item type: "work", "education", "funding", "keyword", ...
  std::string title;
  std::vector<std::string> sources; // CV places
  std::vector<SelfId> self_ids;
  std::string body_file; // relative to the bundle folder
  std::string body;      // the request body's bytes
  std::string sha256;    // of `body`, as the manifest says
  std::string create_path, update_path, delete_path; // "{put-code}" in the last two
  bool ready = false;
  ItemFields summary_fields; // the body's fields that a record summary also shows
  ItemFields full_fields;    // all of the body's fields
};

struct Bundle {
  std::filesystem::path folder;
  std::string orcid; // empty when the CV names none
  nlohmann::json authoritative = nlohmann::json::object(); // type -> [kind, ...]
  size_t bulk_size = 100;
  std::vector<BundleItem> items;
};

struct RecordItem {
  std::string type; // "work", "education", ..., "keyword", "address"
  std::string put_code;
  std::string client_id;   // the source client's id; empty for the researcher's own items
  std::string source_name; // for messages
  std::string title;       // title, role title or value, for messages
  std::vector<SelfId> self_ids;
  std::string key; // own activities: the self source-work-id; person items: person_item_key
  ItemFields summary_fields;
};

struct Record {
  std::string orcid;
  std::vector<RecordItem> items;
};

enum class Action { create, update, unchanged, conflict, not_ready, remove, kept };

// Why an update was planned: the summary shows a difference, the journal's hash of the last
// body sent differs, or neither can tell (no journal entry): sync then GETs the full item.
enum class UpdateBasis { none, summary, journal, unknown };

struct PlanEntry {
  Action action = Action::create;
  std::string key;
  std::string type;
  std::string title;
  std::string put_code;     // of the matched (or conflicting, or deleted) record item
  std::string reason;       // one sentence for every action but create and unchanged
  UpdateBasis basis = UpdateBasis::none;
  const BundleItem* item = nullptr; // null for delete and kept
};

struct Plan {
  std::string orcid;
  std::string client_id;
  bool deletes_allowed = false;
  std::vector<PlanEntry> entries; // bundle order, then the record's own items without a match
};

// "create", "update", "unchanged", "conflict", "not-ready", "delete", "kept".
std::string action_name(Action action);

} // namespace cvport::orcid

#endif
