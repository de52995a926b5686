// The bad-input corpus (tests/data/bad-inputs/) and generated hostile inputs: each gives a
// clear diagnostic (or a documented safe result) and the documented exit status, under a
// memory limit, without crashing or hanging (ctest's timeout catches a hang).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status;
  std::string first_line;
  std::string all;
};

const fs::path corpus = cvport::testing::source_dir() / "tests/data/bad-inputs";

// `cvport validate` on `file`, with 1 GiB of address space at most (not under sanitizers, which
// reserve far more address space than they use).
Outcome validate(const fs::path& file, const std::string& extra = "") {
  std::string limit =
#ifdef CVPORT_SANITIZED
      "";
#else
      "ulimit -v 1048576; ";
#endif
  std::string command = "sh -c '" + limit + "exec " + cvport::testing::cvport_exe().string() + " validate " + extra + " \"" +
                        file.string() + "\"' 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), out.substr(0, out.find('\n')), out};
}

std::string name(const std::string& file) { return (corpus / file).string(); }

TEST(BadInput, InvalidUtf8) {
  Outcome outcome = validate(corpus / "invalid-utf8.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line,
            name("invalid-utf8.yaml") + ":2:11: error: the file is not valid UTF-8 (byte 0xEB at offset 18) [source.bad-encoding]");
}

TEST(BadInput, AByteOrderMarkIsIgnored) {
  Outcome outcome = validate(corpus / "bom.yaml");
  EXPECT_EQ(outcome.status, 0);
  EXPECT_EQ(outcome.first_line, name("bom.yaml") + ": valid (0 errors, 0 warnings)");
}

TEST(BadInput, TabIndentation) {
  Outcome outcome = validate(corpus / "tabs.yaml");
  EXPECT_EQ(outcome.status, 65);
  // libyaml's wording, at the tab itself.
  EXPECT_EQ(outcome.first_line, name("tabs.yaml") + ":2:1: error: invalid YAML: found character that cannot start any "
                                                    "token while scanning for the next token [source.syntax]");
  EXPECT_NE(outcome.all.find("hint: YAML indentation must use spaces, not tabs"), std::string::npos);
}

TEST(BadInput, DuplicateKeys) {
  Outcome outcome = validate(corpus / "duplicate-keys.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line,
            name("duplicate-keys.yaml") + ":3:3: error: person.name: \"name\" is given twice in the same mapping [source.duplicate-key]");
}

TEST(BadInput, WrongTypes) {
  Outcome outcome = validate(corpus / "wrong-types.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line, name("wrong-types.yaml") + ":3:12: error: education: expected a list, found text [source.wrong-type]");
}

TEST(BadInput, AbsurdDates) {
  Outcome outcome = validate(corpus / "absurd-dates.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_NE(outcome.all.find(":6:12: error: work[0].start: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \"0000\""),
            std::string::npos);
  EXPECT_NE(outcome.all.find(":7:10: error: work[0].end: expected a date YYYY, YYYY-MM or YYYY-MM-DD or \"present\", "
                             "found \"2023-13\""),
            std::string::npos);
  EXPECT_NE(outcome.all.find(":10:12: error: work[1].start: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \"99999\""),
            std::string::npos);
}

TEST(BadInput, BinaryGarbage) {
  Outcome outcome = validate(corpus / "binary-garbage.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line, name("binary-garbage.yaml") + ":1:1: error: the file contains a NUL byte [source.nul-byte]");
}

TEST(BadInput, NulByteInText) {
  Outcome outcome = validate(corpus / "nul-byte.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line, name("nul-byte.yaml") + ":2:10: error: the file contains a NUL byte [source.nul-byte]");
}

TEST(BadInput, ControlCharactersAreRemovedWithAWarning) {
  Outcome outcome = validate(corpus / "control-characters.yaml");
  EXPECT_EQ(outcome.status, 0);
  EXPECT_EQ(outcome.first_line, name("control-characters.yaml") +
                                    ":2:9: warning: person.name: removed 3 control characters (XML and most formats "
                                    "cannot hold them) [source.control-character]");
  EXPECT_NE(outcome.all.find(":3:13: warning: person.headline: removed 1 control character"), std::string::npos);
}

TEST(BadInput, AYamlEscapeOfAControlCharacter) {
  // libyaml writes "\N" as U+0085 in UTF-8 (yaml-cpp wrote the single byte 0x85, which is not
  // UTF-8): a C1 control, removed with a warning like one typed in directly.
  Outcome outcome = validate(corpus / "yaml-escape-nel.yaml");
  EXPECT_EQ(outcome.status, 0);
  EXPECT_EQ(outcome.first_line, name("yaml-escape-nel.yaml") +
                                    ":2:9: warning: person.name: removed 1 control character (XML and most formats "
                                    "cannot hold them) [source.control-character]");
}

TEST(BadInput, AliasBombStaysCheap) {
  Outcome outcome = validate(corpus / "alias-bomb.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line, name("alias-bomb.yaml") + ":1:1: error: a: unknown field \"a\" [source.unknown-field]");
  EXPECT_NE(outcome.all.find("person.name_variants[0]: expected text, found a list"), std::string::npos);
}

TEST(BadInput, NotAMappingAndEmpty) {
  Outcome outcome = validate(corpus / "not-a-mapping.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_NE(outcome.first_line.find("error: a CV file must be a mapping with \"person\""), std::string::npos);
  outcome = validate(corpus / "empty.yaml");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line, name("empty.yaml") + ": error: the file is empty [input.not-a-cv]");
}

TEST(BadInput, JsonSyntax) {
  Outcome outcome = validate(corpus / "json-trailing-comma.json");
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line.rfind(name("json-trailing-comma.json") + ":2:26: error: invalid JSON: syntax error", 0), 0u);
}

class GeneratedInput : public ::testing::Test {
protected:
  void SetUp() override {
    file = fs::temp_directory_path() /
           ("cvport-bad-" + std::to_string(::getpid()) + ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  void TearDown() override { fs::remove(file); }
  fs::path file;
};

TEST_F(GeneratedInput, AVeryLargeFileIsRefusedBeforeReading) {
  std::ofstream(file) << "person:\n  name: A\n  summary: " << std::string(20u << 20, 'x') << "\n";
  Outcome outcome = validate(file);
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line, file.string() + ": error: the file is " + std::to_string(fs::file_size(file)) +
                                    " bytes; the limit is 16777216 (--max-input-bytes) [source.too-large]");
}

TEST_F(GeneratedInput, TheSizeLimitIsAdjustable) {
  std::ofstream(file) << "person:\n  name: A\n";
  EXPECT_EQ(validate(file, "--max-input-bytes 10").status, 65);
  EXPECT_EQ(validate(file, "--max-input-bytes 100").status, 0);
}

TEST_F(GeneratedInput, DeepYamlNesting) {
  std::ofstream(file) << "person:\n  name: " << std::string(100000, '[') << std::string(100000, ']') << "\n";
  Outcome outcome = validate(file);
  EXPECT_EQ(outcome.status, 65);
  // The document is level 1, person's mapping level 2: the 63rd "[" is the first past 64.
  EXPECT_EQ(outcome.first_line, file.string() + ":2:71: error: nesting deeper than 64 levels [source.too-deep]");
}

TEST_F(GeneratedInput, DeepJsonNesting) {
  std::ofstream(file) << "{\"person\": {\"name\": " << std::string(100000, '[') << std::string(100000, ']') << "}}";
  Outcome outcome = validate(file);
  EXPECT_EQ(outcome.status, 65);
  EXPECT_EQ(outcome.first_line, file.string() + ":1:83: error: nesting deeper than 64 levels [source.too-deep]");
}

TEST_F(GeneratedInput, AnEnormousStringIsFine) {
  std::ofstream(file) << "person:\n  name: A\n  summary: " << std::string(5u << 20, 'y') << "\n";
  Outcome outcome = validate(file);
  EXPECT_EQ(outcome.status, 0);
  EXPECT_EQ(outcome.first_line, file.string() + ": valid (0 errors, 0 warnings)");
}

} // namespace
