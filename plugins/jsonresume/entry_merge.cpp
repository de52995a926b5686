#include "entry_merge.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "cvport/identifiers.hpp"
#include "json_path.hpp"
#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

std::string trimmed(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

const FieldMapping* find_field(const EntryMapping& mapping, std::string_view standard) {
  for (const FieldMapping& field : mapping.fields)
    if (field.standard == standard) return &field;
  return nullptr;
}

// The value a standard member contributes, or null when it contributes none. Only strings are
// judged here; a wrong type goes through so that the canonical reader reports it.
Json standard_value(const FieldMapping& field, const Json& value, const std::string& path,
                    sdk::Diagnostics& diagnostics) {
  if (!value.is_string()) return value;
  std::string text = trimmed(value.get<std::string>());
  if (text.empty()) return Json();
  auto unusable = [&](const std::string& what) {
    diagnostics.warning("jsonresume.unusable-value", path,
                        in_quotes(value.get<std::string>()) + " is not " + what +
                            ", which cvport needs here; it is not kept");
    return Json();
  };
  switch (field.kind) {
  case ValueKind::end_date:
    if (upper(text) == "PRESENT") {
      diagnostics.note("jsonresume.present", path,
                       "JSON Resume marks an ongoing entry by leaving out endDate; \"" + text +
                           "\" is read as ongoing");
      return "present";
    }
    return text;
  case ValueKind::url:
    return is_http_url(text) ? Json(text) : unusable("an absolute http:// or https:// URL");
  case ValueKind::email:
    return is_email(text) ? Json(text) : unusable("an e-mail address");
  case ValueKind::country:
    return is_country_code(upper(text)) ? Json(upper(text)) : unusable("an ISO 3166-1 alpha-2 country code");
  default:
    return value;
  }
}

} // namespace

MergedEntry merge_entry(const Json& input, const std::string& input_path, const EntryMapping& mapping,
                        sdk::Diagnostics& diagnostics) {
  std::string extension_path = join_path(input_path, kExtensionKey);
  MergedEntry entry{.model = Json::object(), .locator = Locator(extension_path)};
  auto extension = input.find(std::string(kExtensionKey));
  if (extension != input.end()) {
    entry.from_cvport = true;
    if (!extension->is_object()) {
      diagnostics.error("jsonresume.wrong-type", extension_path,
                        "expected an object, found " + json_type_name(*extension));
    } else {
      entry.derived = extension->contains("derived");
      entry.model = *extension;
    }
  }
  if (entry.derived) return entry;

  // Standard members, in table order; an old-schema name stands in for a missing current one.
  for (const FieldMapping& field : mapping.fields) {
    if (has_path(entry.model, field.model)) continue; // "x-cvport" overrides it
    std::string member(field.standard);
    auto it = input.find(member);
    if (it == input.end()) {
      for (const Alias& alias : mapping.aliases) {
        if (alias.standard != field.standard || !input.contains(std::string(alias.old_name))) continue;
        member = alias.old_name;
        it = input.find(member);
        diagnostics.note("jsonresume.old-schema", join_path(input_path, member),
                         in_quotes(member) + " is the name older JSON Resume versions used for " +
                             in_quotes(field.standard) + "; read as such");
        break;
      }
    }
    std::string path = join_path(input_path, member);
    entry.locator.map(std::string(field.model), path);
    if (it == input.end()) continue;
    Json value = standard_value(field, *it, path, diagnostics);
    if (!value.is_null()) set_path(entry.model, field.model, std::move(value));
  }

  // Members that are neither standard, left to the caller, nor a used old name.
  std::vector<std::string_view> known;
  for (const FieldMapping& field : mapping.fields) known.push_back(field.standard);
  for (std::string_view member : mapping.handled_by_caller) known.push_back(member);
  for (const auto& [name, value] : input.items()) {
    if (name == kExtensionKey || std::find(known.begin(), known.end(), name) != known.end()) continue;
    const std::string& member = name; // clang 14 cannot capture a structured binding
    auto alias = std::find_if(mapping.aliases.begin(), mapping.aliases.end(),
                              [&](const Alias& a) { return a.old_name == member; });
    if (alias != mapping.aliases.end()) {
      if (input.contains(std::string(alias->standard)))
        diagnostics.warning("jsonresume.not-kept", join_path(input_path, name),
                            in_quotes(name) + " is an older name of " + in_quotes(alias->standard) +
                                ", which is also given; it is not kept");
      continue;
    }
    std::string message = "unknown member " + in_quotes(name) + " is not kept";
    std::string suggestion = closest_name(name, known);
    if (!suggestion.empty()) message += "; did you mean " + in_quotes(suggestion) + "?";
    diagnostics.warning("jsonresume.unknown-member", join_path(input_path, name), message);
  }

  // JSON Resume's ongoing entry: a start and no end.
  const FieldMapping* start = find_field(mapping, "startDate");
  const FieldMapping* end = find_field(mapping, "endDate");
  if (!entry.from_cvport && start && end && has_path(entry.model, start->model) &&
      !has_path(entry.model, end->model))
    set_path(entry.model, end->model, "present");
  return entry;
}

} // namespace cvport::jsonresume
