// Base64 (RFC 4648) decoding: the host passes file-valued options ("x-cvport-file") as the
// file's bytes in base64, since a plugin never opens paths.
#ifndef CVPORT_DOCX_BASE64_HPP
#define CVPORT_DOCX_BASE64_HPP

#include <optional>
#include <string>
#include <string_view>

namespace cvport::docx {

// Decodes standard base64, padded or not, ignoring ASCII whitespace (line-wrapped input).
// Returns nothing on any other character or a bad length.
std::optional<std::string> decode_base64(std::string_view text);

} // namespace cvport::docx

#endif
