// Import side of the mapping: one JSON Resume object -> the canonical JSON of one model value.
#ifndef CVPORT_JSONRESUME_ENTRY_MERGE_HPP
#define CVPORT_JSONRESUME_ENTRY_MERGE_HPP

#include <string>

#include "cvport/model_json.hpp"
#include "import_session.hpp"
#include "locator.hpp"
#include "mapping.hpp"

namespace cvport::jsonresume {

struct MergedEntry {
  Json model = Json::object(); // canonical JSON, to be read with CanonicalReader
  Locator locator;             // where each value came from
  bool from_cvport = false;    // the entry has an "x-cvport" member
  bool derived = false;        // a readable copy cvport wrote for themes: not data, skip it
  bool blank = false;          // no member holds anything: a template's empty entry
};

// Where an entry's members come from: the object itself and, for one of several positions held
// at one employer (`"positions": [...]`), the employer's object, whose members the position
// inherits.
struct EntrySource {
  const Json& object;
  std::string path; // "work[3]"
  const Json* inherited = nullptr;
  std::string inherited_path;
};

// Builds the canonical JSON of one entry: its "x-cvport" member, then each standard member (or
// an older or other tool's name for it) that member does not override, read liberally
// (member_reader.hpp). An entry without "x-cvport" that has a startDate but no endDate is
// ongoing, as JSON Resume means it. Members JSON Resume does not define are kept in the entry's
// `extra.jsonresume`; the `mapping.handled_by_caller` members are left to the caller.
MergedEntry merge_entry(const EntrySource& source, const EntryMapping& mapping, ImportSession& session);

} // namespace cvport::jsonresume

#endif
