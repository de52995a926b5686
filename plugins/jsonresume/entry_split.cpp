#include "entry_split.hpp"

#include <optional>
#include <vector>

#include "cvport/date.hpp"
#include "json_path.hpp"
#include "schema_formats.hpp"

namespace cvport::jsonresume {

namespace {

std::optional<size_t> find_standard(const EntryMapping& mapping, std::string_view standard) {
  for (size_t i = 0; i < mapping.fields.size(); ++i)
    if (mapping.fields[i].standard == standard) return i;
  return std::nullopt;
}

// Whether the standard member may hold `value`; when not, the caller keeps it in the extension.
bool fits_schema(const FieldMapping& field, const Json& value, const std::string& path,
                 sdk::Diagnostics& diagnostics) {
  if (!value.is_string()) return true;
  const std::string& text = value.get_ref<const std::string&>();
  switch (field.kind) {
  case ValueKind::date:
  case ValueKind::end_date:
    if (text == "present") return false;
    if (schema_accepts_date(text)) return true;
    diagnostics.warning("jsonresume.date-range", path,
                        "the date " + text +
                            " is outside the years 1000 to 2999 that the JSON Resume schema "
                            "accepts: it is kept only in \"x-cvport\", and themes show no date here");
    return false;
  case ValueKind::email:
    if (schema_accepts_email(text)) return true;
    diagnostics.warning("jsonresume.email-format", path,
                        "the JSON Resume schema's \"email\" format rejects \"" + text +
                            "\" (it allows only ASCII letters, digits and a few signs): it is kept only in "
                            "\"x-cvport\"; write an ASCII address to show it to themes");
    return false;
  default:
    return true;
  }
}

} // namespace

SplitEntry split_entry(Json model, const EntryMapping& mapping, const std::string& model_path,
                       sdk::Diagnostics& diagnostics) {
  std::vector<Json> values(mapping.fields.size());
  for (size_t i = 0; i < mapping.fields.size(); ++i) {
    const FieldMapping& field = mapping.fields[i];
    Json value = take_path(model, field.model);
    if (value.is_null()) continue;
    std::string path = model_path + "." + std::string(field.model);
    if (!fits_schema(field, value, path, diagnostics)) {
      set_path(model, field.model, std::move(value));
      continue;
    }
    if (field.kind == ValueKind::url) {
      std::string uri = to_schema_uri(value.get<std::string>());
      if (uri != value.get<std::string>()) {
        diagnostics.note(
            "jsonresume.uri-encoded", path,
            "the URL has characters the JSON Resume schema's \"uri\" format does not allow: it is "
            "written percent-encoded, and \"x-cvport\" keeps it as written");
        set_path(model, field.model, value);
        value = uri;
      }
    }
    values[i] = std::move(value);
  }

  // One date of a start/end pair: themes read a missing endDate as "Present".
  auto start = find_standard(mapping, "startDate");
  auto end = find_standard(mapping, "endDate");
  if (start && end) {
    std::string_view start_key = mapping.fields[*start].model, end_key = mapping.fields[*end].model;
    bool start_only = !values[*start].is_null() && values[*end].is_null() && !has_path(model, end_key);
    bool end_only = values[*start].is_null() && !values[*end].is_null() && !has_path(model, start_key);
    // With a date_label the dates are shown as written, and the missing one is not known (an
    // import keeps an endDate it cannot read, "Herbst 2019", only in the label, or as written
    // in extra.jsonresume-original where the model has no date_label): a copy of the other
    // would be a date the entry does not have. A startDate alone would mean "ongoing", so it
    // stays in the extension too.
    const Json* original = nullptr;
    if (auto extra = model.find("extra"); extra != model.end() && extra->is_object())
      if (auto kept = extra->find(kOriginalValuesKey); kept != extra->end() && kept->is_object()) original = &*kept;
    auto unknown = [&](std::string_view standard) {
      return model.contains("date_label") || (original && original->contains(std::string(standard)));
    };
    if (start_only && unknown("endDate")) {
      std::string what = model.contains("date_label")
                             ? "the entry has a start and no end date, and shows its dates as its date_label " +
                                   model["date_label"].dump()
                             : "the entry has a start, and an end date cvport could not read, kept as written (" +
                                   original->at("endDate").dump() + ")";
      diagnostics.warning("jsonresume.label-dates", model_path + ".end",
                          what + ": JSON Resume reads a startDate without endDate as ongoing, so neither is written "
                                 "and themes show no dates (\"x-cvport\" keeps the start and the " +
                              (model.contains("date_label") ? "label" : "text") +
                              "); add the end date (the start again for a single date) to show them");
      set_path(model, start_key, std::move(values[*start]));
      values[*start] = Json();
    } else if (start_only) {
      values[*end] = values[*start];
      set_path(model, end_key, nullptr);
    } else if (end_only && !unknown("startDate")) {
      values[*start] = values[*end];
      set_path(model, start_key, nullptr);
    }
  }

  SplitEntry entry;
  for (size_t i = 0; i < mapping.fields.size(); ++i)
    if (!values[i].is_null()) entry.standard[std::string(mapping.fields[i].standard)] = std::move(values[i]);
  entry.extension = std::move(model);
  return entry;
}

void set_readable(SplitEntry& entry, std::string_view standard, std::string_view model_key,
                  const std::string& readable, const std::string& exact) {
  if (readable.empty()) return;
  entry.standard[std::string(standard)] = readable;
  if (readable != exact) set_path(entry.extension, model_key, exact.empty() ? Json() : Json(exact));
}

Json with_extension(SplitEntry entry) {
  // Members an import kept because cvport has no field for them go back where they were; a
  // standard member written from the model wins over a kept one of the same name.
  if (auto extra = entry.extension.find("extra"); extra != entry.extension.end() && extra->is_object()) {
    if (auto kept = extra->find("jsonresume"); kept != extra->end() && kept->is_object()) {
      for (auto& [name, value] : kept->items())
        if (!entry.standard.contains(name)) entry.standard[name] = value;
      extra->erase("jsonresume");
    }
    if (extra->empty()) entry.extension.erase("extra");
  }
  if (!entry.extension.empty()) entry.standard[std::string(kExtensionKey)] = std::move(entry.extension);
  return std::move(entry.standard);
}

void set_theme_dates(Json& standard, const Date& start, const Date& end) {
  auto usable = [](const Date& date) { return !date.present && schema_accepts_date(format_date(date)); };
  const Date* first = usable(start) ? &start : nullptr;
  const Date* last = usable(end) ? &end : nullptr;
  if (!first && !last) return;
  standard["startDate"] = format_date(first ? *first : *last);
  if (end.present) return;
  standard["endDate"] = format_date(last ? *last : *first);
}

} // namespace cvport::jsonresume
