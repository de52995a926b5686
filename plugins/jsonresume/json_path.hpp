// Dotted paths into a JSON object ("organization.name"): how the mapping tables name a value
// inside the canonical JSON of one model struct.
#ifndef CVPORT_JSONRESUME_JSON_PATH_HPP
#define CVPORT_JSONRESUME_JSON_PATH_HPP

#include <string>
#include <string_view>

#include "cvport/model_json.hpp"

namespace cvport::jsonresume {

// The value at `path`, or nullptr when a member on the way is absent.
const Json* find_path(const Json& object, std::string_view path);

// Whether `path` names a member, even one whose value is null.
bool has_path(const Json& object, std::string_view path);

// Sets the value at `path`, creating the objects on the way.
void set_path(Json& object, std::string_view path, Json value);

// Removes and returns the value at `path` (null when absent). Objects left empty on the way are
// removed too, so an organisation whose only member was its name disappears.
Json take_path(Json& object, std::string_view path);

// "work[2]" + "startDate" -> "work[2].startDate"; either side may be empty.
std::string join_path(std::string_view parent, std::string_view child);

// "work" + 2 -> "work[2]".
std::string index_path(std::string_view parent, size_t index);

} // namespace cvport::jsonresume

#endif
