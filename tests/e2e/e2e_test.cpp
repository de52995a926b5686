// End to end through the real cvport executable and the real plugins: the main job of the
// README (the example to every format), JSON Resume files as input to every format, and the
// round trip through resume.json.
#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>
#include <vector>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <sstream>

#include "golden.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using cvport::testing::read_file;

const std::string source_dir = cvport::testing::source_dir().string();
const std::string example = source_dir + "/examples/baolin-li.yaml";

struct CommandResult {
  int status;
  std::string err;
};

class EndToEnd : public ::testing::Test {
protected:
  void SetUp() override {
    folder = fs::temp_directory_path() / ("cvport-e2e-" + std::to_string(::getpid()) + "-" +
                                          ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder);
    fs::create_directories(folder);
  }
  void TearDown() override { fs::remove_all(folder); }

  // The installed-style plugins of the build tree only: no CVPORT_PLUGIN_PATH, no --plugin-dir.
  CommandResult cvport(const std::string& arguments) {
    std::string err_file = (folder / "stderr.txt").string();
    std::string command = "env -u CVPORT_PLUGIN_PATH " + cvport::testing::cvport_exe().string() + " " + arguments + " 2>" + err_file;
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(err_file)};
  }

  static std::map<std::string, std::string> files_under(const fs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(root))
      if (entry.is_regular_file()) files[fs::relative(entry.path(), root).string()] = read_file(entry.path());
    return files;
  }

  fs::path folder;
};

TEST_F(EndToEnd, TheExampleGoesToEveryFormatWithTheSameBytesEveryTime) {
  CommandResult first = cvport("export " + example + " --to all -o " + (folder / "a").string() + "/");
  ASSERT_EQ(first.status, 0) << first.err;
  CommandResult second = cvport("export " + example + " --to all -o " + (folder / "b").string() + "/");
  ASSERT_EQ(second.status, 0) << second.err;
  auto a = files_under(folder / "a");
  EXPECT_TRUE(a.count("cv.md"));
  EXPECT_TRUE(a.count("cv.docx"));
  EXPECT_TRUE(a.count("resume.json"));
  EXPECT_TRUE(a.count("orcid/manifest.json"));
#ifdef CVPORT_HAS_PDF
  EXPECT_TRUE(a.count("cv.pdf"));
#endif
  EXPECT_EQ(a, files_under(folder / "b"));
}

TEST_F(EndToEnd, ABatchOnTwoThreadsWritesWhatOneThreadWrites) {
  // Every first-party format declares itself thread-safe, so -j 2 runs two exports of the same
  // format at once; the bytes must not depend on it (under the sanitizers, races show here).
  std::string inputs;
  for (int i = 0; i < 6; ++i) {
    fs::create_directories(folder / "in" / std::to_string(i));
    fs::copy_file(example, folder / "in" / std::to_string(i) / "cv.yaml");
    inputs += (folder / "in" / std::to_string(i) / "cv.yaml").string() + " ";
  }
  CommandResult serial = cvport("export " + inputs + "--to all -q -j 1 -o " + (folder / "serial").string());
  ASSERT_EQ(serial.status, 0) << serial.err;
  CommandResult parallel = cvport("export " + inputs + "--to all -q -j 2 -o " + (folder / "parallel").string());
  ASSERT_EQ(parallel.status, 0) << parallel.err;
  auto expected = files_under(folder / "serial");
  EXPECT_EQ(expected.size(), 6 * files_under(folder / "serial" / "cv").size());
  EXPECT_EQ(files_under(folder / "parallel"), expected);
}

TEST_F(EndToEnd, FormatsListsEveryFirstPartyFormatWithItsExtensions) {
  std::string out_file = (folder / "formats.txt").string();
  ASSERT_EQ(std::system(("env -u CVPORT_PLUGIN_PATH " + cvport::testing::cvport_exe().string() + " formats >" + out_file).c_str()), 0);
  std::string listing = read_file(out_file);
  for (std::string line : {"markdown      markdown    .md,.markdown", "docx          docx        .docx",
                           "jsonresume    jsonresume  .json", "export,import", "orcid         orcid", "export,multi-file",
                           "orcid-record  orcid                      import,thread-safe",
                           "cvport-json   cvport      .cvport.json", "cvport-yaml   cvport      .yaml,.yml"})
    EXPECT_NE(listing.find(line), std::string::npos) << line << "\n" << listing;
#ifdef CVPORT_HAS_PDF
  EXPECT_NE(listing.find("pdf           pdf         .pdf"), std::string::npos) << listing;
#endif
}

TEST_F(EndToEnd, ResumeJsonReadsBackToTheSameModel) {
  ASSERT_EQ(cvport("export " + example + " --to jsonresume -o " + (folder / "resume.json").string()).status, 0);
  CommandResult back = cvport("export " + (folder / "resume.json").string() + " --to cvport-json -o " +
                              (folder / "back.cvport.json").string());
  ASSERT_EQ(back.status, 0) << back.err;
  EXPECT_EQ(read_file(folder / "back.cvport.json"), read_file(source_dir + "/tests/data/baolin-li.cvport.json"));
}

TEST_F(EndToEnd, EveryOfficialJsonResumeSampleAndFixtureExportsToEveryFormat) {
  int samples = 0;
  std::vector<fs::path> files;
  for (const char* dir : {"/tests/plugins/jsonresume/samples", "/tests/plugins/jsonresume/fixtures"})
    for (const auto& entry : fs::directory_iterator(source_dir + dir)) files.push_back(entry.path());
  for (const fs::path& path : files) {
    fs::directory_entry entry(path);
    if (entry.path().extension() != ".json") continue;
    ++samples;
    fs::path out = folder / entry.path().stem();
    CommandResult run = cvport("export " + entry.path().string() + " --to all -o " + out.string() + "/");
    EXPECT_EQ(run.status, 0) << entry.path() << "\n" << run.err;
    for (std::string file : {"cv.md", "cv.docx", "resume.json", "orcid/manifest.json"})
      EXPECT_TRUE(fs::exists(out / file)) << entry.path() << ": " << file;
  }
  EXPECT_EQ(samples, 18);
}

TEST_F(EndToEnd, EveryInputImportsToASourceThatReadsBackToTheSameModel) {
  // load -> canonical JSON must equal load -> cvport import -> load -> canonical JSON, and the
  // written source must be valid without a warning.
  std::vector<std::string> inputs = {example, source_dir + "/tests/data/baolin-li.cvport.json",
                                     source_dir + "/tests/plugins/jsonresume/data/full.cvport.json",
                                     source_dir + "/tests/plugins/jsonresume/data/minimal.cvport.json"};
  for (const auto& entry : fs::directory_iterator(source_dir + "/tests/plugins/jsonresume/samples"))
    if (entry.path().extension() == ".json") inputs.push_back(entry.path().string());
  for (const auto& entry : fs::directory_iterator(source_dir + "/tests/plugins/jsonresume/fixtures"))
    if (entry.path().extension() == ".json") inputs.push_back(entry.path().string());
  ASSERT_EQ(inputs.size(), 22u);
  for (const std::string& input : inputs) {
    fs::path out = folder / fs::path(input).stem();
    fs::create_directories(out);
    ASSERT_EQ(cvport("export " + input + " -q --to cvport-json -o " + (out / "direct.json").string()).status, 0) << input;
    CommandResult imported = cvport("import " + input + " -q -o " + (out / "cv.yaml").string());
    ASSERT_EQ(imported.status, 0) << input << "\n" << imported.err;
    CommandResult valid = cvport("validate " + (out / "cv.yaml").string());
    EXPECT_EQ(valid.status, 0) << input;
    EXPECT_EQ(valid.err, (out / "cv.yaml").string() + ": valid (0 errors, 0 warnings)\n") << input;
    EXPECT_EQ(valid.err.find("as imported"), std::string::npos);
    ASSERT_EQ(cvport("export " + (out / "cv.yaml").string() + " --to cvport-json -o " + (out / "back.json").string()).status, 0);
    EXPECT_EQ(read_file(out / "back.json"), read_file(out / "direct.json")) << input;
  }
}

// A date the JSON Resume importer read only in part is a warning at its member in the file.
TEST_F(EndToEnd, AJsonResumeDateWithAHyphenAtItsEndIsAWarningAtItsLine) {
  std::string input = source_dir + "/tests/plugins/jsonresume/fixtures/cjk-dates.json";
  CommandResult run = cvport("import " + input + " -q -o " + (folder / "cv.yaml").string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err, input + ":8:6: warning: work[3].startDate: 1987-01-: nothing follows the last hyphen; read as "
                             "1987-01 [jsonresume.bad-date]\n" +
                         input + ":8:31: warning: work[3].endDate: 1989-: nothing follows the last hyphen; read as "
                                 "1989 [jsonresume.bad-date]\n");
}

TEST_F(EndToEnd, AJsonResumeThatIsNotAnObjectIsAnErrorInItsFile) {
  fs::path bad = folder / "bad.resume.json";
  std::FILE* file = std::fopen(bad.c_str(), "w");
  std::fputs("\n  [{\"basics\": {\"name\": \"A\"}}]\n", file);
  std::fclose(file);
  CommandResult run = cvport("export " + bad.string() + " --from jsonresume --to markdown -o " + (folder / "x.md").string());
  EXPECT_EQ(run.status, 65);
  EXPECT_EQ(run.err, bad.string() + ":2:3: error: expected a JSON object (a JSON Resume document starts with \"{\"), "
                                    "found an array [jsonresume.wrong-type]\n"
                                    "cvport: " + bad.string() + ": not exported: invalid input (1 error)\n");
  EXPECT_FALSE(fs::exists(folder / "x.md"));
}

// A resume.json saved as Windows-1252 by an old editor is read as such, with a warning at its
// first byte that is not UTF-8; a YAML source stays strict.
TEST_F(EndToEnd, AWindows1252FileOfAnotherFormatIsReadWithAWarning) {
  fs::path input = folder / "legacy.json";
  std::FILE* file = std::fopen(input.c_str(), "wb");
  std::fputs("{\"basics\": {\"name\": \"Ren\xe9 Dupont\", \"label\": \"Ing\xe9nieur \x96 d\xe9veloppeur\"}}", file);
  std::fclose(file);
  CommandResult run = cvport("export " + input.string() + " --to markdown -o " + (folder / "cv.md").string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(input.string() + ":1:25: warning: the file is not UTF-8 (byte 0xE9 at offset 24): the 4 bytes "
                                          "that are not UTF-8 are read as Windows-1252, the rest of the file as UTF-8 "
                                          "[input.windows-1252]"),
            std::string::npos)
      << run.err;
  std::string markdown = read_file(folder / "cv.md");
  EXPECT_NE(markdown.find("# Ren\u00e9 Dupont"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("Ing\u00e9nieur \u2013 d\u00e9veloppeur"), std::string::npos) << markdown; // 0x96: en dash

  fs::path yaml = folder / "legacy.yaml";
  file = std::fopen(yaml.c_str(), "wb");
  std::fputs("person:\n  name: Ren\xe9\n", file);
  std::fclose(file);
  EXPECT_EQ(cvport("validate " + yaml.string()).status, 65);
}

// A UTF-8 file with one byte pasted from a Windows-1252 text keeps its UTF-8 characters: only
// that byte is read as Windows-1252. A Windows-1252 file that holds one of the five bytes
// Windows-1252 leaves undefined (0x9D) reads its other bytes as Windows-1252 still, and only that
// byte as ISO-8859-1 (a control character, removed with a warning).
TEST_F(EndToEnd, OnlyTheBytesThatAreNotUtf8AreReadAsWindows1252) {
  fs::path mixed = folder / "mixed.json";
  std::FILE* file = std::fopen(mixed.c_str(), "wb");
  std::fputs("{\"basics\": {\"name\": \"Zo\xc3\xab M\xc3\xbcller\", \"summary\": \"It\x92s a r\xc3\xa9sum\xc3\xa9\"}}",
             file);
  std::fclose(file);
  CommandResult run = cvport("export " + mixed.string() + " --to markdown -o " + (folder / "mixed.md").string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find(mixed.string() + ":1:49: warning: the file is not UTF-8 (byte 0x92 at offset 50): that byte is "
                                          "read as Windows-1252, the rest of the file as UTF-8 [input.windows-1252]"),
            std::string::npos)
      << run.err;
  std::string markdown = read_file(folder / "mixed.md");
  EXPECT_NE(markdown.find("# Zo\u00eb M\u00fcller"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("It\u2019s a r\u00e9sum\u00e9"), std::string::npos) << markdown;

  fs::path undefined = folder / "undefined.json";
  file = std::fopen(undefined.c_str(), "wb");
  std::fputs("{\"basics\": {\"name\": \"Ren\xe9\", \"summary\": \"It\x92s \x93quoted\x94 \x96 2019 \x80\x9d\"}}", file);
  std::fclose(file);
  run = cvport("export " + undefined.string() + " --to markdown -o " + (folder / "undefined.md").string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("the 7 bytes that are not UTF-8 are read as Windows-1252"), std::string::npos) << run.err;
  markdown = read_file(folder / "undefined.md");
  EXPECT_NE(markdown.find("It\u2019s \u201cquoted\u201d \u2013 2019 \u20ac"), std::string::npos) << markdown;
}

// Every message about an imported file, the importer's, cvport's own checks' and every
// exporter's, is placed in that file: never in the intermediate canonical document.
TEST_F(EndToEnd, EveryMessageOfAnImportIsPlacedInTheUsersFile) {
  fs::path input = folder / "resume.json";
  std::FILE* file = std::fopen(input.c_str(), "w");
  std::fputs("{\n"
             "  \"basics\": {\"name\": \"Ada Park\"},\n"
             "  \"work\": [\n"
             "    {\"name\": \"\", \"position\": \"\"},\n"
             "    {\"name\": \"Loom\", \"position\": \"Weaver\", \"startDate\": \"07/2025\",\n"
             "     \"highlights\": [\"Wove\", \"\", \"Spun\"]}\n"
             "  ],\n"
             "  \"skills\": [{\"name\": \"Weaving\"}]\n"
             "}\n",
             file);
  std::fclose(file);
  // -v: the notes are listed too, rather than counted.
  CommandResult run = cvport("export -v " + input.string() + " --to all -o " + (folder / "out").string() + "/");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.err.find("as imported"), std::string::npos) << run.err;
  // The ORCID plugin's warning about the employer stands at the file's second work entry, the
  // model's first, and is named as the file names it.
  EXPECT_NE(run.err.find(input.string() + ":5:5: warning: work[1].organization: ORCID accepts employment items only "
                                          "with a disambiguated organisation"),
            std::string::npos)
      << run.err;
  // Each at a line and column, a message about a whole section included ("skills: ORCID has no
  // section for skills" stands at the key "skills").
  std::istringstream lines(run.err);
  const std::regex located("^" + input.string() + ":[0-9]+:[0-9]+: (note|warning): .*");
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("cvport: wrote", 0) == 0 || line.rfind("  hint:", 0) == 0) continue;
    EXPECT_TRUE(std::regex_match(line, located)) << line;
  }
  std::string markdown = read_file(folder / "out" / "cv.md");
  EXPECT_NE(markdown.find("Wove"), std::string::npos);
  EXPECT_NE(markdown.find("Spun"), std::string::npos);
}

} // namespace
