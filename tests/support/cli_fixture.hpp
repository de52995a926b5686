// The Cli fixture: runs the built cvport (cvport_exe()) in a scratch folder of its own, with the
// fixture plugins (fixture_plugin_dir()) on the search path, and captures its exit status, standard
// output and standard error.
#ifndef CVPORT_TESTS_CLI_FIXTURE_HPP
#define CVPORT_TESTS_CLI_FIXTURE_HPP

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "golden.hpp"
#include "test_paths.hpp"

namespace cvport::testing {

namespace fs = std::filesystem;

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
