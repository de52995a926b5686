#include "export_report.hpp"

#include <algorithm>

#include "json_path.hpp"
#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

bool is_within(std::string_view path, std::string_view prefix) {
  return path.substr(0, prefix.size()) == prefix &&
         (path.size() == prefix.size() || path[prefix.size()] == '.');
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// Dotted paths of the values in `json`; objects are walked into, and so are lists of objects
// when `into_lists` (a custom section's "entries.date_label"). Null markers are no values.
void collect_values(const Json& json, const std::string& path, bool into_lists,
                    std::vector<std::string>& out) {
  if (json.is_null()) return;
  if (json.is_object()) {
    for (const auto& [name, value] : json.items())
      collect_values(value, join_path(path, name), into_lists, out);
  } else if (json.is_array() && into_lists && !json.empty() && json.front().is_object()) {
    for (const auto& item : json) collect_values(item, path, into_lists, out);
  } else if (!path.empty()) {
    add_unique(out, path);
  }
}

std::string listed(const std::vector<std::string>& values) {
  return in_quotes_list(values) + (values.size() == 1 ? " has" : " have");
}

std::string it_or_them(const std::vector<std::string>& values) { return values.size() == 1 ? "it" : "them"; }

} // namespace

ExportReport::SectionNotes& ExportReport::notes_for(std::string_view section) {
  for (SectionNotes& notes : sections_)
    if (notes.section == section) return notes;
  SectionNotes notes;
  notes.section = std::string(section);
  sections_.push_back(std::move(notes));
  return sections_.back();
}

void ExportReport::add_extension(std::string_view section, const Json& extension,
                                 const EntryMapping& mapping) {
  std::vector<std::string> collected, values;
  collect_values(extension, "", false, collected);
  for (const std::string& value : collected) {
    // Kept members go back into the entry itself; "inferred" marks stand-ins, which are no
    // values of the user's; other kept values count by format ("extra.i18n").
    if (is_within(value, "extra.jsonresume") || is_within(value, "inferred")) continue;
    add_unique(values, is_within(value, "extra") ? value.substr(0, value.find('.', 6)) : value);
  }
  for (const std::string& value : values) {
    bool mapped = std::any_of(mapping.fields.begin(), mapping.fields.end(),
                              [&](const FieldMapping& field) { return field.model == value; });
    if (mapped) continue;
    auto shown = std::find_if(mapping.shown.begin(), mapping.shown.end(),
                              [&](const ShownIn& s) { return is_within(value, s.model); });
    SectionNotes& notes = notes_for(section);
    if (shown != mapping.shown.end())
      add_unique(notes.shown[std::string(shown->standard)], value);
    else
      add_unique(notes.hidden, value);
  }
}

void ExportReport::add_section(std::string_view section, std::string shown_as, const Json& items,
                               std::span<const std::string_view> rendered) {
  if (items.is_null() || items.empty()) return;
  SectionNotes& notes = notes_for(section);
  notes.whole_section = true;
  notes.shown_as = std::move(shown_as);
  std::vector<std::string> values;
  collect_values(items, "", true, values);
  for (const std::string& value : values) {
    bool shown = std::any_of(rendered.begin(), rendered.end(),
                             [&](std::string_view r) { return is_within(value, r); });
    if (!shown) add_unique(notes.hidden, value);
  }
}

void ExportReport::emit(sdk::Diagnostics& diagnostics, bool extensions) const {
  for (const SectionNotes& notes : sections_) {
    const std::string& path = notes.section;
    if (notes.whole_section && !notes.shown_as.empty()) {
      if (extensions)
        diagnostics.note("jsonresume.derived", path,
                         "JSON Resume has no " + in_quotes(path) + " section: written as " + notes.shown_as +
                             " for themes, and exactly in the top-level \"x-cvport\"");
      else
        diagnostics.warning("jsonresume.approximated", path,
                            "JSON Resume has no " + in_quotes(path) + " section: written only as " +
                                notes.shown_as +
                                " (the \"extensions\" option is off), which an import reads back as such");
    }
    for (const auto& [standard, values] : notes.shown) {
      if (extensions)
        diagnostics.note("jsonresume.readable", path,
                         listed(values) + " no JSON Resume member: themes see " + it_or_them(values) +
                             " through " + in_quotes(standard) + ", and \"x-cvport\" keeps " +
                             it_or_them(values) + " exactly");
      else
        diagnostics.warning("jsonresume.approximated", path,
                            listed(values) + " no JSON Resume member: written only through " +
                                in_quotes(standard) + " (the \"extensions\" option is off)");
    }
    if (notes.hidden.empty()) continue;
    if (extensions)
      diagnostics.note("jsonresume.extension", path,
                       listed(notes.hidden) +
                           " no JSON Resume member: kept in \"x-cvport\", which themes do not show");
    else
      diagnostics.warning("jsonresume.dropped", path,
                          listed(notes.hidden) + " no JSON Resume member and " +
                              (notes.hidden.size() == 1 ? "is" : "are") +
                              " left out (the \"extensions\" option is off); add what matters to a "
                              "summary or highlight to keep it");
  }
}

} // namespace cvport::jsonresume
