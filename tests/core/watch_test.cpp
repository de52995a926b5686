// cvport export --watch: a running cvport follows the edits of its source as an
// editor makes them (written in place, replaced by rename, an invalid save, a
// valid one again) and ends with exit status 0 on SIGTERM. Every wait is
// bounded and polls the output; none asserts speed.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"
#include "test_paths.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using cvport::testing::Cli;
using cvport::testing::read_file;
using cvport::testing::cvport_exe;

std::string cv_named(const std::string& name) { return "person:\n  name: " + name + "\n"; }

class Watch : public Cli {
protected:
  void TearDown() override {
    if (child > 0) { // a failed assertion left it running
      ::kill(child, SIGKILL);
      ::waitpid(child, nullptr, 0);
    }
    Cli::TearDown();
  }

  void start(const std::vector<std::string>& arguments) {
    std::vector<std::string> words{cvport_exe().string()};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, (folder / "stderr.txt").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ASSERT_EQ(posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
  }

  // Waits (at most 30 s: a loaded machine, never a claim about speed) until
  // `file` holds `text`.
  bool eventually_holds(const fs::path& file, const std::string& text) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
      if (fs::exists(file) && read_file(file).find(text) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }
  bool stderr_eventually_has(const std::string& text) { return eventually_holds(folder / "stderr.txt", text); }

  // The exit status after SIGTERM, or -1 when it did not exit within 30 s or
  // exited otherwise.
  int stop() {
    ::kill(child, SIGTERM);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
      if (::waitpid(child, &status, WNOHANG) == child) {
        child = 0;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return -1;
  }

  pid_t child = 0;
};

TEST_F(Watch, FollowsEveryValidSaveKeepsTheLastGoodOutputAndEndsOnSigterm) {
  fs::path source = write("cv.yaml", cv_named("First Version"));
  fs::path output = folder / "out.md";
  start({"export", source.string(), "--to", "markdown", "-o", output.string(), "--watch"});
  ASSERT_TRUE(eventually_holds(output, "# First Version")) << read_file(folder / "stderr.txt");
  ASSERT_TRUE(stderr_eventually_has("cvport: watching " + source.string()));

  // Written in place, as by `echo >` or an editor that keeps the file's inode.
  std::ofstream(source, std::ios::trunc) << cv_named("Second Version");
  ASSERT_TRUE(eventually_holds(output, "# Second Version")) << read_file(folder / "stderr.txt");

  // Replaced by rename, as vim, VS Code and emacs save.
  write("cv.yaml.tmp", cv_named("Third Version"));
  fs::rename(folder / "cv.yaml.tmp", source);
  ASSERT_TRUE(eventually_holds(output, "# Third Version")) << read_file(folder / "stderr.txt");

  // An invalid save: its error is printed, the output keeps the last good
  // export.
  std::ofstream(source, std::ios::trunc) << "person:\n  nmae: Broken\n";
  ASSERT_TRUE(stderr_eventually_has(source.string() + " changed: invalid input (")) << read_file(folder / "stderr.txt");
  std::string err = read_file(folder / "stderr.txt");
  EXPECT_NE(err.find(source.string() + ":2:3: error: person.nmae: unknown field \"nmae\""), std::string::npos) << err;
  EXPECT_NE(err.find("; the outputs are left as they were\n"), std::string::npos) << err;
  EXPECT_EQ(read_file(output).find("# Third Version"), 0u);

  // Valid again, by rename.
  write("cv.yaml.tmp", cv_named("Fourth Version"));
  fs::rename(folder / "cv.yaml.tmp", source);
  ASSERT_TRUE(eventually_holds(output, "# Fourth Version")) << read_file(folder / "stderr.txt");

  EXPECT_EQ(stop(), 0);
  err = read_file(folder / "stderr.txt");
  EXPECT_NE(err.find("cvport: " + source.string() + " changed: wrote " + output.string() + "\n"), std::string::npos)
      << err;
  // No temporary file of an atomic write is left beside the output.
  for (const auto& entry : fs::directory_iterator(folder))
    EXPECT_TRUE(entry.path().filename() == "cv.yaml" || entry.path().filename() == "out.md" ||
                entry.path().filename() == "stderr.txt")
        << entry.path();
}

TEST_F(Watch, SigintEndsTheWatchWithStatusZeroToo) {
  fs::path source = write("cv.yaml", cv_named("Only Version"));
  start({"export", source.string(), "--to", "markdown", "-o", (folder / "out.md").string(), "--watch"});
  ASSERT_TRUE(stderr_eventually_has("cvport: watching ")) << read_file(folder / "stderr.txt");
  ::kill(child, SIGINT);
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline && ::waitpid(child, &status, WNOHANG) != child)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ASSERT_TRUE(WIFEXITED(status)) << status;
  EXPECT_EQ(WEXITSTATUS(status), 0);
  child = 0;
}

TEST_F(Watch, SeveralInputsAreAUsageError) {
  fs::path a = write("a.yaml", cv_named("A"));
  fs::path b = write("b.yaml", cv_named("B"));
  auto run = cvport("export " + a.string() + " " + b.string() + " --to markdown -o " + (folder / "out/").string() +
                    " --watch");
  EXPECT_EQ(run.status, 64);
  EXPECT_NE(run.err.find("error: --watch takes one input [usage.watch-one-input]\n"
                         "  hint: run one cvport export --watch per CV\n"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists(folder / "out"));
}

TEST_F(Watch, CompletionOffersTheFlag) {
  auto script = cvport("completion bash");
  ASSERT_EQ(script.status, 0);
  fs::path file = write("cvport.bash", script.out);
  fs::path driver = write("complete.sh", "source " + file.string() +
                                             "\nCOMP_WORDS=(cvport export cv.yaml --wat)\nCOMP_CWORD=3\n_cvport\n"
                                             "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
  auto candidates = run("bash " + driver.string());
  EXPECT_EQ(candidates.out, "--watch\n");
}

} // namespace
