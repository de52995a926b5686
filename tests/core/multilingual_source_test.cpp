// Texts in several languages in a cvport source: a free-text field given as {en: ..., de: ...} is
// read in the export's language (--lang, else the file's `language:`), else in the default
// language with a note at the mapping; identifiers and codes take no such mapping; a mapping that
// is no language map is the type error it always was, with a hint at the form.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "cli_fixture.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/source.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using cvport::testing::Cli;
using cvport::testing::CommandResult;
using cvport::testing::read_file;
using cvport::testing::source_dir;

const fs::path kData = source_dir() / "tests/data";

// Every diagnostic of `source`, as the command line prints it.
std::string diagnostics_of(const std::string& source, std::string_view language = {}) {
  cvport::LoadedCv loaded =
      cvport::load_native_text(source, "cv.yaml", {}, cvport::SourcePositions::recorded, language);
  std::string text;
  for (const cvport::Diagnostic& d : loaded.diagnostics.items()) text += cvport::format_diagnostic(d) + "\n";
  return text;
}

std::string fallback_note(const std::string& file, const std::string& at, const std::string& path,
                          const std::string& wanted, const std::string& used) {
  return file + ":" + at + ": note: " + path + ": no \"" + wanted + "\" text; the \"" + used +
         "\" one is read [source.language-fallback]\n  hint: add " + wanted +
         ": \"...\" to give it in that language\n";
}

class MultilingualSource : public Cli {
protected:
  // The fixture's export to Markdown, with `arguments` added; stderr in `err`.
  std::string markdown(const fs::path& source, const std::string& arguments, std::string& err) {
    fs::path out = folder / "cv.md";
    fs::remove(out);
    CommandResult run = cvport("export " + source.string() + " --to markdown --verbose -o " + out.string() + " " + arguments);
    EXPECT_EQ(run.status, 0) << run.err;
    err = run.err;
    return fs::exists(out) ? read_file(out) : std::string();
  }
  static bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
};

TEST_F(MultilingualSource, YamlWithLangDeReadsTheGermanTextsWithoutANote) {
  std::string err;
  std::string md = markdown(kData / "multilingual.yaml", "--lang de", err);
  for (const char* german : {"Softwareentwicklerin", "Ich baue Webanwendungen.", "Stadtwerke Jena",
                             "**Ingenieurin**" /* de-AT, for de */, "  - Baute das Abrechnungssystem",
                             "  - Kept one plain item", "1. Karten lesen.", "*Zeitschrift für Karten*",
                             "**Förderpreis**", "## Berufserfahrung"})
    EXPECT_TRUE(has(md, german)) << german << "\n" << md;
  for (const char* english : {"Software developer", "Engineer", "Built the", "Reading maps", "Journal of Maps"})
    EXPECT_FALSE(has(md, english)) << english;
  EXPECT_FALSE(has(err, "language-fallback")) << err;
}

TEST_F(MultilingualSource, YamlWithLangJaReadsTheFilesLanguageWithANoteAtEachMapping) {
  std::string err;
  std::string md = markdown(kData / "multilingual.yaml", "--lang ja", err);
  EXPECT_TRUE(has(md, "Software developer\n")) << md;
  EXPECT_TRUE(has(md, "- **Engineer** · Jena public utilities · 2020年3月\n  - Built the billing system\n")) << md;
  EXPECT_TRUE(has(md, "- **Förderpreis** · 2021年")) << md; // no English: the first language
  EXPECT_TRUE(has(md, "1. Reading maps.")) << md;
  std::string file = (kData / "multilingual.yaml").string();
  std::string notes = fallback_note(file, "8:5", "person.headline", "ja", "en") +
                      fallback_note(file, "10:12", "person.summary", "ja", "en") +
                      fallback_note(file, "13:19", "work[0].organization", "ja", "en") +
                      fallback_note(file, "14:15", "work[0].position", "ja", "en") +
                      fallback_note(file, "17:9", "work[0].highlights[0]", "ja", "en") +
                      fallback_note(file, "22:12", "publications[0].title", "ja", "en") +
                      fallback_note(file, "24:12", "publications[0].venue", "ja", "en") +
                      fallback_note(file, "28:7", "awards[0].title", "ja", "de");
  EXPECT_TRUE(has(err, notes)) << err;
}

TEST_F(MultilingualSource, YamlWithoutLangReadsTheFilesLanguage) {
  std::string err;
  std::string md = markdown(kData / "multilingual.yaml", "", err);
  EXPECT_TRUE(has(md, "Software developer\n\n<lena@example.org>\n\nI build web applications.\n")) << md;
  EXPECT_TRUE(has(md, "## Work Experience\n\n- **Engineer** · Jena public utilities · Mar 2020")) << md;
  // The one mapping without English; --verbose also lists the refused test plugins of the folder.
  EXPECT_TRUE(has(err, fallback_note((kData / "multilingual.yaml").string(), "28:7", "awards[0].title", "en", "de")))
      << err;
  EXPECT_EQ(err.find("language-fallback"), err.rfind("language-fallback")) << err;
}

TEST_F(MultilingualSource, ValidateReadsTheFilesLanguageAndReportsTheFallbackAsANote) {
  CommandResult run = cvport("validate --verbose " + (kData / "multilingual.yaml").string());
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(has(run.err, fallback_note((kData / "multilingual.yaml").string(), "28:7", "awards[0].title", "en", "de")))
      << run.err;
}

TEST_F(MultilingualSource, JsonSourceReadsTheSameWayWithItsOwnLanguageAsTheDefault) {
  fs::path json = kData / "multilingual.json";
  std::string err;
  std::string own = markdown(json, "", err); // language: de
  EXPECT_TRUE(has(own, "Softwareentwicklerin\n\n## Berufserfahrung\n\n- **Ingenieurin** · Stadtwerke Jena")) << own;
  EXPECT_TRUE(has(own, "  - Baute das Abrechnungssystem")) << own;
  EXPECT_TRUE(has(own, "- **Sponsorship award** · 2021")) << own; // no German: English
  EXPECT_TRUE(has(err, fallback_note(json.string(), "15:24", "awards[0].title", "de", "en"))) << err;

  std::string japanese = markdown(json, "--lang ja", err);
  EXPECT_TRUE(has(japanese, "Softwareentwicklerin\n\n## 職歴\n\n- **Ingenieurin**")) << japanese;
  EXPECT_TRUE(has(err, fallback_note(json.string(), "5:17", "person.headline", "ja", "de") +
                           fallback_note(json.string(), "10:19", "work[0].position", "ja", "de-AT")))
      << err;

  std::string english = markdown(json, "--lang en", err);
  EXPECT_TRUE(has(english, "Software developer\n\n## Work Experience\n\n- **Engineer** · Stadtwerke Jena")) << english;
  EXPECT_FALSE(has(err, "language-fallback")) << err;
}

TEST_F(MultilingualSource, LangAlsoPicksTheLanguageOfAJsonResumeImport) {
  fs::path resume = source_dir() / "tests/plugins/jsonresume/fixtures/multilingual.json";
  std::string err;
  std::string german = markdown(resume, "--lang de", err);
  EXPECT_TRUE(has(german, "Softwareentwicklerin\n")) << german;
  EXPECT_TRUE(has(german, "**Förderpreis**")) << german;
  // The importer's own option wins.
  std::string english = markdown(resume, "--lang de --option jsonresume.language=en", err);
  EXPECT_TRUE(has(english, "Software developer\n")) << english;
  EXPECT_TRUE(has(english, "## Auszeichnungen und Ehrungen")) << english;
}

TEST(MultilingualSourceErrors, EmptyMappingNonTextValuesAndRepeatedTagsAreLocatedErrors) {
  EXPECT_EQ(diagnostics_of("person:\n  name: A\n  headline: {}\n"),
            "cv.yaml:3:13: error: person.headline: expected text, found an empty mapping [source.wrong-type]\n"
            "  hint: write the text, or map language tags to it: {en: \"...\", de: \"...\"}\n");
  EXPECT_EQ(diagnostics_of("person:\n  name: A\nwork:\n  - organization: {en: [A], de: }\n    position: P\n"),
            "cv.yaml:4:24: error: work[0].organization: expected the \"en\" text, found a list [source.wrong-type]\n"
            "cv.yaml:4:29: error: work[0].organization: expected the \"de\" text, found nothing [source.wrong-type]\n");
  EXPECT_EQ(diagnostics_of("person:\n  name: A\n  summary:\n    en: {x: y}\n"),
            "cv.yaml:4:9: error: person.summary: expected the \"en\" text, found a mapping [source.wrong-type]\n");
  EXPECT_EQ(diagnostics_of("person:\n  name: {en: '', de: ''}\n"),
            "cv.yaml:2:9: error: person.name: \"name\" must not be empty [source.missing-field]\n");
  EXPECT_EQ(diagnostics_of("person:\n  name: A\n  headline:\n    de: X\n    de: Y\n"),
            "cv.yaml:5:5: error: person.headline: \"de\" is given twice in the same mapping [source.duplicate-key]\n"
            "  hint: remove one of them\n");
}

TEST(MultilingualSourceErrors, AMappingWhoseKeysAreNotAllLanguageTagsIsATypeErrorWithAHint) {
  EXPECT_EQ(diagnostics_of("person:\n  name: A\n  headline:\n    en: Developer\n    German: Entwickler\n"),
            "cv.yaml:5:5: error: person.headline: expected text, found a mapping [source.wrong-type]\n"
            "  hint: a text in several languages maps language tags to it: {en: \"...\", de: \"...\"}; \"German\" "
            "is not a language tag\n");
}

TEST(MultilingualSourceErrors, IdentifiersCodesAndDatesTakeNoLanguageMap) {
  EXPECT_EQ(diagnostics_of("person:\n  name: A\n  phone: {en: '1', de: '2'}\n"),
            "cv.yaml:3:10: error: person.phone: expected text, found a mapping [source.wrong-type]\n");
  EXPECT_EQ(diagnostics_of("person: {name: A}\nawards:\n  - title: T\n    id: {en: a, de: b}\n"),
            "cv.yaml:4:9: error: awards[0].id: expected text, found a mapping [source.wrong-type]\n");
  EXPECT_EQ(diagnostics_of("person: {name: A}\nawards:\n  - title: T\n    date: {en: '2020', de: '2020'}\n"),
            "cv.yaml:4:11: error: awards[0].date: expected a date, found a mapping [source.wrong-type]\n");
}

TEST(MultilingualSourceErrors, TheWantedLanguageComesFromTheCallerAndTheFilesLanguageIsTheDefault) {
  std::string source = "person:\n  name: A\n  headline: {fr: Développeuse, de: Entwicklerin}\nlanguage: fr\n";
  cvport::LoadedCv german = cvport::load_native_text(source, "cv.yaml", {}, cvport::SourcePositions::recorded, "de");
  ASSERT_TRUE(german.cv);
  EXPECT_EQ(german.cv->person.headline, "Entwicklerin");
  EXPECT_TRUE(german.diagnostics.items().empty());
  // `language:` stands after the mapping, and is its default all the same.
  EXPECT_EQ(diagnostics_of(source, "it"), fallback_note("cv.yaml", "3:13", "person.headline", "it", "fr"));
}

} // namespace
