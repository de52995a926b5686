// How a message names the JSON type of a value it did not expect ("expected an object, found an
// array"): for the importers of JSON formats (jsonresume, fresh).
#ifndef CVPORT_JSON_TYPE_NAME_HPP
#define CVPORT_JSON_TYPE_NAME_HPP

#include <string>

#include "cvport/model_json.hpp"

namespace cvport {

// "a string", "a number", "an array", ... as JSON calls them.
inline std::string json_type_name(const Json& value) {
  switch (value.type()) {
  case Json::value_t::object:
    return "an object";
  case Json::value_t::array:
    return "an array";
  case Json::value_t::string:
    return "a string";
  case Json::value_t::boolean:
    return value.get<bool>() ? "true" : "false";
  case Json::value_t::null:
    return "null";
  default:
    return "a number";
  }
}

} // namespace cvport

#endif // CVPORT_JSON_TYPE_NAME_HPP
