// Zip archives in memory, through libzip: the DOCX package is written without touching the
// filesystem, and a reference .docx arrives as bytes (plugins never open paths).
#ifndef CVPORT_DOCX_ZIP_ARCHIVE_HPP
#define CVPORT_DOCX_ZIP_ARCHIVE_HPP

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace cvport::docx {

class ZipError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

struct ZipEntry {
  std::string name;
  std::string bytes;
};

// Builds a zip archive with the entries in the order given, each deflated and stamped with
// the same fixed DOS time (1980-01-01 00:00), so the same entries always give the same bytes.
std::string build_zip(const std::vector<ZipEntry>& entries);

// Read access to a zip archive held in memory. The bytes must outlive the reader.
class ZipReader {
public:
  explicit ZipReader(std::string_view bytes); // throws ZipError when the bytes are no zip
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  std::vector<std::string> names() const;
  // The entry's bytes, or nothing when the archive has no such entry. Throws ZipError when the
  // entry cannot be read or inflates to more than `max_size` bytes (a guard against zip bombs).
  std::optional<std::string> read(const std::string& name, std::size_t max_size) const;

private:
  ::zip* archive_ = nullptr;
};

} // namespace cvport::docx

#endif
