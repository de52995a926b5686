#include "matcher.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "identifiers.hpp"

namespace cvport::orcid {

namespace {

// "doi\n10.1145/abc": an identifier as ORCID compares it.
std::string compared(const SelfId& id) { return id.type + "\n" + id.normalized; }

// The record's items indexed for matching: own items by type + key and by type + self id,
// other sources' items by type + self id (source-work-ids left out) or type + person key.
class RecordIndex {
public:
  RecordIndex(const Record& record, const std::string& client_id) : claimed_(record.items.size(), false) {
    for (size_t i = 0; i < record.items.size(); ++i) {
      const RecordItem& item = record.items[i];
      bool own = !client_id.empty() && item.client_id == client_id;
      if (own) {
        if (!item.key.empty()) own_by_key_.emplace(item.type + "\n" + item.key, i);
        for (const SelfId& id : item.self_ids) own_by_id_.emplace(item.type + "\n" + compared(id), i);
      } else if (is_person_item_type(item.type)) {
        others_.emplace(item.type + "\n" + item.key, i);
      } else {
        for (const SelfId& id : item.self_ids)
          if (id.type != "source-work-id") others_.emplace(item.type + "\n" + compared(id), i);
      }
    }
  }

  // The own item that is this bundle item, claimed so no other bundle item takes it.
  const RecordItem* claim_own(const BundleItem& item, const Record& record) {
    if (auto found = take(own_by_key_, item.type + "\n" + item.key)) return &record.items[*found];
    if (is_person_item_type(item.type)) return nullptr;
    for (const SelfId& id : item.self_ids)
      if (auto found = take(own_by_id_, item.type + "\n" + compared(id))) return &record.items[*found];
    return nullptr;
  }

  // An item of another source that ORCID shows as the same item.
  const RecordItem* other_source(const BundleItem& item, const Record& record) const {
    std::vector<std::string> lookups;
    if (is_person_item_type(item.type)) lookups.push_back(item.type + "\n" + item.key);
    for (const SelfId& id : item.self_ids)
      if (id.type != "source-work-id") lookups.push_back(item.type + "\n" + compared(id));
    for (const std::string& lookup : lookups)
      if (auto found = others_.find(lookup); found != others_.end()) return &record.items[found->second];
    return nullptr;
  }

  bool claimed(size_t index) const { return claimed_[index]; }

private:
  std::optional<size_t> take(const std::unordered_multimap<std::string, size_t>& index, const std::string& lookup) {
    auto [begin, end] = index.equal_range(lookup);
    for (auto it = begin; it != end; ++it)
      if (!claimed_[it->second]) {
        claimed_[it->second] = true;
        return it->second;
      }
    return std::nullopt;
  }

  std::vector<bool> claimed_;
  std::unordered_multimap<std::string, size_t> own_by_key_, own_by_id_, others_;
};

// The names of the summary fields that differ, for the reason: "title, publication-date".
std::string differing_fields(const ItemFields& ours, const ItemFields& theirs) {
  std::vector<std::string> names;
  auto name_of = [](const std::string& line) { return line.substr(0, line.find('=')); };
  std::vector<std::string> only;
  std::set_symmetric_difference(ours.begin(), ours.end(), theirs.begin(), theirs.end(), std::back_inserter(only));
  for (const std::string& line : only)
    if (std::find(names.begin(), names.end(), name_of(line)) == names.end()) names.push_back(name_of(line));
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  return list;
}

PlanEntry matched_entry(const BundleItem& item, const RecordItem& own, const Journal* journal) {
  PlanEntry entry{Action::unchanged, item.key, item.type, item.title, own.put_code};
  entry.item = &item;
  if (own.key != item.key && !is_person_item_type(item.type))
    entry.reason = fmt::format("matched by a shared identifier, not by key (the record has key \"{}\")", own.key);
  if (item.summary_fields != own.summary_fields) {
    entry.action = Action::update;
    entry.basis = UpdateBasis::summary;
    entry.reason = "the record shows a different " + differing_fields(item.summary_fields, own.summary_fields);
    if (own.key != item.key && !is_person_item_type(item.type)) entry.reason += ", and another key";
    return entry;
  }
  if (own.key != item.key && !is_person_item_type(item.type)) {
    entry.action = Action::update;
    entry.basis = UpdateBasis::summary;
    return entry;
  }
  const JournalEntry* last = journal ? journal->last_success(item.key) : nullptr;
  if (last && last->put_code == own.put_code) {
    if (last->sha256 == item.sha256) return entry;
    entry.action = Action::update;
    entry.basis = UpdateBasis::journal;
    entry.reason = "the body differs from the one last sent (journal), in fields the summary does not show";
    return entry;
  }
  entry.action = Action::update;
  entry.basis = UpdateBasis::unknown;
  entry.reason = "the summary matches; no journal entry tells whether the rest does (sync compares the full item first)";
  return entry;
}

std::string kind_of(const std::string& key) { return key.substr(0, key.find(':')); }

bool authoritative(const Bundle& bundle, const RecordItem& item) {
  auto kinds = bundle.authoritative.find(item.type);
  if (kinds == bundle.authoritative.end() || !kinds->is_array() || item.key.empty()) return false;
  std::string kind = kind_of(item.key);
  return std::any_of(kinds->begin(), kinds->end(), [&](const nlohmann::json& listed) {
    return listed.is_string() && listed.get<std::string>() == kind;
  });
}

} // namespace

Plan make_plan(const Bundle& bundle, const Record& record, const std::string& client_id, const Journal* journal,
               bool allow_delete) {
  Plan plan{record.orcid, client_id, allow_delete, {}};
  RecordIndex index(record, client_id);
  for (const BundleItem& item : bundle.items) {
    const RecordItem* own = index.claim_own(item, record);
    if (!item.ready) {
      PlanEntry entry{Action::not_ready, item.key, item.type, item.title, own ? own->put_code : ""};
      entry.item = &item;
      entry.reason = "the manifest marks it not ready (see its reasons); never sent";
      plan.entries.push_back(std::move(entry));
      continue;
    }
    if (own) {
      plan.entries.push_back(matched_entry(item, *own, journal));
      continue;
    }
    if (const RecordItem* other = index.other_source(item, record)) {
      PlanEntry entry{Action::conflict, item.key, item.type, item.title, other->put_code};
      entry.item = &item;
      entry.reason = fmt::format("the record has it from another source ({}, put-code {}): left alone",
                                 other->source_name.empty() ? other->client_id : other->source_name, other->put_code);
      plan.entries.push_back(std::move(entry));
      continue;
    }
    PlanEntry entry{Action::create, item.key, item.type, item.title};
    entry.item = &item;
    plan.entries.push_back(std::move(entry));
  }
  for (size_t i = 0; i < record.items.size(); ++i) {
    const RecordItem& item = record.items[i];
    if (item.client_id != client_id || client_id.empty() || index.claimed(i)) continue;
    PlanEntry entry{Action::kept, item.key, item.type, item.title, item.put_code};
    if (!authoritative(bundle, item))
      entry.reason = item.key.empty() ? "own item without a cvport key: left alone"
                                      : fmt::format("not in the bundle, but the bundle is not authoritative for {} items of kind {}",
                                                    item.type, kind_of(item.key));
    else if (!allow_delete)
      entry.reason = "not in the bundle: deleted only with --delete";
    else
      entry.action = Action::remove, entry.reason = "own item no longer in the CV";
    plan.entries.push_back(std::move(entry));
  }
  return plan;
}

} // namespace cvport::orcid
