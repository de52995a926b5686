// The Markdown writer through the SDK context (MemoryHost): what each part of the CV becomes.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <type_traits>

#include "markdown_blocks.hpp"
#include "markdown_test_support.hpp"

namespace cvport::markdown {
namespace {

using cvport::testing::MemoryHost;
using testing::export_markdown;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const cvport::testing::CapturedDiagnostic* find_diagnostic(const MemoryHost& host, std::string_view code) {
  for (const auto& diagnostic : host.diagnostics)
    if (diagnostic.code == code) return &diagnostic;
  return nullptr;
}

Publication clover() {
  Publication publication;
  publication.id = "li2023clover";
  publication.type = "conference-paper";
  publication.title = "Clover: Toward Sustainable AI with Carbon-Aware Machine Learning Inference Service";
  publication.authors = {
      {"Baolin Li", true}, {"Siddharth Samsi", false}, {"Vijay Gadepally", false}, {"Devesh Tiwari", false}};
  publication.venue = {.short_name = "SC 2023", .name = "Proceedings of SC"};
  publication.date = {2023};
  publication.doi = "10.1145/3581784.3607034";
  return publication;
}

Cv named(std::string name = "Baolin Li") {
  Cv cv;
  cv.person.name = std::move(name);
  return cv;
}

TEST(MarkdownWriter, StartsWithTheNameAsTheOnlyH1) {
  std::string markdown = export_markdown(named());
  EXPECT_EQ(markdown, "# Baolin Li\n");
}

TEST(MarkdownWriter, WritesTheContactLineWithLinks) {
  Cv cv = named();
  cv.person.headline = "PhD candidate";
  cv.person.email = "li.baol@example.edu";
  cv.person.phone = "+1 617 555 0100";
  cv.person.url = "https://baolinli.example";
  cv.person.location = {.city = "Boston", .region = "MA", .country = "US"};
  cv.person.profiles = {{.network = "GitHub", .username = "baolinli", .url = "https://github.com/baolinli"}};
  cv.person.orcid = "0000-0002-1825-0097";
  std::string markdown = export_markdown(cv);
  EXPECT_EQ(markdown,
            "# Baolin Li\n\nPhD candidate\n\n"
            "<li.baol@example.edu> \u00B7 +1 617 555 0100 \u00B7 <https://baolinli.example> \u00B7 Boston,\n"
            "MA, US \u00B7 GitHub [baolinli](https://github.com/baolinli) \u00B7 ORCID\n"
            "[0000-0002-1825-0097](https://orcid.org/0000-0002-1825-0097)\n");
}

TEST(MarkdownWriter, BoldsTheOwnerAmongTheAuthorsInOrder) {
  Cv cv = named();
  Publication publication = clover();
  publication.authors = {
      {"Dan Zhao", false}, {"Siddharth Samsi", false}, {"Baolin Li", true}, {"Devesh Tiwari", false}};
  cv.publications = {publication};
  EXPECT_TRUE(
      contains(export_markdown(cv), "   Dan Zhao, Siddharth Samsi, **Baolin Li**, Devesh Tiwari.\\\n"));
}

TEST(MarkdownWriter, AddsEtAlWhenTheAuthorListIsTruncated) {
  Cv cv = named();
  Publication publication = clover();
  publication.et_al = true;
  cv.publications = {publication};
  EXPECT_TRUE(contains(export_markdown(cv),
                       "   **Baolin Li**, Siddharth Samsi, Vijay Gadepally, Devesh Tiwari et al.\\\n"))
      << export_markdown(cv);
}

TEST(MarkdownWriter, WritesAPublicationAsANumberedCitation) {
  Cv cv = named();
  Publication publication = clover();
  publication.status = "in-press";
  publication.award = "Best Paper Award Winner";
  publication.url = "https://example.org/clover.pdf";
  cv.publications = {publication, clover()};
  cv.publications[1].id = "second";
  cv.intros.publications = "Selected papers.";
  EXPECT_EQ(export_markdown(cv),
            "# Baolin Li\n\n## Publications\n\nSelected papers.\n\n"
            "1. Clover: Toward Sustainable AI with Carbon-Aware Machine Learning Inference\n"
            "   Service.\\\n"
            "   **Baolin Li**, Siddharth Samsi, Vijay Gadepally, Devesh Tiwari.\\\n"
            "   Conference paper in *Proceedings of SC* (SC 2023), 2023.\\\n"
            "   in press \u00B7 *Best Paper Award Winner* \u00B7 DOI\n"
            "   [10.1145/3581784.3607034](https://doi.org/10.1145/3581784.3607034) \u00B7\n"
            "   <https://example.org/clover.pdf>\n"
            "2. Clover: Toward Sustainable AI with Carbon-Aware Machine Learning Inference\n"
            "   Service.\\\n"
            "   **Baolin Li**, Siddharth Samsi, Vijay Gadepally, Devesh Tiwari.\\\n"
            "   Conference paper in *Proceedings of SC* (SC 2023), 2023.\\\n"
            "   DOI [10.1145/3581784.3607034](https://doi.org/10.1145/3581784.3607034)\n");
}

TEST(MarkdownWriter, WritesVolumeIssuePagesAndPublisher) {
  Cv cv = named();
  Publication publication = clover();
  publication.type = "journal-article";
  publication.venue = {.short_name = "", .name = "Nature"};
  publication.volume = "12";
  publication.issue = "3";
  publication.pages = "1-14";
  publication.publisher = "Springer";
  publication.date = {2021, 3};
  cv.publications = {publication};
  EXPECT_TRUE(contains(export_markdown(cv),
                       "   Journal article in *Nature*, vol. 12, no. 3, pp. 1-14, Springer, Mar 2021.\\\n"))
      << export_markdown(cv);
}

TEST(MarkdownWriter, LinksSoftwareDois) {
  Cv cv = named();
  cv.software = {{.name = "MISO",
                  .description = "improving efficiency of multi-tenant GPU clusters",
                  .doi = "10.5281/zenodo.7853719"}};
  EXPECT_TRUE(
      contains(export_markdown(cv),
               "## Software and Data\n\n- **MISO**: improving efficiency of multi-tenant GPU clusters \u00B7 DOI\n"
               "  [10.5281/zenodo.7853719](https://doi.org/10.5281/zenodo.7853719)\n"));
}

TEST(MarkdownWriter, WritesEducationWithEveryDetail) {
  Cv cv = named();
  Education education;
  education.institution = {.name = "Northeastern University",
                           .city = "Boston",
                           .region = "MA",
                           .country = "US",
                           .ror = "https://ror.org/04t5xt781"};
  education.degree = "Ph.D.";
  education.field = "Computer Engineering";
  education.start = {2019, 9};
  education.end = {2024, 5};
  education.score = "GPA 4.0/4.0";
  education.advisor = "Prof. Devesh Tiwari";
  education.interests = {"HPC", "Cloud Computing"};
  education.focus = {"GPU Multi-Tenancy"};
  education.courses = {"Algorithms", "Data Mining"};
  education.teaching = {{.role = "Graduate Teaching Assistant",
                         .course = "Introduction to Automatic Control",
                         .start = {2016},
                         .end = {2017}}};
  education.honors = {"First Class Honour"};
  education.summary = "Thesis on inference systems.";
  cv.education = {education};
  EXPECT_EQ(export_markdown(cv),
            "# Baolin Li\n\n## Education\n\n"
            "- **Ph.D. in Computer Engineering** \u00B7 Northeastern University, Boston, MA, US\n"
            "  ([ROR](https://ror.org/04t5xt781)) \u00B7 Sep 2019 \u2013 May 2024\\\n"
            "  Thesis on inference systems.\n"
            "  - Grade: GPA 4.0/4.0\n"
            "  - Advisor: Prof. Devesh Tiwari\n"
            "  - Research interests: HPC; Cloud Computing\n"
            "  - Focus: GPU Multi-Tenancy\n"
            "  - Courses: Algorithms; Data Mining\n"
            "  - Graduate Teaching Assistant: Introduction to Automatic Control \u00B7 2016 \u2013 2017\n"
            "  - Honors: First Class Honour\n");
}

TEST(MarkdownWriter, WritesWorkWithHighlightsAsBullets) {
  Cv cv = named();
  cv.work = {{.organization = {.name = "Netflix", .city = "Los Gatos", .region = "CA", .country = "US"},
              .position = "ML System Research Intern",
              .start = {2023},
              .end = {2023},
              .date_label = "Summer 2023",
              .summary = "Machine learning platform.",
              .highlights = {"Developed a GNN training framework.", "Patent filing."},
              .url = ""}};
  EXPECT_EQ(export_markdown(cv),
            "# Baolin Li\n\n## Work Experience\n\n"
            "- **ML System Research Intern** \u00B7 Netflix, Los Gatos, CA, US \u00B7 Summer 2023\\\n"
            "  Machine learning platform.\n"
            "  - Developed a GNN training framework.\n"
            "  - Patent filing.\n");
}

TEST(MarkdownWriter, ShowsDatesWithDisplayRangeAndTheLabelWins) {
  Cv cv = named();
  cv.work = {
      {.organization = {.name = "A"}, .position = "Range", .start = {2019, 9}, .end = {.present = true}},
      {.organization = {.name = "B"},
       .position = "Label",
       .start = {2023, 6},
       .end = {2023, 8},
       .date_label = "Summer 2023"},
      {.organization = {.name = "C"}, .position = "Same", .start = {2017}, .end = {2017}},
      {.organization = {.name = "D"}, .position = "End only", .end = {2015}}};
  cv.media = {{.title = "Article", .outlet = "MIT News", .date = {2022, 11, 3}}};
  std::string markdown = export_markdown(cv);
  EXPECT_TRUE(contains(markdown, "- **Range** \u00B7 A \u00B7 Sep 2019 \u2013 present\n"));
  EXPECT_TRUE(contains(markdown, "- **Label** \u00B7 B \u00B7 Summer 2023\n"));
  EXPECT_TRUE(contains(markdown, "- **Same** \u00B7 C \u00B7 2017\n"));
  EXPECT_TRUE(contains(markdown, "- **End only** \u00B7 D \u00B7 2015\n"));
  EXPECT_TRUE(contains(markdown, "- **Article** \u00B7 MIT News \u00B7 Nov 2022\n"));
}

TEST(MarkdownWriter, WritesAwardsWithTheTitleOfThePublicationTheyWereFor) {
  Cv cv = named();
  cv.publications = {clover()};
  cv.awards = {{.title = "Best Paper Award Winner",
                .awarder = {.name = "ACM"},
                .date = {2023},
                .venue = "HPDC 2023",
                .for_publication = "li2023clover"}};
  MemoryHost host;
  std::string markdown = export_markdown(cv, Json::object(), &host);
  EXPECT_TRUE(contains(markdown, "- **Best Paper Award Winner** \u00B7 ACM \u00B7 HPDC 2023 \u00B7 2023\\\n"
                                 "  For *Clover: Toward Sustainable AI with Carbon-Aware Machine Learning\n"
                                 "  Inference Service*\n"))
      << markdown;
  EXPECT_TRUE(host.diagnostics.empty());
}

TEST(MarkdownWriter, ReportsAnAwardForAnUnknownPublicationAndShowsTheId) {
  Cv cv = named();
  cv.awards = {{.title = "Prize", .for_publication = "no-such-paper"}};
  MemoryHost host;
  std::string markdown = export_markdown(cv, Json::object(), &host);
  EXPECT_TRUE(contains(markdown, "- **Prize**\\\n  For no-such-paper\n")) << markdown;
  const auto* diagnostic = find_diagnostic(host, "markdown.unknown-publication");
  ASSERT_NE(diagnostic, nullptr);
  EXPECT_EQ(diagnostic->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(diagnostic->path, "awards[0].for");
  EXPECT_TRUE(contains(diagnostic->message, "no-such-paper"));
}

TEST(MarkdownWriter, WritesTalksServiceAndTheJsonResumeSections) {
  Cv cv = named();
  cv.talks = {{.title = "Building Inference Systems",
               .event = "Seminar",
               .host = {.name = "UNC Charlotte"},
               .date = {2023},
               .location = {.city = "Charlotte", .region = "NC", .country = "US"}}};
  cv.service = {{.role = "Reviewer", .venue = "IEEE CAL", .kind = "reviewer", .start = {2024}, .end = {2024}},
                {.role = "Chair", .venue = "Workshop X", .kind = "organizer"}};
  cv.skills = {{.name = "Programming", .level = "Expert", .keywords = {"C++", "CUDA"}}};
  cv.languages = {{.language = "English", .fluency = "Fluent"}};
  cv.interests = {{.name = "Hiking", .keywords = {"Alps"}}};
  cv.references = {{.name = "Prof. Tiwari", .reference = "Available on request."}};
  cv.projects = {{.name = "MISO",
                  .description = "GPU sharing.",
                  .highlights = {"Open source."},
                  .keywords = {"GPU"},
                  .start = {2021},
                  .end = {2022},
                  .url = "https://github.com/x/miso",
                  .roles = {"Lead"},
                  .entity = "Northeastern",
                  .type = "application"}};
  cv.volunteer = {{.organization = {.name = "Code Club"},
                   .position = "Mentor",
                   .start = {2020},
                   .summary = "Taught kids.",
                   .highlights = {"Ran 10 sessions."}}};
  cv.certificates = {{.name = "AWS Solutions Architect", .date = {2022, 1}, .issuer = "Amazon"}};
  std::string markdown = export_markdown(cv);
  EXPECT_TRUE(contains(markdown,
                       "## Invited Talks\n\n- **Building Inference Systems** \u00B7 Seminar \u00B7 UNC "
                       "Charlotte \u00B7 Charlotte, NC, US \u00B7\n  2023\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown, "## Service\n\n- **Reviewer** \u00B7 IEEE CAL \u00B7 2024\n"
                                 "- **Chair** (organizer) \u00B7 Workshop X\n"));
  EXPECT_TRUE(contains(markdown, "## Skills\n\n- **Programming** (Expert): C++, CUDA\n"));
  EXPECT_TRUE(contains(markdown, "## Languages\n\n- **English**: Fluent\n"));
  EXPECT_TRUE(contains(markdown, "## Interests\n\n- **Hiking**: Alps\n"));
  EXPECT_TRUE(contains(
      markdown,
      "## Projects\n\n- **MISO** \u00B7 Northeastern \u00B7 application \u00B7 2021 \u2013 2022 \u00B7\n"
      "  <https://github.com/x/miso>\\\n  GPU sharing.\n  - Roles: Lead\n  - Keywords: GPU\n"
      "  - Open source.\n"))
      << markdown;
  EXPECT_TRUE(contains(markdown,
                       "## Volunteering\n\n- **Mentor** \u00B7 Code Club \u00B7 2020\\\n  Taught kids.\n"
                       "  - Ran 10 sessions.\n"));
  EXPECT_TRUE(
      contains(markdown, "## Certificates\n\n- **AWS Solutions Architect** \u00B7 Amazon \u00B7 Jan 2022\n"));
  EXPECT_TRUE(contains(markdown, "## References\n\n- **Prof. Tiwari**\\\n  Available on request.\n"));
  // The standard order.
  EXPECT_LT(markdown.find("## Invited Talks"), markdown.find("## Service"));
  EXPECT_LT(markdown.find("## Service"), markdown.find("## Skills"));
  EXPECT_LT(markdown.find("## Certificates"), markdown.find("## References"));
}

TEST(MarkdownWriter, LeavesOutEmptySectionsAndEmptyFields) {
  Cv cv = named();
  cv.education = {{.institution = {.name = "MIT"}, .degree = "B.S."}};
  cv.intros.work = ""; // no work entries and no intro: no section
  std::string markdown = export_markdown(cv);
  EXPECT_EQ(markdown, "# Baolin Li\n\n## Education\n\n- **B.S.** \u00B7 MIT\n");
}

TEST(MarkdownWriter, WritesASectionWithOnlyAnIntro) {
  Cv cv = named();
  cv.intros.service = "Reviewing for many venues.";
  EXPECT_EQ(export_markdown(cv), "# Baolin Li\n\n## Service\n\nReviewing for many venues.\n");
}

TEST(MarkdownWriter, WritesCustomSectionsWithTheirTitlesIntrosAndDates) {
  Cv cv = named();
  cv.sections = {{.title = "Patents",
                  .intro = "Filed while interning.",
                  .entries = {{.title = "Edge-cloud inference",
                               .subtitle = "US 11,000,000",
                               .date = {2023, 2},
                               .location = "USPTO",
                               .url = "https://patents.example/1",
                               .summary = "Granted.",
                               .highlights = {"With Bosch."}},
                              {.title = "Range", .start = {2020}, .end = {2021}}}}};
  EXPECT_EQ(export_markdown(cv),
            "# Baolin Li\n\n## Patents\n\nFiled while interning.\n\n"
            "- **Edge-cloud inference** \u00B7 US 11,000,000 \u00B7 USPTO \u00B7 Feb 2023 \u00B7\n"
            "  <https://patents.example/1>\\\n"
            "  Granted.\n"
            "  - With Bosch.\n"
            "- **Range** \u00B7 2020 \u2013 2021\n");
}

TEST(MarkdownWriter, KeepsHeadingsUniqueAndSaysSo) {
  Cv cv = named();
  cv.education = {{.institution = {.name = "MIT"}}};
  cv.sections = {{.title = "Patents", .intro = "One."},
                 {.title = "Patents", .intro = "Two."},
                 {.title = "Education", .intro = "Three."},
                 {.title = "Patents", .intro = "Four."}};
  MemoryHost host;
  std::string markdown = export_markdown(cv, Json::object(), &host);
  EXPECT_TRUE(contains(markdown,
                       "## Patents\n\nOne.\n\n## Patents (2)\n\nTwo.\n\n## Education (2)\n\nThree.\n\n"
                       "## Patents (3)\n\nFour.\n"))
      << markdown;
  ASSERT_EQ(host.diagnostics.size(), 3u);
  EXPECT_EQ(host.diagnostics[0].code, "markdown.duplicate-heading");
  EXPECT_EQ(host.diagnostics[0].path, "sections[1].title");
  EXPECT_EQ(host.diagnostics[0].severity, CVPORT_SEVERITY_NOTE);
}

TEST(MarkdownWriter, WarnsAboutAHeadingTooLongToWrap) {
  Cv cv = named();
  std::string title;
  for (int i = 0; i < 10; ++i) title += "Patented "; // spaces past column 80: MD013 would report it
  cv.sections = {{.title = title, .intro = "Text."}};
  MemoryHost host;
  export_markdown(cv, Json::object(), &host);
  const auto* diagnostic = find_diagnostic(host, "markdown.long-heading");
  ASSERT_NE(diagnostic, nullptr);
  EXPECT_EQ(diagnostic->path, "sections[0].title");
}

TEST(MarkdownWriter, EveryKindOfLineEndIsOne) {
  // The host keeps CR in model text (cvport_plugin.h); "\r\n" and a lone "\r" end a line, as
  // "\n" does, and a blank line of either kind starts a paragraph.
  Cv cv = named();
  cv.person.summary = "one\r\ntwo\rthree\r\n\r\nfour";
  EXPECT_EQ(export_markdown(cv), "# Baolin Li\n\none two three\n\nfour\n"); // lines of a paragraph are joined
}

TEST(MarkdownWriter, PassesUnicodeThrough) {
  Cv cv = named("Zoë Ångström-Okafor");
  cv.person.headline = "研究者 🎓 — naïve café";
  std::string markdown = export_markdown(cv);
  EXPECT_EQ(markdown, "# Zoë Ångström-Okafor\n\n研究者 🎓 — naïve café\n");
}

TEST(MarkdownWriter, WritesEveryLineWithinTheWidthUnlessItIsOneWord) {
  Cv cv = testing::tricky_cv();
  for (size_t width : {80u, 40u}) {
    std::string markdown = export_markdown(cv, Json{{"line-width", width}});
    std::istringstream lines(markdown);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.starts_with("#")) continue; // headings cannot wrap
      EXPECT_TRUE(fits_line(line, width)) << "width " << width << ": " << line;
    }
  }
}

TEST(MarkdownWriter, LineWidthZeroWritesOneLinePerParagraph) {
  Cv cv = named();
  cv.person.summary = std::string(50, 'a') + " " + std::string(50, 'b') + " " + std::string(50, 'c');
  EXPECT_EQ(export_markdown(cv, Json{{"line-width", 0}}), "# Baolin Li\n\n" + cv.person.summary + "\n");
  EXPECT_EQ(export_markdown(cv), "# Baolin Li\n\n" + std::string(50, 'a') + "\n" + std::string(50, 'b') +
                                     "\n" + std::string(50, 'c') + "\n");
}

TEST(MarkdownWriter, SectionsOptionChoosesAndOrdersSections) {
  Cv cv = named();
  cv.education = {{.institution = {.name = "MIT"}}};
  cv.work = {{.organization = {.name = "Netflix"}, .position = "Intern"}};
  cv.sections = {{.title = "Patents", .intro = "Patents filed."},
                 {.title = "Grants", .intro = "Grants won."}};
  MemoryHost host;
  std::string markdown = export_markdown(
      cv, Json{{"sections", {"custom:Grants", "work", "custom", "nonsense", "work", "custom:Prizes"}}},
      &host);
  EXPECT_EQ(markdown,
            "# Baolin Li\n\n## Grants\n\nGrants won.\n\n## Work Experience\n\n- **Intern** \u00B7 Netflix\n\n"
            "## Patents\n\nPatents filed.\n");
  std::vector<std::string> codes;
  for (const auto& diagnostic : host.diagnostics) codes.push_back(diagnostic.code + " " + diagnostic.path);
  EXPECT_EQ(codes, (std::vector<std::string>{"markdown.unknown-section options.sections[3]",
                                             "markdown.duplicate-section options.sections[4]",
                                             "markdown.unknown-section options.sections[5]",
                                             "markdown.section-omitted education"}));
}

TEST(MarkdownWriter, SectionsOptionAcceptsACommaSeparatedList) {
  Cv cv = named();
  cv.education = {{.institution = {.name = "MIT"}}};
  cv.work = {{.organization = {.name = "Netflix"}, .position = "Intern"}};
  std::string markdown = export_markdown(cv, Json{{"sections", "work, education"}});
  EXPECT_LT(markdown.find("## Work Experience"), markdown.find("## Education"));
}

TEST(MarkdownWriter, RejectsABadLineWidth) {
  MemoryHost host;
  EXPECT_THROW(export_markdown(named(), Json{{"line-width", -1}}, &host), sdk::Error);
  EXPECT_THROW(export_markdown(named(), Json{{"line-width", "wide"}}, &host), sdk::Error);
}

TEST(MarkdownWriter, IsDeterministic) {
  Cv cv = testing::tricky_cv();
  EXPECT_EQ(export_markdown(cv), export_markdown(cv));
}

// Fills every text field of a CV with its own token ("zq0001", ...) by walking the model's
// describe() lists, so a field the writer forgets shows up as a missing token.
struct FieldFiller {
  std::string path;
  int count = 0;
  std::vector<std::pair<std::string, std::string>> tokens; // field path, token

  std::string next_token(const std::string& field_path) {
    char token[16];
    std::snprintf(token, sizeof token, "zq%04d", ++count);
    tokens.emplace_back(field_path, token);
    return token;
  }

  template <class T> void field(const Field& info, T& value) {
    std::string field_path = path + (path.empty() ? "" : ".") + std::string(info.name);
    // Keys, not facts: the publication id is what an award's `for` names; model_version
    // says which model the file follows; `inferred` marks an importer's stand-ins. Tags, the
    // selected mark and the variants say what a variant shows (the host applies them); the CV's
    // `language` chooses the labels (a spoken language's `language` is a fact, and filled).
    if (info.name == "id" || info.name == "model_version" || info.name == "for" || info.name == "inferred" ||
        info.name == "tags" || info.name == "selected" || info.name == "variants" || field_path == "language")
      return;
    if constexpr (std::is_same_v<T, std::string>) {
      value = next_token(field_path);
    } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
      value = {next_token(field_path + "[0]"), next_token(field_path + "[1]")};
    } else if constexpr (std::is_same_v<T, bool>) {
      value = true;
    } else if constexpr (std::is_same_v<T, Date>) {
      value = {2001, 2};
    } else if constexpr (requires { value.resize(1); }) {
      value.resize(1);
      std::string saved = path;
      path = field_path + "[0]";
      describe(*this, value[0]);
      path = saved;
    } else {
      std::string saved = path;
      path = field_path;
      describe(*this, value);
      path = saved;
    }
  }
};

TEST(MarkdownWriter, WritesEveryTextFieldOfTheModel) {
  Cv cv;
  FieldFiller filler;
  describe(filler, cv);
  ASSERT_GT(filler.tokens.size(), 150u);
  cv.publications[0].id = "the-paper";
  cv.awards[0].for_publication = "the-paper";
  MemoryHost host;
  std::string markdown = export_markdown(cv, Json::object(), &host);
  for (const auto& [field_path, token] : filler.tokens)
    EXPECT_TRUE(contains(markdown, token)) << field_path << " (" << token << ") is not in the Markdown";
  EXPECT_TRUE(host.diagnostics.empty());
}

} // namespace
} // namespace cvport::markdown
