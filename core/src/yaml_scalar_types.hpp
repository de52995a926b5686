// Which plain YAML scalars a YAML reader would not read as text. cvport's own reader reads every
// scalar as text, but editors, linters and other tools resolve plain `12`, `yes`, `1.0`, `~` or
// `2024-01-31` to a number, a boolean, null or a timestamp, so a writer quotes such text.
#ifndef CVPORT_SRC_YAML_SCALAR_TYPES_HPP
#define CVPORT_SRC_YAML_SCALAR_TYPES_HPP

#include <string_view>

namespace cvport {

// Whether the plain scalar `text` resolves to something other than a string under the YAML 1.2
// core schema or the YAML 1.1 types (booleans such as `on`, octals such as `012`, sexagesimal
// numbers, timestamps, the merge key `<<`) that many readers still apply.
bool plain_scalar_is_not_text(std::string_view text);

} // namespace cvport

#endif
