// Pieces of diagnostic messages shared by the importer's readers.
#ifndef CVPORT_JSONRESUME_MESSAGE_TEXT_HPP
#define CVPORT_JSONRESUME_MESSAGE_TEXT_HPP

#include <span>
#include <string>
#include <string_view>

#include "cvport/json_type_name.hpp" // json_type_name, shared with the other JSON importers
#include "cvport/model_json.hpp"
#include "cvport/text.hpp" // in_quotes

namespace cvport::jsonresume {

// `"a", "b", "c"`.
std::string in_quotes_list(std::span<const std::string> names);

// The known name closest to `name` (a typo: "starDate" -> "startDate"), or "" when none is close.
std::string closest_name(std::string_view name, std::span<const std::string_view> known);

} // namespace cvport::jsonresume

#endif
