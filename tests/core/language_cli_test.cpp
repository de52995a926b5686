// The CV's language from the command line and the source: `--lang` and `language:` choose the
// labels and dates of the output; an unknown language is an error that names the supported ones.
#include <filesystem>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/source.hpp"

namespace {

namespace fs = std::filesystem;
using cvport::testing::Cli;
using cvport::testing::CommandResult;
using cvport::testing::read_file;

const char* const kSupported = "en, ar, de, es, fr, he, it, ja, ko, nl, pl, pt, ru, zh";

TEST(SourceLanguage, UnknownLanguageIsAnErrorAtItsValueListingTheSupportedOnes) {
  cvport::LoadedCv loaded = cvport::load_native_text("language: tlh\nperson:\n  name: A\n", "cv.yaml");
  EXPECT_FALSE(loaded.cv);
  ASSERT_EQ(loaded.diagnostics.items().size(), 1u);
  EXPECT_EQ(cvport::format_diagnostic(loaded.diagnostics.items()[0]),
            std::string("cv.yaml:1:11: error: language: cvport cannot write a CV in \"tlh\"; the supported languages "
                        "are ") +
                kSupported +
                " [source.unknown-language]\n  hint: write a BCP 47 tag such as \"de\", \"pt-BR\" or \"zh-Hans\", "
                "or leave language out for English");
}

TEST(SourceLanguage, RegionWithoutItsOwnLabelsIsANoteAndKeptAsWritten) {
  cvport::LoadedCv loaded = cvport::load_native_text("person:\n  name: A\nlanguage: de-AT\n", "cv.yaml");
  ASSERT_TRUE(loaded.cv);
  EXPECT_EQ(loaded.cv->language, "de-AT");
  ASSERT_EQ(loaded.diagnostics.items().size(), 1u);
  EXPECT_EQ(cvport::format_diagnostic(loaded.diagnostics.items()[0]),
            "cv.yaml:3:11: note: language: cvport has no labels for \"de-AT\"; the section titles and labels are "
            "\"de\", the dates follow \"de-AT\" [source.language-approximate]");
}

TEST(SourceLanguage, SupportedLanguageIsSilent) {
  cvport::LoadedCv loaded = cvport::load_native_text("language: ja\nperson:\n  name: A\n", "cv.yaml");
  ASSERT_TRUE(loaded.cv);
  EXPECT_EQ(loaded.cv->language, "ja");
  EXPECT_TRUE(loaded.diagnostics.items().empty());
}

TEST_F(Cli, LangOverridesTheSourceLanguage) {
  fs::path source = write("cv.yaml", "language: fr\nperson:\n  name: A\nwork:\n  - position: P\n    organization: O\n    start: 2021-03\n"
                                     "    end: present\n");
  CommandResult run = cvport("export " + source.string() + " --to markdown --lang de -o " + (folder / "cv.md").string());
  ASSERT_EQ(run.status, 0) << run.err;
  std::string markdown = read_file(folder / "cv.md");
  EXPECT_NE(markdown.find("## Berufserfahrung"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("März 2021 \u2013 heute"), std::string::npos) << markdown;

  CommandResult from_source =
      cvport("export " + source.string() + " --to markdown -o " + (folder / "fr.md").string());
  ASSERT_EQ(from_source.status, 0) << from_source.err;
  EXPECT_NE(read_file(folder / "fr.md").find("## Expérience professionnelle"), std::string::npos);
}

TEST_F(Cli, LangWithARegionWithoutItsOwnLabelsIsANote) {
  fs::path source = write("cv.yaml", "person:\n  name: A\nwork:\n  - position: P\n    organization: O\n"
                                     "    start: 2021-01\n");
  CommandResult run =
      cvport("-v export " + source.string() + " --to markdown --lang de-AT -o " + (folder / "cv.md").string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("note: --lang de-AT: cvport has no labels for \"de-AT\"; the section titles and labels are "
                         "\"de\", the dates follow \"de-AT\" [usage.language-approximate]"),
            std::string::npos)
      << run.err;
  EXPECT_NE(read_file(folder / "cv.md").find("J\u00e4n. 2021"), std::string::npos) << read_file(folder / "cv.md");
}

TEST_F(Cli, UnknownLangExits64ListingTheSupportedOnes) {
  fs::path source = write("cv.yaml", "person:\n  name: A\n");
  CommandResult run = cvport("export " + source.string() + " --to markdown --lang xx -o " + (folder / "cv.md").string());
  EXPECT_EQ(run.status, 64);
  EXPECT_NE(run.err.find(std::string("error: --lang xx: cvport cannot write a CV in this language; the supported "
                                     "languages are ") +
                         kSupported + " [usage.unknown-language]"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists(folder / "cv.md"));
}

} // namespace
