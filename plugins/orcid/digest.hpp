// The content hash of a request body in manifest.json: a sync client compares it with the hash
// it recorded when it last sent the item, and skips the PUT when they are equal.
#ifndef CVPORT_ORCID_DIGEST_HPP
#define CVPORT_ORCID_DIGEST_HPP

#include <string>
#include <string_view>

namespace cvport::orcid {

// SHA-256 of the bytes, 64 lower-case hex digits (OpenSSL's libcrypto computes it).
std::string sha256_hex(std::string_view bytes);

} // namespace cvport::orcid

#endif
