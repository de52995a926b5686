#include "entry_merge.hpp"

#include <algorithm>
#include <vector>

#include "json_path.hpp"
#include "member_reader.hpp"
#include "message_text.hpp"
#include "cvport/text.hpp"

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

// A date member as the file gives it: `label` is its text when it could not be read as a date.
struct DateMember {
  const FieldMapping& field;
  std::string name; // as the file names it
  std::string path;
  std::string label;
  std::string written; // the text as written, read or not
};

std::string written_text(const Json& input, const Json& read) {
  if (input.is_string()) return trimmed(input.get_ref<const std::string&>());
  return read.is_string() ? read.get<std::string>() : std::string();
}

// A date that could not be read ("Septembre 2016", "01/15/2019") is kept as the entry's
// date_label, shown as written instead of the dates; when the other end of the range is given,
// the label is the whole range as written ("2018-01 – 01/15/2019"), so that neither end is lost
// and a finished entry is not shown as ongoing. Each unreadable date has its warning
// (member_reader.cpp); this note says where its text went.
void keep_unread_dates(const std::vector<DateMember>& dates, const EntryMapping& mapping, MergedEntry& entry,
                       ImportSession& session) {
  auto unread = std::find_if(dates.begin(), dates.end(), [](const DateMember& date) { return !date.label.empty(); });
  if (unread == dates.end() || entry.model.contains("date_label")) return;
  if (!mapping.has_date_label) {
    // No date_label in this section (projects, volunteer, certificates, publications): each
    // unread date is kept as written beside the model's values.
    for (const DateMember& date : dates) {
      if (date.label.empty()) continue;
      entry.model["extra"][std::string(kOriginalValuesKey)][date.name] = date.label;
      session.diagnostics.note("jsonresume.date-kept", date.path,
                               "the entry has no place for a date written in words: " + in_quotes(date.label) +
                                   " is kept as written in its extra (\"jsonresume-original\"), which JSON Resume "
                                   "export writes into \"x-cvport\" and the other formats do not show; write it "
                                   "as ISO 8601 (2019-06) to have it read as a date");
    }
    return;
  }
  std::string label;
  for (const DateMember& date : dates)
    if (!date.written.empty()) label += (label.empty() ? "" : " \u2013 ") + date.written;
  entry.model["date_label"] = label;
  entry.locator.map("date_label", unread->path);
  session.diagnostics.note("jsonresume.date-label", unread->path,
                           "the dates are kept as written in the entry's date_label " + in_quotes(label) +
                                  ", which is shown instead of them; write them as ISO 8601 (2019-06) to have them "
                                  "read as dates");
}

} // namespace

MergedEntry merge_entry(const EntrySource& source, const EntryMapping& mapping, ImportSession& session) {
  MergedEntry entry{.model = Json::object(), .locator = Locator(join_path(source.path, kExtensionKey))};
  read_extension(source, entry, session);
  if (entry.derived) return entry;
  bool has_content = !entry.model.empty();

  std::vector<Member> members = members_of(source);
  std::vector<DateMember> dates;
  bool end_read = false; // an endDate was read: a date or a word for "ongoing"
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
      if (field.kind == ValueKind::end_date) end_read = true;
      set_path(entry.model, field.model, std::move(read.value));
      has_content = true;
    }
    if (!read.translations.is_null()) set_path(entry.model["extra"]["i18n"], field.model, read.translations);
    if (field.kind == ValueKind::date || field.kind == ValueKind::end_date)
      dates.push_back({field, member->name, member->path, read.label, written_text(*member->value, read.value)});
    if (!read.original.is_null()) entry.model["extra"][std::string(kOriginalValuesKey)][member->name] = read.original;
  }
  keep_unread_dates(dates, mapping, entry, session);
  has_content = has_content || entry.model.contains("date_label") || entry.model.contains("extra");

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
  // An endDate given but unreadable is no ongoing entry: its text is in date_label.
  bool end_unread = std::any_of(dates.begin(), dates.end(), [](const DateMember& date) {
    return date.field.kind == ValueKind::end_date && !date.label.empty();
  });
  if (!entry.from_cvport && start != mapping.fields.end() && end != mapping.fields.end() &&
      has_path(entry.model, start->model) && !has_path(entry.model, end->model) && !end_read && !end_unread)
    set_path(entry.model, end->model, "present");
  entry.blank = !has_content;
  return entry;
}

} // namespace cvport::jsonresume
