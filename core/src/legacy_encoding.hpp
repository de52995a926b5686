// Text from files saved in a legacy 8-bit encoding, as old editors on Windows write them.
#ifndef CVPORT_SRC_LEGACY_ENCODING_HPP
#define CVPORT_SRC_LEGACY_ENCODING_HPP

#include <optional>
#include <string>
#include <string_view>

namespace cvport {

// `text` read as Windows-1252 (ISO-8859-1 where Windows-1252 leaves a byte undefined), as UTF-8;
// nothing if the system's iconv cannot convert.
std::optional<std::string> windows_1252_to_utf8(std::string_view text);

} // namespace cvport

#endif
