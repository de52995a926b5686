#include "entry_reader.hpp"

#include <algorithm>

#include "fresh_values.hpp"

namespace cvport::fresh {

namespace {

Json::json_pointer pointer_of(std::string_view dotted) {
  std::string pointer = "/" + std::string(dotted);
  std::replace(pointer.begin(), pointer.end(), '.', '/');
  return Json::json_pointer(pointer);
}

bool is_mapped(const EntryMapping& mapping, const std::string& name) {
  return std::any_of(mapping.members.begin(), mapping.members.end(),
                     [&](const MemberMapping& m) { return m.fresh == name; });
}

} // namespace

void set_model_value(Json& model, std::string_view dotted, Json value) { model[pointer_of(dotted)] = std::move(value); }

bool has_model_value(const Json& model, std::string_view dotted) { return model.contains(pointer_of(dotted)); }

std::string index_path(std::string_view parent, size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

std::string member_path(std::string_view parent, std::string_view member) {
  return parent.empty() ? std::string(member) : std::string(parent) + "." + std::string(member);
}

ReadEntry read_entry(const Json& object, const std::string& path, const EntryMapping& mapping,
                     ImportSession& session, std::span<const std::string_view> handled) {
  ReadEntry entry;
  // In the table's order, so that of two members for one field ("title" and "name") the first
  // listed wins; the other is kept.
  for (const MemberMapping& member : mapping.members) {
    auto found = object.find(std::string(member.fresh));
    if (found == object.end() || is_blank_value(*found)) continue;
    std::string input_path = member_path(path, member.fresh);
    if (has_model_value(entry.model, member.model)) {
      entry.kept[std::string(member.fresh)] = *found;
      entry.kept_paths.push_back(input_path);
      continue;
    }
    FieldValue read = read_value(member.kind, *found, input_path, session);
    if (!read.value.is_null()) {
      set_model_value(entry.model, member.model, std::move(read.value));
      entry.origins.emplace_back(member.model, input_path);
    } else if (!read.label.empty() && mapping.has_date_label && !entry.model.contains("date_label")) {
      entry.model["date_label"] = read.label; // "Summer 2019": shown as written
      entry.origins.emplace_back("date_label", input_path);
    } else if (!read.problem.empty()) {
      session.diagnostics.warning("fresh.unreadable", input_path, read.problem + "; the value is kept as written");
      entry.kept[std::string(member.fresh)] = *found;
    }
  }
  for (const auto& [name, value] : object.items()) {
    if (is_mapped(mapping, name) || std::find(handled.begin(), handled.end(), name) != handled.end()) continue;
    if (is_blank_value(value)) continue;
    entry.kept[name] = value;
    entry.kept_paths.push_back(member_path(path, name));
  }
  for (std::string_view required : mapping.required) {
    if (has_model_value(entry.model, required)) continue;
    auto member = std::find_if(mapping.members.begin(), mapping.members.end(),
                               [&](const MemberMapping& m) { return m.model == required; });
    entry.missing = member == mapping.members.end() ? std::string(required) : std::string(member->fresh);
    break;
  }
  return entry;
}

} // namespace cvport::fresh
