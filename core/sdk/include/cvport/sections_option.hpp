// The "sections" option, declared and read the same way by every format that has one (declared with
// sdk::section_ids(), cvport/typed_options.hpp), so that
// `cvport export cv.yaml --to all --option sections=education,publications,grants-funding` means
// one thing everywhere. What the names mean: cvport/sections.hpp.
#ifndef CVPORT_SECTIONS_OPTION_HPP
#define CVPORT_SECTIONS_OPTION_HPP

#include <optional>
#include <string>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/sections.hpp"
#include "cvport/text.hpp"

namespace cvport {

inline constexpr std::string_view kSectionsOptionName = "sections";

// The names a "sections" value lists, trimmed, empty ones left out; a comma-separated string is
// read as the list it spells (for a host that passes the text through). Null: empty (all
// sections). nullopt when the value is neither a list of strings nor a string: the format reports it.
inline std::optional<std::vector<std::string>> read_section_list(const Json& value) {
  if (value.is_null()) return std::vector<std::string>{};
  if (value.is_string()) return split_list(value.get_ref<const std::string&>());
  if (!value.is_array()) return std::nullopt;
  std::vector<std::string> names;
  for (const Json& item : value) {
    if (!item.is_string()) return std::nullopt;
    std::string name = trimmed(item.get_ref<const std::string&>());
    if (!name.empty()) names.push_back(std::move(name));
  }
  return names;
}

} // namespace cvport

#endif // CVPORT_SECTIONS_OPTION_HPP
