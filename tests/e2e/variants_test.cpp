// Variants end to end (docs/source-format.md, "Variants"): the real cvport and the real plugins on
// tests/data/variants/cv.yaml. Each kind of selection is checked in the Markdown it gives (which
// entries are there, in which order); one variant gives the same sections in Markdown, DOCX and
// JSON Resume; the ORCID bundle stays complete; bad names get a did-you-mean at their place.
#include <regex>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_fixture.hpp"
#include "test_paths.hpp"

namespace cvport::testing {
namespace {

const std::string fixture = (source_dir() / "tests/data/variants/cv.yaml").string();

class Variants : public Cli {
protected:
  // cvport with the build tree's own plugins, as installed.
  CommandResult export_cv(const std::string& arguments) {
    return run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " export " + fixture + " " + arguments);
  }

  // The Markdown of the fixture exported with `arguments`; fails the test when cvport does.
  std::string markdown(const std::string& arguments) {
    fs::path output = folder / "cv.md";
    CommandResult result = export_cv("--to markdown -o " + output.string() + " " + arguments);
    EXPECT_EQ(result.status, 0) << result.err;
    return read_file(output);
  }

  static std::vector<std::string> headings(const std::string& markdown) {
    std::vector<std::string> found;
    static const std::regex heading(R"(^## (.+)$)", std::regex::multiline);
    for (auto it = std::sregex_iterator(markdown.begin(), markdown.end(), heading); it != std::sregex_iterator(); ++it)
      found.push_back((*it)[1]);
    return found;
  }

  // The entries shown, in order: the titles, positions and names the fixture gives them.
  static std::vector<std::string> shown(const std::string& markdown) {
    static const std::vector<std::string> names = {
        "Example University", "Cloudy Inc.", "State Lab", "Corner Shop", "Paper Alpha", "Paper Beta",
        "Paper Gamma", "Paper Delta", "Paper Epsilon", "Systems programming", "Category theory",
        "Young Investigator Grant", "Cloud Credits Award"};
    std::vector<std::pair<size_t, std::string>> at;
    for (const std::string& name : names)
      if (size_t position = markdown.find(name); position != std::string::npos) at.emplace_back(position, name);
    std::sort(at.begin(), at.end());
    std::vector<std::string> in_order;
    for (const auto& [position, name] : at) in_order.push_back(name);
    return in_order;
  }
  using Names = std::vector<std::string>;
};

TEST_F(Variants, WithoutAVariantEverythingIsShownAndTagsAreNot) {
  std::string text = markdown("");
  EXPECT_EQ(headings(text), (Names{"Education", "Work Experience", "Publications", "Skills", "Grants & Funding"}));
  EXPECT_EQ(shown(text).size(), 13u);
  EXPECT_EQ(text.find("industry"), std::string::npos) << "a tag is data for variants, not text to show";
  EXPECT_NE(text.find("Researcher in computer systems"), std::string::npos);
}

TEST_F(Variants, SectionsAreChosenAndOrderedByTheVariant) {
  std::string text = markdown("--variant academic");
  EXPECT_EQ(headings(text), (Names{"Publications", "Grants & Funding", "Education", "Work Experience"}));
}

TEST_F(Variants, IncludeTagsKeepTaggedMatchesAndUntaggedEntries) {
  // industry: include_tags [industry, ml, systems]; the cashier job has no tags, so it stays.
  std::string text = markdown("--variant industry");
  EXPECT_EQ(shown(text), (Names{"Cloudy Inc.", "Corner Shop", "Systems programming", "Paper Alpha"}));
}

TEST_F(Variants, UntaggedDropLeavesOutEntriesWithoutTags) {
  std::string text = markdown("--variant strict");
  EXPECT_EQ(shown(text), (Names{"Cloudy Inc.", "Paper Alpha", "Paper Epsilon"}));
  EXPECT_EQ(headings(text), (Names{"Work Experience", "Publications"}));
}

TEST_F(Variants, ExcludeTagsLeaveOutEntriesWithThem) {
  std::string text = markdown("--variant academic");
  EXPECT_EQ(shown(text), (Names{"Paper Alpha", "Paper Beta", "Paper Gamma", "Paper Delta", "Paper Epsilon",
                                "Young Investigator Grant", "Example University", "State Lab", "Corner Shop"}));
}

TEST_F(Variants, SelectedOnlyAndMaxChooseThePublicationsAndRenumberThem) {
  // --option selected=true alone: the three selected publications, numbered 1 to 3.
  std::string selected = markdown("--option selected=true");
  EXPECT_EQ(shown(selected), (Names{"Example University", "Cloudy Inc.", "State Lab", "Corner Shop", "Paper Alpha",
                                    "Paper Gamma", "Paper Delta", "Systems programming", "Category theory",
                                    "Young Investigator Grant", "Cloud Credits Award"}));
  EXPECT_NE(selected.find("2. Paper Gamma"), std::string::npos) << selected;
  EXPECT_NE(selected.find("3. Paper Delta"), std::string::npos) << selected;
  // industry: selected_only and max 1 leave the first selected one.
  std::string industry = markdown("--variant industry");
  EXPECT_NE(industry.find("1. Paper Alpha"), std::string::npos) << industry;
  EXPECT_EQ(industry.find("Paper Gamma"), std::string::npos);
}

TEST_F(Variants, TheHeadlineReplacesThePersonsHeadline) {
  std::string text = markdown("--variant industry");
  EXPECT_NE(text.find("ML systems engineer"), std::string::npos) << text;
  EXPECT_EQ(text.find("Researcher in computer systems"), std::string::npos);
}

TEST_F(Variants, TagsOptionMakesAVariantWithoutDeclaringOne) {
  CommandResult result = export_cv("--to markdown -o " + (folder / "cv.md").string() + " --option tags=theory");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err.find("unknown-option"), std::string::npos) << result.err;
  EXPECT_EQ(shown(read_file(folder / "cv.md")), (Names{"Example University", "Corner Shop", "Paper Beta", "Paper Delta"}));
}

TEST_F(Variants, TheHostOptionsAreNoFormatsUnknownOption) {
  CommandResult result =
      export_cv("--to all -o " + folder.string() + "/ --option tags=ml --option selected=true --option orcid.variant=apply");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err.find("unknown-option"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("has no option"), std::string::npos) << result.err;
}

// The heading texts of a DOCX, in order.
std::vector<std::string> docx_headings(const std::string& document_xml) {
  std::vector<std::string> found;
  static const std::regex heading(R"(<w:pStyle w:val="CVSection"/>.*?<w:t[^>]*>([^<]*)</w:t>)");
  for (auto it = std::sregex_iterator(document_xml.begin(), document_xml.end(), heading); it != std::sregex_iterator();
       ++it)
    found.push_back((*it)[1]);
  return found;
}

TEST_F(Variants, OneVariantGivesTheSameSectionsInMarkdownDocxAndJsonResume) {
  CommandResult result = export_cv("--variant industry --to markdown,docx,jsonresume -o " + folder.string() + "/");
  ASSERT_EQ(result.status, 0) << result.err;
  Names expected{"Work Experience", "Skills", "Publications"};
  EXPECT_EQ(headings(read_file(folder / "cv.md")), expected);
  CommandResult document = run("unzip -p " + (folder / "cv.docx").string() + " word/document.xml");
  ASSERT_EQ(document.status, 0);
  EXPECT_EQ(docx_headings(document.out), expected);
  EXPECT_NE(document.out.find("Cloudy Inc."), std::string::npos);
  EXPECT_EQ(document.out.find("State Lab"), std::string::npos);
  EXPECT_EQ(document.out.find("Paper Gamma"), std::string::npos);
  auto resume = nlohmann::json::parse(read_file(folder / "resume.json"));
  for (const char* section : {"work", "skills", "publications"}) EXPECT_TRUE(resume.contains(section)) << section;
  for (const char* section : {"education", "awards", "volunteer", "projects"}) EXPECT_FALSE(resume.contains(section)) << section;
  EXPECT_EQ(resume["work"].size(), 2u);
  EXPECT_EQ(resume["publications"].size(), 1u);
  EXPECT_EQ(resume["basics"]["label"], "ML systems engineer");
}

// One spelling of --option sections= for every format (issue #16, item 1): the same sections in
// the same order in Markdown, DOCX, PDF and JSON Resume, and no format calls the option unknown.
TEST_F(Variants, OneSectionsOptionGivesTheSameSectionsInEveryFormat) {
  CommandResult result = export_cv("--to markdown,docx,pdf,jsonresume --option sections=publications,grants-funding,work -o " +
                                   folder.string() + "/");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err.find("warning"), std::string::npos) << result.err;
  Names expected{"Publications", "Grants & Funding", "Work Experience"};
  EXPECT_EQ(headings(read_file(folder / "cv.md")), expected);
  CommandResult document = run("unzip -p " + (folder / "cv.docx").string() + " word/document.xml");
  ASSERT_EQ(document.status, 0);
  EXPECT_EQ(docx_headings(document.out), (Names{"Publications", "Grants &amp; Funding", "Work Experience"}));
  CommandResult pdf = run("pdftotext " + (folder / "cv.pdf").string() + " -");
  ASSERT_EQ(pdf.status, 0);
  size_t publications = pdf.out.find("Publications"), grants = pdf.out.find("Grants & Funding"),
         work = pdf.out.find("Work Experience");
  ASSERT_NE(work, std::string::npos) << pdf.out;
  EXPECT_LT(publications, grants);
  EXPECT_LT(grants, work);
  EXPECT_EQ(pdf.out.find("Education"), std::string::npos);
  EXPECT_EQ(pdf.out.find("Skills"), std::string::npos);
  auto resume = nlohmann::json::parse(read_file(folder / "resume.json"));
  for (const char* section : {"publications", "work"}) EXPECT_TRUE(resume.contains(section)) << section;
  for (const char* section : {"education", "skills"}) EXPECT_FALSE(resume.contains(section)) << section;
}

// Every file of a folder, one after the other.
std::string text_under(const fs::path& root) {
  std::string text;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file()) text += read_file(entry.path());
  return text;
}

TEST_F(Variants, TheOrcidBundleIgnoresTheVariantAndSaysSo) {
  CommandResult result = export_cv("--variant industry --to orcid -v -o " + (folder / "orcid").string() + "/");
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("note: the orcid output ignores the variant: a record should be complete"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("--option orcid.variant=apply"), std::string::npos) << result.err;
  std::string works = text_under(folder / "orcid");
  for (const char* title : {"Paper Alpha", "Paper Beta", "Paper Gamma", "Paper Delta", "Paper Epsilon"})
    EXPECT_NE(works.find(title), std::string::npos) << title << " is missing from the complete record";

  fs::remove_all(folder / "orcid");
  CommandResult applied =
      export_cv("--variant industry --to orcid -v -o " + (folder / "orcid").string() + "/ --option orcid.variant=apply");
  ASSERT_EQ(applied.status, 0) << applied.err;
  EXPECT_EQ(applied.err.find("ignores the variant"), std::string::npos) << applied.err;
  std::string applied_works = text_under(folder / "orcid");
  EXPECT_NE(applied_works.find("Paper Alpha"), std::string::npos);
  EXPECT_EQ(applied_works.find("Paper Beta"), std::string::npos);
}

TEST_F(Variants, AnUnknownVariantIsAUsageErrorWithADidYouMean) {
  CommandResult result = export_cv("--variant industy --to markdown -o " + (folder / "cv.md").string());
  EXPECT_EQ(result.status, 64);
  EXPECT_NE(result.err.find("error: --variant industy: " + fixture +
                            " declares no variant \"industy\"; its variants are industry, academic, strict, "
                            "nothing, typo, badsection [usage.unknown-variant]\n  hint: did you mean \"industry\"?"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(folder / "cv.md"));
}

TEST_F(Variants, AnUnknownTagOfAVariantIsAWarningAtItsPlaceInTheSource) {
  CommandResult result = export_cv("--variant typo --to markdown -o " + (folder / "cv.md").string());
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find(fixture + ":93:20: warning: variants[4].include_tags[0]: no entry has the tag \"sytems\"; "
                                      "the tags in use are academic, industry, ml, systems, theory "
                                      "[variant.unknown-tag]\n  hint: did you mean \"systems\"?"),
            std::string::npos)
      << result.err;
}

TEST_F(Variants, AnUnknownTagOfTheTagsOptionIsAWarningNamingTheArgument) {
  CommandResult result = export_cv("--to markdown -o " + (folder / "cv.md").string() + " --option tags=ml,sytems");
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find("warning: --option tags=ml,sytems: no entry has the tag \"sytems\"; the tags in use are "
                            "academic, industry, ml, systems, theory [variant.unknown-tag]\n  hint: did you mean "
                            "\"systems\"?"),
            std::string::npos)
      << result.err;
}

TEST_F(Variants, AnUnknownSectionOfAVariantIsAnErrorAtItsPlace) {
  CommandResult result = export_cv("--variant badsection --to markdown -o " + (folder / "cv.md").string());
  EXPECT_EQ(result.status, 65) << result.err;
  EXPECT_NE(result.err.find(fixture + ":95:22: error: variants[5].sections[1]: no section has the id or title "
                                      "\"grants-fundng\""),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("hint: did you mean \"grants-funding\"?"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(folder / "cv.md"));
}

TEST_F(Variants, AVariantThatLeavesNothingWarnsAndWritesNoFile) {
  write("cv.md", "the earlier export\n");
  CommandResult result = export_cv("--variant nothing --to markdown -o " + (folder / "cv.md").string());
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_NE(result.err.find(fixture + ":88:3: warning: variants[3]: the variant \"nothing\" leaves no entry to show, "
                                      "so nothing was written"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(read_file(folder / "cv.md"), "the earlier export\n");
  CommandResult strict = export_cv("--variant nothing --werror --to markdown -o " + (folder / "cv.md").string());
  EXPECT_EQ(strict.status, 65) << strict.err;
}

TEST_F(Variants, ValidateChecksEveryDeclaredVariantAtItsPlace) {
  // What `export --variant NAME` would say of each declared variant, before any export.
  CommandResult result = run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " validate " + fixture);
  EXPECT_EQ(result.status, 65) << result.err;
  EXPECT_NE(result.err.find(fixture + ":88:3: warning: variants[3]: the variant \"nothing\" leaves no entry to show: "
                                      "an export with it writes nothing [variant.empty]"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(fixture + ":93:20: warning: variants[4].include_tags[0]: no entry has the tag \"sytems\""),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(fixture + ":95:22: error: variants[5].sections[1]: no section has the id or title "
                                      "\"grants-fundng\""),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(fixture + ": invalid (1 error, 2 warnings)"), std::string::npos) << result.err;
}

TEST_F(Variants, ValidateIsSilentAboutGoodVariants) {
  fs::path source = write("cv.yaml", "person:\n  name: A\nwork:\n  - position: P\n    organization: O\n"
                                     "    tags: [industry]\nvariants:\n  industry:\n    include_tags: [industry]\n");
  CommandResult result = run("env -u CVPORT_PLUGIN_PATH " + cvport_exe().string() + " validate " + source.string());
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.err, source.string() + ": valid (0 errors, 0 warnings)\n");
}

} // namespace
} // namespace cvport::testing
