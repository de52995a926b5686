// Golden-file comparison. A golden file is reviewed like code; it is rewritten only when the
// test runs with CVPORT_UPDATE_GOLDEN=1 (scripts/update-golden does that), never silently.
#ifndef CVPORT_TESTS_GOLDEN_HPP
#define CVPORT_TESTS_GOLDEN_HPP

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace cvport::testing {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// Compares `actual` with the golden file at `path` byte for byte.
inline void expect_golden(const std::filesystem::path& path, const std::string& actual) {
  const char* update = std::getenv("CVPORT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(path, actual);
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path))
      << "missing golden file " << path << "; run scripts/update-golden and review the diff";
  std::string expected = read_file(path);
  if (expected == actual) return;
  size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  size_t line = 1 + std::count(expected.begin(), expected.begin() + long(at), '\n');
  ADD_FAILURE() << "output differs from golden file " << path << " at byte " << at << " (line "
                << line << "); expected \"" << expected.substr(at, 60) << "\" but got \""
                << actual.substr(at, 60) << "\". If the change is intended, run "
                << "scripts/update-golden and review the diff.";
}

} // namespace cvport::testing

#endif
