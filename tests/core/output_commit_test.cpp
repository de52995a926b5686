// Atomic outputs: a failed write leaves the old file (or folder) exactly as it was, and no
// temporary file behind.
#include <filesystem>
#include <fstream>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "cvport/output_commit.hpp"
#include "golden.hpp"

namespace {

namespace fs = std::filesystem;
using namespace cvport;
using cvport::testing::read_file;

class OutputCommit : public ::testing::Test {
protected:
  void SetUp() override {
    folder = fs::temp_directory_path() / ("cvport-commit-" + std::to_string(::getpid()) + "-" +
                                          ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder);
    fs::create_directories(folder);
  }
  void TearDown() override {
    ::chmod(folder.c_str(), 0755);
    fs::remove_all(folder);
  }
  size_t entries() const { return size_t(std::distance(fs::directory_iterator(folder), fs::directory_iterator())); }
  fs::path folder;
};

TEST_F(OutputCommit, ReplacesAFileWhole) {
  for (bool durable : {false, true}) {
    std::ofstream(folder / "cv.md") << "old";
    DiagnosticList diagnostics;
    ASSERT_TRUE(commit_file(folder / "cv.md", "new content", diagnostics, durable));
    EXPECT_EQ(read_file(folder / "cv.md"), "new content");
    EXPECT_EQ(entries(), 1u);
  }
}

TEST_F(OutputCommit, AWriteThatFailsMidFileLeavesTheOldFileAndNoTemporary) {
  // RLIMIT_FSIZE makes write() fail with EFBIG part-way, as a full disk would with ENOSPC.
  std::ofstream(folder / "cv.md") << "old";
  struct rlimit saved {};
  ::getrlimit(RLIMIT_FSIZE, &saved);
  auto previous = ::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 1024;
  ::setrlimit(RLIMIT_FSIZE, &small);
  DiagnosticList diagnostics;
  bool committed = commit_file(folder / "cv.md", std::string(64 * 1024, 'x'), diagnostics);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  ::signal(SIGXFSZ, previous);
  EXPECT_FALSE(committed);
  EXPECT_EQ(read_file(folder / "cv.md"), "old");
  EXPECT_EQ(entries(), 1u);
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].message, "cannot write: File too large");
}

TEST_F(OutputCommit, AFolderNobodyCanWriteIsReported) {
  // /proc refuses new files even to root, so this holds in CI too.
  DiagnosticList diagnostics;
  EXPECT_FALSE(commit_file("/proc/cvport-cv.md", "bytes", diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "output.write-failed");
  EXPECT_EQ(diagnostics.items()[0].message.rfind("cannot create a file in /proc: ", 0), 0u);
}

TEST_F(OutputCommit, NeverReplacesADeviceOrOtherSpecialFile) {
  DiagnosticList diagnostics;
  EXPECT_FALSE(commit_file("/dev/full", "bytes", diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "output.not-regular");
  struct stat info {};
  ASSERT_EQ(::stat("/dev/full", &info), 0);
  EXPECT_TRUE(S_ISCHR(info.st_mode));
}

TEST_F(OutputCommit, RefusesToReplaceAFolderWithAFile) {
  fs::create_directories(folder / "cv.md");
  DiagnosticList diagnostics;
  EXPECT_FALSE(commit_file(folder / "cv.md", "x", diagnostics));
  EXPECT_EQ(diagnostics.items()[0].code, "output.is-folder");
  EXPECT_TRUE(fs::is_directory(folder / "cv.md"));
}

TEST_F(OutputCommit, ANewFolderAppearsComplete) {
  FormatOutput output{{{"manifest.json", "{}"}, {"works/bulk-001.xml", "<bulk/>"}}};
  DiagnosticList diagnostics;
  ASSERT_TRUE(commit_folder(folder / "orcid", output, diagnostics));
  EXPECT_EQ(read_file(folder / "orcid" / "manifest.json"), "{}");
  EXPECT_EQ(read_file(folder / "orcid" / "works" / "bulk-001.xml"), "<bulk/>");
  EXPECT_EQ(entries(), 1u); // no staging folder left
}

TEST_F(OutputCommit, FilesOfSubfoldersInAnyOrderAllArrive) {
  // Files are written straight into the staging folder; subfolders are made when first needed,
  // also when a folder comes back after another one.
  FormatOutput output{{{"works/a.xml", "a"}, {"person/b.xml", "b"}, {"works/deep/c.xml", "c"}, {"works/d.xml", "d"}}};
  DiagnosticList diagnostics;
  ASSERT_TRUE(commit_folder(folder / "orcid", output, diagnostics)) << diagnostics.items().front().message;
  EXPECT_EQ(read_file(folder / "orcid" / "works" / "a.xml"), "a");
  EXPECT_EQ(read_file(folder / "orcid" / "person" / "b.xml"), "b");
  EXPECT_EQ(read_file(folder / "orcid" / "works" / "deep" / "c.xml"), "c");
  EXPECT_EQ(read_file(folder / "orcid" / "works" / "d.xml"), "d");
  EXPECT_EQ(std::distance(fs::directory_iterator(folder / "orcid" / "works"), fs::directory_iterator()), 3);
}

TEST_F(OutputCommit, AnExistingFolderKeepsFilesTheExportDoesNotWrite) {
  fs::create_directories(folder / "orcid");
  std::ofstream(folder / "orcid" / "notes.txt") << "mine";
  std::ofstream(folder / "orcid" / "manifest.json") << "old";
  FormatOutput output{{{"manifest.json", "new"}}};
  DiagnosticList diagnostics;
  ASSERT_TRUE(commit_folder(folder / "orcid", output, diagnostics));
  EXPECT_EQ(read_file(folder / "orcid" / "manifest.json"), "new");
  EXPECT_EQ(read_file(folder / "orcid" / "notes.txt"), "mine");
  EXPECT_EQ(entries(), 1u);
}

} // namespace
