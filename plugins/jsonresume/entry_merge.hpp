// Import side of the mapping: one JSON Resume object -> the canonical JSON of one model value.
#ifndef CVPORT_JSONRESUME_ENTRY_MERGE_HPP
#define CVPORT_JSONRESUME_ENTRY_MERGE_HPP

#include <string>

#include "cvport/model_json.hpp"
#include "cvport/plugin.hpp"
#include "locator.hpp"
#include "mapping.hpp"

namespace cvport::jsonresume {

struct MergedEntry {
  Json model = Json::object(); // canonical JSON, to be read with CanonicalReader
  Locator locator;             // where each value came from
  bool from_cvport = false;    // the entry has an "x-cvport" member
  bool derived = false;        // a readable copy cvport wrote for themes: not data, skip it
};

// Builds the canonical JSON of the entry `input` found at `input_path` ("work[3]"): its
// "x-cvport" member, then each standard member that member does not override. Empty strings
// count as absent; an endDate "present" is read as ongoing; a URL, e-mail address or country
// code the model cannot hold is left out with a warning. An entry without "x-cvport" that has a
// startDate but no endDate is ongoing, as JSON Resume means it. Unknown members are reported;
// the `mapping.handled_by_caller` members are left to the caller.
MergedEntry merge_entry(const Json& input, const std::string& input_path, const EntryMapping& mapping,
                        sdk::Diagnostics& diagnostics);

} // namespace cvport::jsonresume

#endif
