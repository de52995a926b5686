// cvport/sections.hpp: the section registry every format and `--option sections=` share.
#include "cvport/sections.hpp"
#include "cvport/sections_option.hpp"

#include <gtest/gtest.h>

namespace cvport {
namespace {

struct RecordedDiagnostics {
  std::vector<std::string> lines;
  void warning(std::string_view code, std::string_view path, std::string_view message) {
    lines.push_back("warning " + std::string(code) + " " + std::string(path) + ": " + std::string(message));
  }
  void note(std::string_view code, std::string_view path, std::string_view) {
    lines.push_back("note " + std::string(code) + " " + std::string(path));
  }
};

std::vector<std::string> ids(const std::vector<CvSection>& sections) {
  std::vector<std::string> result;
  for (const CvSection& section : sections) result.push_back(section.id);
  return result;
}

Cv sample_cv() {
  Cv cv;
  cv.education.resize(1);
  cv.publications.resize(2);
  cv.awards.resize(1);
  cv.skills.resize(1);
  cv.intros.talks = "Selected talks."; // an intro alone makes the section shown
  cv.sections.push_back({.title = "Grants & Funding", .intro = "", .entries = {CustomEntry{}}});
  cv.sections.push_back({.title = "Patents", .intro = "", .entries = {CustomEntry{}}});
  cv.sections.push_back({.title = "Patents", .intro = "More.", .entries = {}});
  return cv;
}

TEST(SectionRegistry, StandardSectionsByIdAndByTitle) {
  ASSERT_NE(find_standard_section("awards"), nullptr);
  EXPECT_EQ(find_standard_section("awards")->title, "Awards and Honors");
  EXPECT_EQ(find_standard_section("software")->title, "Software and Data");
  EXPECT_EQ(find_standard_section("Awards"), nullptr); // ids are exact
  ASSERT_NE(find_standard_section_by_title("work experience"), nullptr);
  EXPECT_EQ(find_standard_section_by_title("work experience")->id, "work");
  EXPECT_EQ(find_standard_section_by_title("Awards"), nullptr);
  EXPECT_EQ(standard_section(SectionKind::references).id, "references");
  EXPECT_EQ(std::size(kStandardSections), 16u);
}

TEST(SectionRegistry, CustomSectionIdsFromTitles) {
  EXPECT_EQ(section_id_from_title("Grants & Funding"), "grants-funding");
  EXPECT_EQ(section_id_from_title("  Patents (US) "), "patents-us");
  EXPECT_EQ(section_id_from_title("Выставки"), "");
  Cv cv = sample_cv();
  cv.sections.push_back({.title = "Выставки", .intro = "", .entries = {}});
  cv.sections.push_back({.title = "Education", .intro = "", .entries = {}});
  cv.sections.push_back({.title = "Custom", .intro = "", .entries = {}});
  std::vector<CvSection> all = all_sections(cv);
  ASSERT_EQ(all.size(), 16u + 6u);
  EXPECT_EQ(ids({all.begin() + 16, all.end()}),
            (std::vector<std::string>{"grants-funding", "patents", "patents-2", "section-4", "education-2", "custom-2"}));
  EXPECT_EQ(all[17].path, "sections[1]");
  EXPECT_EQ(all[17].custom_index, 1u);
  EXPECT_EQ(all[16].title, "Grants & Funding");
}

TEST(SectionRegistry, FindsASectionByIdTitleOrCustomTitle) {
  std::vector<CvSection> all = all_sections(sample_cv());
  EXPECT_EQ(find_section(all, "grants-funding")->custom_index, 0u);
  EXPECT_EQ(find_section(all, "Grants & Funding")->id, "grants-funding");
  EXPECT_EQ(find_section(all, "custom:Grants & Funding")->id, "grants-funding");
  EXPECT_EQ(find_section(all, "AWARDS AND HONORS")->id, "awards");
  EXPECT_EQ(find_section(all, "custom:grants & funding"), nullptr); // the old spelling is exact
  EXPECT_EQ(find_section(all, "grants"), nullptr);
}

TEST(ChooseSections, WithoutAListEverySectionWithDataInTheDefaultOrder) {
  SectionChoice choice = choose_sections(sample_cv(), {});
  EXPECT_EQ(ids(choice.sections), (std::vector<std::string>{"education", "awards", "talks", "publications", "skills",
                                                            "grants-funding", "patents", "patents-2"}));
  EXPECT_TRUE(choice.notices.empty());
}

TEST(ChooseSections, TheListedOnesInTheirOrderWithCustomForTheRest) {
  SectionChoice choice = choose_sections(sample_cv(), {"publications", "patents-2", "Education", "custom", "work"});
  // "work" has no entries in this CV: skipped without a word; "custom" takes the custom
  // sections not named elsewhere.
  EXPECT_EQ(ids(choice.sections),
            (std::vector<std::string>{"publications", "patents-2", "education", "grants-funding", "patents"}));
  RecordedDiagnostics diagnostics;
  report_section_choice(choice, diagnostics, "docx");
  EXPECT_EQ(diagnostics.lines, (std::vector<std::string>{"note docx.section-omitted awards",
                                                         "note docx.section-omitted talks",
                                                         "note docx.section-omitted skills"}));
}

TEST(ChooseSections, UnknownAndRepeatedNamesAreWarnings) {
  SectionChoice choice = choose_sections(sample_cv(), {"publications", "grants", "publications"});
  EXPECT_EQ(ids(choice.sections), (std::vector<std::string>{"publications"}));
  RecordedDiagnostics diagnostics;
  // This format writes publications only: no note for the sections it could not write.
  report_section_choice(choice, diagnostics, "bibtex",
                        [](SectionKind kind) { return kind == SectionKind::publications; });
  ASSERT_EQ(diagnostics.lines.size(), 2u);
  EXPECT_EQ(diagnostics.lines[0].substr(0, 62),
            "warning bibtex.unknown-section options.sections[1]: no section");
  EXPECT_NE(diagnostics.lines[0].find("\"grants\""), std::string::npos);
  EXPECT_NE(diagnostics.lines[0].find("grants-funding, patents, patents-2"), std::string::npos);
  EXPECT_EQ(diagnostics.lines[1], "warning bibtex.duplicate-section options.sections[2]: the section "
                                  "\"publications\" is listed twice; it is written once, at its first place");
}

TEST(ChooseSections, AnIntroAloneCounts) {
  Cv cv;
  EXPECT_TRUE(choose_sections(cv, {}).sections.empty());
  cv.intros.service = "On committees since 2020.";
  EXPECT_EQ(ids(choose_sections(cv, {}).sections), std::vector<std::string>{"service"});
}

TEST(SectionsOption, OneReaderForEveryFormat) {
  EXPECT_EQ(read_section_list(Json()), std::vector<std::string>{});
  EXPECT_EQ(read_section_list(Json{" work ", "", "Grants & Funding"}), (std::vector<std::string>{"work", "Grants & Funding"}));
  EXPECT_EQ(read_section_list(Json("work, custom")), (std::vector<std::string>{"work", "custom"}));
  EXPECT_EQ(read_section_list(Json(3)), std::nullopt);
  EXPECT_EQ(read_section_list(Json{"work", 3}), std::nullopt);
}

} // namespace
} // namespace cvport
