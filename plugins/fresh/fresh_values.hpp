// One FRESH value in the form its model field wants: dates to ISO 8601, URLs with a scheme,
// country names to ISO codes, numbers to text. Nothing here is an error: a value that cannot be
// read says why, and its caller keeps it as written.
#ifndef CVPORT_FRESH_VALUES_HPP
#define CVPORT_FRESH_VALUES_HPP

#include <string>

#include "cvport/json_type_name.hpp"
#include "cvport/model_json.hpp"
#include "fresh_mapping.hpp"
#include "fresh_session.hpp"

namespace cvport::fresh {

struct FieldValue {
  Json value;          // canonical JSON for the field; null = nothing to set
  std::string label;   // a date in words ("Summer 2019"), for the entry's date_label
  std::string problem; // why the value cannot be read ("" = it was, or it was empty)
};

FieldValue read_value(ValueKind kind, const Json& input, const std::string& path, ImportSession& session);

// Null, a blank text, or an array or object of nothing else: what FRESH's templates leave
// unfilled. Such a value is neither read nor kept.
bool is_blank_value(const Json& value);

} // namespace cvport::fresh

#endif
