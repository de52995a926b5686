// A whole file's bytes, read the way the host reads every input: in one buffer sized from the
// file's length. (Copying through an ostringstream, as this code did before, cost a 3.4 MB ORCID
// record about 8 % of its import: a stream copy in small pieces and a copy of the result.)
#ifndef CVPORT_FILE_BYTES_HPP
#define CVPORT_FILE_BYTES_HPP

#include <filesystem>
#include <optional>
#include <string>

namespace cvport {

// The bytes of the file at `path`, or nothing when it cannot be opened or read.
std::optional<std::string> read_file_bytes(const std::filesystem::path& path);

} // namespace cvport

#endif
