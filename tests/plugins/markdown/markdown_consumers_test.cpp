// The Markdown output opened by real consumers: cmark and commonmark.js (CommonMark), cmark-gfm
// (GitHub), pandoc (its own Markdown and CommonMark readers) and markdownlint-cli with its
// default rules. They come from scripts/install-deps --consumers; a missing one fails the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include "golden.hpp"
#include "markdown_test_support.hpp"
#include "test_paths.hpp"

namespace cvport::markdown {
namespace {

using namespace testing;

std::filesystem::path write_markdown_file(const std::filesystem::path& dir, const std::string& markdown) {
  std::filesystem::path file = dir / "cv.md";
  cvport::testing::write_file(file, markdown);
  return file;
}

Cv load_example() {
  std::filesystem::path json = example_json_path();
  if (!std::filesystem::exists(json))
    throw std::runtime_error(json.string() +
                             " is missing; generate it with `build/bin/cvport export "
                             "examples/baolin-li.yaml --to cvport-json -o tests/data/baolin-li.cvport.json`");
  return cv_from_json_text(cvport::testing::read_file(json));
}

// Texts that are markup somewhere: each must come out of every parser as written.
const std::vector<std::string> kLiteralTexts = {"5*3 = 15",
                                                "*not emphasis*",
                                                "_nor this_",
                                                "__init__",
                                                "snake_case",
                                                "**no bold**",
                                                "`no code`",
                                                "[no link](x)",
                                                "[no reference]",
                                                "![no image](y)",
                                                "<div>no html</div>",
                                                "<b>",
                                                "x<y>z",
                                                "# not a heading",
                                                "#hashtag",
                                                "> not a quote",
                                                "- not a bullet",
                                                "+ not a bullet",
                                                "* not a bullet",
                                                "1. not a list",
                                                "2) not a list",
                                                "a) not a list",
                                                "(iv) not a list",
                                                ": not a definition",
                                                "::: not a div",
                                                "AT&T",
                                                "R&D",
                                                "&amp; stays",
                                                "&copy; stays",
                                                "&#169; stays",
                                                "C:\\path\\",
                                                "a | b | c",
                                                "| not | a table |",
                                                "H~2~O",
                                                "~~not struck~~",
                                                "x^2^",
                                                "$E=mc^2$",
                                                "@cite",
                                                "[@cite]",
                                                "{.class}",
                                                "www.example.com",
                                                "1.",
                                                "-",
                                                "+",
                                                "=",
                                                "===",
                                                "---",
                                                "***",
                                                "___",
                                                "Wow!",
                                                "!",
                                                "\\*",
                                                "\\",
                                                "<!-- no comment -->",
                                                "[^1]",
                                                "- [ ] no task",
                                                "\u65e5\u672c\u8a9e",
                                                "\U0001F393",
                                                "Zo\u00eb"};

Cv literal_cv() {
  Cv cv;
  cv.person.name = "Literal Texts";
  CustomSection section{.title = "Literal", .intro = "", .entries = {}};
  for (const std::string& text : kLiteralTexts) {
    // At the start of a paragraph, of a list item, inside bold and after a hard break.
    section.intro += text + "\n\n";
    section.entries.push_back({.title = text,
                               .subtitle = "",
                               .date = {},
                               .start = {},
                               .end = {},
                               .date_label = "",
                               .location = "",
                               .url = "",
                               .summary = text,
                               .highlights = {text}});
  }
  cv.sections = {section};
  return cv;
}

// What a reader must see: the name, the heading, the texts as paragraphs, then each entry's
// title, summary and highlight.
std::string expected_literal_text() {
  std::string text = "Literal Texts Literal";
  for (const std::string& literal : kLiteralTexts) text += " " + literal;
  for (const std::string& literal : kLiteralTexts) text += " " + literal + " " + literal + " " + literal;
  return collapse_whitespace(text);
}

TEST(MarkdownConsumers, EscapedTextRendersLiterallyInEveryParser) {
  std::filesystem::path dir = make_temp_dir("literal");
  std::filesystem::path file = write_markdown_file(dir, export_markdown(literal_cv()));
  std::map<std::string, CommandResult> rendered = {
      {"cmark", render_cmark(file)},
      {"cmark-gfm", render_cmark_gfm(file)},
      {"commonmark.js", render_commonmark_js(file)},
      {"pandoc -f commonmark", render_pandoc(file, "commonmark")},
      // pandoc's Markdown without its smart typography, which turns "---" into a dash on purpose.
      {"pandoc -f markdown-smart", render_pandoc(file, "markdown-smart")}};
  for (const auto& [consumer, result] : rendered) {
    ASSERT_EQ(result.exit_code, 0) << consumer << ": " << result.errors;
    EXPECT_EQ(result.errors, "") << consumer;
    EXPECT_EQ(visible_text(result.output), expected_literal_text()) << consumer;
    // Entry titles are bold; nothing else may become markup.
    for (const char* tag : {"<em>", "<code>", "<a ", "<img", "<blockquote>", "<del>", "<sup>", "<sub>",
                            "<table", "<h3", "<div", "<b>", "<ol", "<span", "<dl", "<hr", "<pre", "<input"})
      EXPECT_EQ(result.output.find(tag), std::string::npos) << consumer << " made markup " << tag;
    EXPECT_EQ(count_matches(result.output, "<li[ >]"), 2 * kLiteralTexts.size()) << consumer;
  }
  std::filesystem::remove_all(dir);
}

// ---- front matter: the page's language and direction --------------------------------------------

// With front-matter=true the file starts with the metadata block pandoc reads; pandoc's standalone
// HTML then carries the CV's language and, for Arabic, the right-to-left direction; markdownlint
// (which skips front matter) finds nothing.
TEST(MarkdownConsumers, FrontMatterGivesPandocsPageTheLanguageAndDirection) {
  Cv cv;
  cv.person.name = "Layla \"Lulu\" Haddad";
  cv.language = "ar";
  Work job;
  job.position = "Engineer";
  job.organization.name = "Example Lab";
  cv.work.push_back(job);
  std::string markdown = export_markdown(cv, Json{{"front-matter", true}});
  EXPECT_EQ(markdown.substr(0, markdown.find("# ")),
            "---\npagetitle: \"Layla \\\"Lulu\\\" Haddad\"\nlang: ar\ndir: rtl\n---\n\n");
  std::filesystem::path dir = make_temp_dir("front-matter");
  std::filesystem::path file = write_markdown_file(dir, markdown);
  CommandResult html = run_command("pandoc -f markdown-smart -t html5 -s " + shell_quote(file.string()));
  ASSERT_EQ(html.exit_code, 0) << html.errors;
  EXPECT_EQ(html.errors, "");
  EXPECT_EQ(html.output.find("class=\"title\""), std::string::npos) << "the name is not a second heading";
  EXPECT_NE(html.output.find(" lang=\"ar\""), std::string::npos) << html.output;
  EXPECT_NE(html.output.find(" dir=\"rtl\""), std::string::npos) << html.output;
  EXPECT_NE(html.output.find("<title>Layla \"Lulu\" Haddad</title>"), std::string::npos) << html.output;
  CommandResult lint = run_markdownlint(file);
  EXPECT_EQ(lint.exit_code, 0) << lint.output << lint.errors;

  cv.language = "";
  std::string english = export_markdown(cv, Json{{"front-matter", true}});
  EXPECT_EQ(english.substr(0, english.find("# ")),
            "---\npagetitle: \"Layla \\\"Lulu\\\" Haddad\"\nlang: en\ndir: ltr\n---\n\n");
  EXPECT_EQ(export_markdown(cv).rfind("# ", 0), 0u) << "no front matter unless asked";
  std::filesystem::remove_all(dir);
}

// ---- whole CVs: the seed CV and the tricky one --------------------------------------------------

struct CvCase {
  std::string label;
  Cv (*load)();
  std::string name; // what every reader must show
};

void PrintTo(const CvCase& cv_case, std::ostream* out) { *out << cv_case.label; }

class MarkdownConsumersOnCv : public ::testing::TestWithParam<CvCase> {
protected:
  void SetUp() override {
    dir_ = make_temp_dir(GetParam().label);
    cvport::testing::MemoryHost host;
    file_ = write_markdown_file(dir_, export_markdown(GetParam().load(), Json::object(), &host));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
  std::filesystem::path file_;
};

// The element counts consumer-check compares between GitHub's parser and pandoc: a difference
// means markup that depends on the flavour.
std::map<std::string, size_t> structure(const std::string& html) {
  std::map<std::string, size_t> counts;
  for (const char* element :
       {"h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "ol", "ul", "blockquote", "pre"})
    counts[element] = count_matches(html, std::string("<") + element + "[ >]");
  return counts;
}

TEST_P(MarkdownConsumersOnCv, EveryParserReadsTheSameStructureAndShowsTheName) {
  std::map<std::string, CommandResult> rendered = {
      {"cmark", render_cmark(file_)},
      {"cmark-gfm", render_cmark_gfm(file_)},
      {"commonmark.js", render_commonmark_js(file_)},
      {"pandoc -f commonmark", render_pandoc(file_, "commonmark")},
      {"pandoc -f markdown", render_pandoc(file_, "markdown")}};
  std::map<std::string, size_t> reference = structure(rendered["cmark-gfm"].output);
  EXPECT_EQ(reference["h1"], 1u);
  for (const auto& [consumer, result] : rendered) {
    ASSERT_EQ(result.exit_code, 0) << consumer << ": " << result.errors;
    EXPECT_EQ(result.errors, "") << consumer << " warned";
    EXPECT_NE(visible_text(result.output).find(GetParam().name), std::string::npos)
        << consumer << " lost the name";
    EXPECT_EQ(structure(result.output), reference) << consumer << " and cmark-gfm disagree on the structure";
  }
  // cmark and commonmark.js implement the same spec: the same HTML.
  EXPECT_EQ(rendered["cmark"].output, rendered["commonmark.js"].output);
}

TEST_P(MarkdownConsumersOnCv, MarkdownlintDefaultsFindNothing) {
  CommandResult lint = run_markdownlint(file_);
  EXPECT_EQ(lint.exit_code, 0) << lint.output << lint.errors;
  EXPECT_EQ(lint.output + lint.errors, "");
}

INSTANTIATE_TEST_SUITE_P(Cvs, MarkdownConsumersOnCv,
                         ::testing::Values(CvCase{"seed", &load_example, "Baolin Li"},
                                           CvCase{"tricky", &tricky_cv, "Zo\u00eb *Star* O_Brien [PhD] Jr."}),
                         [](const auto& info) { return info.param.label; });

// Without this, "no violations" could mean a linter that checks nothing.
TEST(MarkdownConsumers, MarkdownlintReportsViolationsInABadDocument) {
  std::filesystem::path dir = make_temp_dir("lint-bad");
  std::filesystem::path file = write_markdown_file(dir, "# A\n# B\nbare https://example.org \n* x\n");
  CommandResult lint = run_markdownlint(file);
  std::string report = lint.output + lint.errors;
  EXPECT_NE(lint.exit_code, 0);
  for (const char* rule : {"MD022", "MD025", "MD034", "MD009", "MD032"})
    EXPECT_NE(report.find(rule), std::string::npos) << rule << " not reported:\n" << report;
  std::filesystem::remove_all(dir);
}

// Every fact of tests/data/seed-facts.txt is in what GitHub shows for the seed CV.
TEST(MarkdownConsumers, SeedFactsAreInTheRenderedText) {
  std::filesystem::path facts_file =
      cvport::testing::source_dir() / "tests" / "data" / "seed-facts.txt";
  ASSERT_TRUE(std::filesystem::exists(facts_file)) << facts_file << " is missing";
  std::filesystem::path dir = make_temp_dir("facts");
  std::filesystem::path file = write_markdown_file(dir, export_markdown(load_example()));
  CommandResult rendered = render_cmark_gfm(file);
  ASSERT_EQ(rendered.exit_code, 0) << rendered.errors;
  std::string text = visible_text(rendered.output);
  std::istringstream facts(cvport::testing::read_file(facts_file));
  std::string line;
  size_t checked = 0;
  while (std::getline(facts, line)) {
    if (line.starts_with("# ") || line == "#" || collapse_whitespace(line).empty()) continue;
    std::string fact = collapse_whitespace(line);
    EXPECT_NE(text.find(fact), std::string::npos) << "fact not shown: " << fact;
    ++checked;
  }
  EXPECT_GT(checked, 100u);
  std::filesystem::remove_all(dir);
}

} // namespace
} // namespace cvport::markdown
