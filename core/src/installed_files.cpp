#include "cvport/installed_files.hpp"

#include <filesystem>

namespace cvport {

std::string installed_schema_path() {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (error) return "cvport.schema.json";
  fs::path schema = executable.parent_path().parent_path() / "share" / "cvport" / "cvport.schema.json";
  return fs::weakly_canonical(schema, error).string();
}

} // namespace cvport
