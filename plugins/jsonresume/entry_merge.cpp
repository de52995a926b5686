#include "entry_merge.hpp"

#include <algorithm>
#include <vector>

#include "json_path.hpp"
#include "member_reader.hpp"
#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

struct Member {
  std::string name;
  const Json* value;
  std::string path;
  bool used = false;
};

std::vector<Member> members_of(const EntrySource& source) {
  std::vector<Member> members;
  for (const auto& [name, value] : source.object.items())
    if (name != kExtensionKey) members.push_back({name, &value, join_path(source.path, name)});
  if (source.inherited)
    for (const auto& [name, value] : source.inherited->items()) {
      const std::string& member = name; // clang 14 cannot capture a structured binding
      bool own = std::any_of(members.begin(), members.end(), [&](const Member& m) { return m.name == member; });
      if (!own && name != kExtensionKey && name != "positions")
        members.push_back({name, &value, join_path(source.inherited_path, name)});
    }
  return members;
}

Member* find_member(std::vector<Member>& members, std::string_view name) {
  auto it = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.name == name; });
  return it == members.end() ? nullptr : &*it;
}

bool is_empty_value(const Json& value) {
  if (value.is_null()) return true;
  if (value.is_string()) return value.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos;
  if (value.is_array() || value.is_object()) {
    for (const Json& item : value)
      if (!is_empty_value(item)) return false;
    return true;
  }
  return false;
}

void read_extension(const EntrySource& source, MergedEntry& entry, ImportSession& session) {
  auto extension = source.object.find(std::string(kExtensionKey));
  if (extension == source.object.end()) return;
  entry.from_cvport = true;
  if (!extension->is_object()) {
    session.diagnostics.warning("jsonresume.wrong-type", join_path(source.path, kExtensionKey),
                                "expected an object, found " + json_type_name(*extension) + "; it is left out");
    return;
  }
  entry.derived = extension->contains("derived");
  entry.model = *extension;
}

} // namespace

MergedEntry merge_entry(const EntrySource& source, const EntryMapping& mapping, ImportSession& session) {
  MergedEntry entry{.model = Json::object(), .locator = Locator(join_path(source.path, kExtensionKey))};
  read_extension(source, entry, session);
  if (entry.derived) return entry;
  bool has_content = !entry.model.empty();

  std::vector<Member> members = members_of(source);
  // Standard members in table order; an older or another tool's name stands in for a missing one.
  for (const FieldMapping& field : mapping.fields) {
    Member* member = find_member(members, field.standard);
    if (!member)
      for (const Alias& alias : mapping.aliases)
        if (alias.standard == field.standard && (member = find_member(members, alias.old_name))) {
          session.normalised(Normalisation::old_name, member->path,
                             in_quotes(alias.old_name) + " as " + in_quotes(field.standard));
          break;
        }
    if (!member) continue;
    member->used = true;
    entry.locator.map(std::string(field.model), member->path);
    if (has_path(entry.model, field.model)) continue; // "x-cvport" overrides it
    MemberValue read = read_member(field, *member->value, member->path, session);
    if (!read.value.is_null()) {
      set_path(entry.model, field.model, std::move(read.value));
      has_content = true;
    }
    if (!read.translations.is_null()) set_path(entry.model["extra"]["i18n"], field.model, read.translations);
    if (!read.label.empty() && mapping.has_date_label && !entry.model.contains("date_label")) {
      entry.model["date_label"] = read.label;
      entry.locator.map("date_label", member->path);
      has_content = true;
    }
  }

  // The rest: left to the caller, an older name given beside its current one, or kept as it is.
  std::vector<std::string_view> known;
  for (const FieldMapping& field : mapping.fields) known.push_back(field.standard);
  for (Member& member : members) {
    if (member.used) continue;
    if (std::find(mapping.handled_by_caller.begin(), mapping.handled_by_caller.end(), member.name) !=
        mapping.handled_by_caller.end()) {
      has_content = has_content || !is_empty_value(*member.value);
      continue;
    }
    // An older name given beside its current one ("tags" and "keywords") is data of its own: it
    // is kept like any other member.
    if (is_empty_value(*member.value)) {
      session.normalised(Normalisation::empty_left_out, member.path, "");
      continue;
    }
    Json& kept = entry.model["extra"]["jsonresume"];
    if (kept.contains(member.name)) continue; // "x-cvport" kept it already
    kept[member.name] = *member.value;
    // A file cvport wrote holds them because an earlier import kept them: nothing new to say.
    if (!entry.from_cvport) session.kept(member.name, member.path, known);
    has_content = true;
  }

  // JSON Resume's ongoing entry: a start and no end.
  auto start = std::find_if(mapping.fields.begin(), mapping.fields.end(),
                            [](const FieldMapping& f) { return f.standard == "startDate"; });
  auto end = std::find_if(mapping.fields.begin(), mapping.fields.end(),
                          [](const FieldMapping& f) { return f.standard == "endDate"; });
  if (!entry.from_cvport && start != mapping.fields.end() && end != mapping.fields.end() &&
      has_path(entry.model, start->model) && !has_path(entry.model, end->model))
    set_path(entry.model, end->model, "present");
  entry.blank = !has_content;
  return entry;
}

} // namespace cvport::jsonresume
