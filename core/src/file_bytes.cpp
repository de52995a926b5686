#include "cvport/file_bytes.hpp"

#include <cstdio>
#include <memory>

namespace cvport {

std::optional<std::string> read_file_bytes(const std::filesystem::path& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!file) return std::nullopt;
  std::string bytes;
  std::error_code error;
  // The length is a hint only: the file may change while it is read, and /dev/stdin or a pipe
  // has none.
  if (auto size = std::filesystem::file_size(path, error); !error) bytes.reserve(size);
  char chunk[1 << 16];
  while (size_t got = std::fread(chunk, 1, sizeof chunk, file.get())) bytes.append(chunk, got);
  if (std::ferror(file.get())) return std::nullopt;
  return bytes;
}

} // namespace cvport
