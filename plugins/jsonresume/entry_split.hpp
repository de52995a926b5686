// Export side of the mapping: one model value -> one JSON Resume object.
#ifndef CVPORT_JSONRESUME_ENTRY_SPLIT_HPP
#define CVPORT_JSONRESUME_ENTRY_SPLIT_HPP

#include <string>

#include "cvport/model_json.hpp"
#include "cvport/plugin_context.hpp"
#include "mapping.hpp"

namespace cvport::jsonresume {

struct SplitEntry {
  Json standard = Json::object();  // the JSON Resume members, in table order
  Json extension = Json::object(); // what stays for "x-cvport", in canonical form
};

// Moves the values of `mapping`'s fields out of `model` (the canonical JSON of one model value)
// into standard members; the rest is the extension. Values the schema would reject stay in the
// extension with a diagnostic at `model_path` ("work[2]"): a date outside the years 1000-2999,
// an e-mail address the "email" format refuses. URLs are percent-encoded where the "uri" format
// needs it (the extension keeps the exact one). An entry with one date of a start/end pair gets
// it in both members, so themes show one date rather than "... - Present"; the extension then
// records the missing one as null. An ongoing entry ("present") has no endDate. An entry with a
// date_label and one date of the pair gets no copy: an end alone is written as endDate, a start
// alone only in the extension, with a warning.
SplitEntry split_entry(Json model, const EntryMapping& mapping, const std::string& model_path,
                       sdk::Diagnostics& diagnostics);

// Sets a standard member to a readable approximation of the model value at `model_key`: when
// `readable` differs from the model's own value, the extension records that value (null when
// the model has none) so the reader ignores the approximation.
void set_readable(SplitEntry& entry, std::string_view standard, std::string_view model_key,
                  const std::string& readable, const std::string& exact);

// Writes the members an import kept (extra.jsonresume) back into the entry, and the rest of the
// extension as its "x-cvport" member, when there is one.
Json with_extension(SplitEntry entry);

// Start and end dates of a readable entry that has no model value of its own (a talk shown as
// a project), by the same rules as split_entry.
void set_theme_dates(Json& standard, const Date& start, const Date& end);

} // namespace cvport::jsonresume

#endif
