// Reading one FRESH entry (an employment, a degree, a talk...) through its EntryMapping into the
// canonical JSON of one model struct: every member the table names is read into its field, in
// the form the field wants (fresh_values.hpp), and every other member is kept as it was.
#ifndef CVPORT_FRESH_ENTRY_READER_HPP
#define CVPORT_FRESH_ENTRY_READER_HPP

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cvport/model_json.hpp"
#include "fresh_mapping.hpp"
#include "fresh_session.hpp"

namespace cvport::fresh {

struct ReadEntry {
  Json model = Json::object(); // canonical JSON of the model struct
  Json kept = Json::object();  // members no field holds, by name, as written
  // Their FRESH paths, for ImportSession::kept once the entry is taken (not when it is kept
  // whole); a value that could not be read was warned about already and is not among them.
  std::vector<std::string> kept_paths;
  // Where each model value came from: a path relative to the entry ("organization.name") and
  // the FRESH path ("employment.history[0].employer").
  std::vector<std::pair<std::string, std::string>> origins;
  // The first required model value the entry lacks ("" = none); its FRESH member for messages.
  std::string missing;
};

// `handled`: members the caller reads itself, neither mapped nor kept here.
ReadEntry read_entry(const Json& object, const std::string& path, const EntryMapping& mapping,
                     ImportSession& session, std::span<const std::string_view> handled = {});

// Sets the value at a dotted model path ("organization.name"), making the objects on the way.
void set_model_value(Json& model, std::string_view dotted, Json value);
bool has_model_value(const Json& model, std::string_view dotted);

// "employment.history" + 2 -> "employment.history[2]"; "info" + "label" -> "info.label".
std::string index_path(std::string_view parent, size_t index);
std::string member_path(std::string_view parent, std::string_view member);

} // namespace cvport::fresh

#endif
