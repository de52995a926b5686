// The Cli fixture: runs the built cvport (cvport_exe()) in a scratch folder of its own, with the
// fixture plugins (fixture_plugin_dir()) on the search path, and captures its exit status, standard
// output and standard error.
#ifndef CVPORT_TESTS_CLI_FIXTURE_HPP
#define CVPORT_TESTS_CLI_FIXTURE_HPP

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "golden.hpp"
#include "test_paths.hpp"

namespace cvport::testing {

namespace fs = std::filesystem;

// The plugin files a run opened, in order, from the dynamic loader's own log on its standard error
// (LD_DEBUG=files: "file=/.../lib/cvport/plugins/pdf.so [0];  dynamically loaded by ...").
inline std::vector<std::string> plugin_files_opened(const std::string& ld_debug_log) {
  std::vector<std::string> files;
  std::istringstream lines(ld_debug_log);
  for (std::string line; std::getline(lines, line);) {
    size_t file = line.find("file=");
    if (file == std::string::npos || line.find("dynamically loaded by") == std::string::npos) continue;
    std::string path = line.substr(file + 5, line.find(' ', file) - file - 5);
    if (path.find("/lib/cvport/") != std::string::npos) files.push_back(fs::path(path).filename().string());
  }
  return files;
}

struct CommandResult {
  int status;
  std::string out;
  std::string err;
};

class Cli : public ::testing::Test {
protected:
  void SetUp() override {
    folder = fs::temp_directory_path() / ("cvport-cli-" + std::to_string(::getpid()) + "-" +
                                          ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder);
    fs::create_directories(folder);
  }
  void TearDown() override { fs::remove_all(folder); }

  // Runs cvport with `arguments` (shell words) and the fixture plugins on the search path.
  CommandResult cvport(const std::string& arguments) {
    return run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " --plugin-dir " + fixture_plugin_dir().string() + " " +
               arguments);
  }

  // Runs a shell command line, its standard error kept apart from its standard output.
  CommandResult run(const std::string& command_line) {
    std::string err_file = (folder / "stderr.txt").string();
    FILE* pipe = ::popen((command_line + " 2>" + err_file).c_str(), "r");
    std::string out;
    char buffer[4096];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, read_file(err_file)};
  }

  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(folder / name) << text;
    return folder / name;
  }

  fs::path folder;
  const std::string example = (source_dir() / "examples/baolin-li.yaml").string();
};

} // namespace cvport::testing

#endif
