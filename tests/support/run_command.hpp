// A shell command's exit status and output, for the tests that drive outside programs
// (validate-orcid, node, the consumers).
#ifndef CVPORT_TESTS_RUN_COMMAND_HPP
#define CVPORT_TESTS_RUN_COMMAND_HPP

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace cvport::testing {

struct CommandResult {
  int status = -1;    // the exit status; -1 when it could not run or was killed
  std::string output; // stdout and stderr together
};

inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  while (size_t read = fread(buffer.data(), 1, buffer.size(), pipe))
    result.output.append(buffer.data(), read);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A parameterised test's name from a parameter such as "blank-template" (gtest names allow
// only letters, digits and underscores).
inline std::string test_name_of(std::string parameter) {
  for (char& c : parameter)
    if (c == '-') c = '_';
  return parameter;
}

} // namespace cvport::testing

#endif
