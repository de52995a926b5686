// The FRESH importer on the FRESH schema's exemplar resume and on small documents: what each
// section becomes, what is kept and the exact place of each warning about it.
#include <gtest/gtest.h>

#include "cvport/model_json.hpp"
#include "fresh_reader.hpp"
#include "golden.hpp"
#include "memory_host.hpp"
#include "test_paths.hpp"

namespace cvport::testing {
namespace {

std::string sample(const std::string& name) { return read_file(source_dir() / "tests/plugins/fresh/samples" / name); }

struct Imported {
  Cv cv;
  std::vector<CapturedDiagnostic> diagnostics;
  Json origins;
  // The one diagnostic with this code at this path; null when there is none or several.
  const CapturedDiagnostic* at(std::string_view code, std::string_view path) const {
    const CapturedDiagnostic* found = nullptr;
    for (const CapturedDiagnostic& d : diagnostics)
      if (d.code == code && d.path == path) {
        if (found) return nullptr;
        found = &d;
      }
    return found;
  }
  size_t errors() const {
    return size_t(std::count_if(diagnostics.begin(), diagnostics.end(),
                                [](const CapturedDiagnostic& d) { return d.severity == CVPORT_SEVERITY_ERROR; }));
  }
  Json kept(const Extra& extra) const { return extra_members(extra, "fresh"); }
};

Imported import_fresh(const std::string& text) {
  MemoryHost host;
  Imported result;
  result.cv = host.run_import(fresh::read_fresh, text, "resume.json", Json::object(), "fresh");
  result.diagnostics = host.diagnostics;
  result.origins = host.origins;
  return result;
}

class JaneDoe : public ::testing::Test {
protected:
  static void SetUpTestSuite() { imported = new Imported(import_fresh(sample("jane-doe.json"))); }
  static void TearDownTestSuite() { delete imported; }
  static Imported* imported;
};
Imported* JaneDoe::imported = nullptr;

TEST_F(JaneDoe, IsDetectedAsFreshAndReadWithoutErrors) {
  EXPECT_TRUE(fresh::detect_fresh(sample("jane-doe.json")));
  EXPECT_EQ(imported->errors(), 0u);
}

TEST_F(JaneDoe, PersonComesFromNameInfoContactLocationAndSocial) {
  const Person& person = imported->cv.person;
  EXPECT_EQ(person.name, "Jane Doe");
  EXPECT_EQ(person.headline, "Senior Developer / Code Ninja");
  EXPECT_EQ(person.email, "jdoe@onecoolstartup.io");
  EXPECT_EQ(person.phone, "1-650-999-7777");
  EXPECT_EQ(person.url, "http://jane-doe.me");
  EXPECT_EQ(person.location.city, "Mountain View");
  EXPECT_EQ(person.location.region, "CA");
  EXPECT_EQ(person.location.postal_code, "94035");
  EXPECT_EQ(person.location.country, "US");
  ASSERT_EQ(person.profiles.size(), 2u);
  EXPECT_EQ(person.profiles[0].network, "GitHub");
  EXPECT_EQ(person.profiles[0].username, "jane-doe-was-here");
  EXPECT_EQ(person.profiles[0].url, "https://github.com/jane-doe-was-here");
  Json kept = imported->kept(person.extra);
  EXPECT_EQ(kept["info.quote"], "Be the change you want to see in the world.");
  EXPECT_EQ(kept["contact.other"][0]["value"], "1-650-999-4321");
  // "jane_doe.png" is a file name, not a URL: kept, with the reason at its place.
  EXPECT_TRUE(person.image.empty());
  EXPECT_EQ(kept["info.image"], "jane_doe.png");
  const CapturedDiagnostic* image = imported->at("fresh.unreadable", "info.image");
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->message, "expected an http(s) URL, found \"jane_doe.png\"; the value is kept as written");
}

TEST_F(JaneDoe, EmploymentHistoryIsWorkWithDatesAndHighlights) {
  const auto& work = imported->cv.work;
  ASSERT_EQ(work.size(), 4u);
  EXPECT_EQ(work[0].organization.name, "One Cool Startup");
  EXPECT_EQ(work[0].position, "Head Code Ninja");
  EXPECT_EQ(work[0].start, (Date{.year = 2013, .month = 9}));
  EXPECT_TRUE(work[0].end.present);
  EXPECT_EQ(work[0].highlights, (std::vector<std::string>{"Managed a 5-person development team", "Accomplishment 2", "Etc."}));
  EXPECT_EQ(work[1].organization.name, "Veridian Dynamics");
  EXPECT_EQ(work[1].end, (Date{.year = 2013, .month = 8}));
  EXPECT_EQ(work[3].organization.name, "Dunder Mifflin");
  EXPECT_EQ(imported->cv.intros.work, "7+ years industry IT and software development experience.");
  EXPECT_EQ(imported->kept(work[0].extra)["keywords"], Json::array({"Agile", "PM", "Amazon Web Services", "AWS"}));
  const CapturedDiagnostic* keywords = imported->at("fresh.kept", "employment.history[0].keywords");
  ASSERT_NE(keywords, nullptr);
  EXPECT_EQ(keywords->message, "\"keywords\" has no cvport field: it is kept in the model's extra (fresh), and no "
                               "export shows it (4 times, as employment.history[].keywords)");
  EXPECT_EQ(imported->origins["work[1].organization.name"], "employment.history[1].employer");
}

TEST_F(JaneDoe, EducationHistoryKeepsGradeAndCurriculum) {
  const auto& education = imported->cv.education;
  ASSERT_EQ(education.size(), 2u);
  EXPECT_EQ(education[0].institution.name, "Cornell University");
  EXPECT_EQ(education[0].start, (Date{.year = 2005, .month = 9}));
  EXPECT_EQ(education[0].end, (Date{.year = 2008, .month = 5}));
  EXPECT_EQ(education[0].score, "3.5");
  EXPECT_EQ(education[0].courses.size(), 3u);
  EXPECT_EQ(education[1].institution.name, "Medfield College");
  // The section's own "degree" (the highest one) has no model field: kept in the CV.
  EXPECT_EQ(imported->kept(imported->cv.extra)["education.degree"], "BSCS");
  EXPECT_NE(imported->at("fresh.kept", "education.degree"), nullptr);
}

TEST_F(JaneDoe, SkillSetsThenSkillListAreSkills) {
  const auto& skills = imported->cv.skills;
  ASSERT_GE(skills.size(), 3u);
  EXPECT_EQ(skills[0].name, "Programming");
  EXPECT_EQ(skills[0].keywords, (std::vector<std::string>{"C++", "Ruby", "Xcode"}));
  EXPECT_EQ(skills[2].name, "C++");
  EXPECT_EQ(skills[2].level, "9");
  EXPECT_EQ(imported->kept(skills[2].extra)["summary"], "Optional summary of your experience with the skill.");
}

TEST_F(JaneDoe, WritingIsPublicationsWithAuthorsOrTheOwnerInferred) {
  const auto& publications = imported->cv.publications;
  ASSERT_GE(publications.size(), 2u);
  EXPECT_EQ(publications[0].title, "Teach Yourself GORFF in 21 Days");
  EXPECT_EQ(publications[0].type, "book"); // from FRESH 0.1's "flavor"
  EXPECT_EQ(publications[0].publisher, "Amazon");
  ASSERT_EQ(publications[0].authors.size(), 2u);
  EXPECT_EQ(publications[0].authors[1].name, "John Smith");
  EXPECT_EQ(publications[1].authors.size(), 1u);
  EXPECT_EQ(publications[1].authors[0].name, "Jane Doe");
  EXPECT_EQ(publications[1].inferred, (std::vector<std::string>{"authors", "type"}));
  EXPECT_NE(imported->at("fresh.no-authors", "writing[1]"), nullptr);
}

TEST_F(JaneDoe, PrivateEntriesAreKeptOutOfTheExports) {
  ASSERT_NE(imported->at("fresh.entry-kept", "references[0]"), nullptr);
  EXPECT_EQ(imported->at("fresh.entry-kept", "references[0]")->message,
            "the entry is kept in the CV's extra (fresh) and no export shows it: it is marked \"private\"");
  Json kept = imported->kept(imported->cv.extra);
  EXPECT_TRUE(kept["references[0]"]["private"].get<bool>());
  for (const Reference& reference : imported->cv.references) EXPECT_NE(reference.name, kept["references[0]"]["name"]);
}

TEST_F(JaneDoe, SectionsWithoutAModelSectionGetATitleOfTheirOwn) {
  const auto& sections = imported->cv.sections;
  ASSERT_GE(sections.size(), 1u);
  EXPECT_EQ(sections[0].title, "Governance");
  ASSERT_GE(sections[0].entries.size(), 1u);
  EXPECT_EQ(sections[0].entries[0].title, "The Mommies Network");
  EXPECT_EQ(sections[0].entries[0].subtitle, "Member");
  EXPECT_EQ(sections[0].entries[0].start, (Date{.year = 2008, .month = 2}));
  EXPECT_FALSE(imported->cv.talks.empty());
  EXPECT_FALSE(imported->cv.awards.empty());
  EXPECT_EQ(imported->cv.languages.size(), 2u);
}

TEST(FreshImport, ProjectsTakeTitleRoleAndSummaryAsTheConverterDoes) {
  Imported imported = import_fresh(R"({"name": "A", "meta": {"format": "FRESH@1.0.0"},
    "projects": [{"title": "Tool", "summary": "Does things", "role": "Author", "repo": "github.com/a/tool",
                  "start": "06/2019", "end": "Present", "keywords": ["C++"]}]})");
  ASSERT_EQ(imported.cv.projects.size(), 1u);
  const Project& project = imported.cv.projects[0];
  EXPECT_EQ(project.name, "Tool");
  EXPECT_EQ(project.description, "Does things");
  EXPECT_EQ(project.roles, std::vector<std::string>{"Author"});
  EXPECT_EQ(project.url, "https://github.com/a/tool");
  EXPECT_EQ(project.start, (Date{.year = 2019, .month = 6}));
  EXPECT_TRUE(project.end.present);
  EXPECT_EQ(imported.errors(), 0u);
  const CapturedDiagnostic* dates = imported.at("fresh.date-form", "projects[0].start");
  ASSERT_NE(dates, nullptr);
  EXPECT_EQ(dates->severity, CVPORT_SEVERITY_NOTE);
}

TEST(FreshImport, AnEmployerWithoutAPositionIsKeptWhole) {
  Imported imported = import_fresh(R"({"name": "A", "employment": {"history": [{"employer": "Acme"}]}})");
  EXPECT_TRUE(imported.cv.work.empty());
  EXPECT_EQ(imported.kept(imported.cv.extra)["employment.history[0]"]["employer"], "Acme");
  const CapturedDiagnostic* kept = imported.at("fresh.entry-kept", "employment.history[0]");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->message, "the entry is kept in the CV's extra (fresh) and no export shows it: it has no "
                           "\"position\", which cvport needs to show it; add one");
}

TEST(FreshImport, BlankTemplateValuesAreNeitherReadNorKept) {
  Imported imported = import_fresh(R"({"name": "A", "employment": {"summary": "", "history": [
    {"employer": "", "position": "", "keywords": [], "highlights": [""]}]}, "disposition": {"commitment": []}})");
  EXPECT_TRUE(imported.cv.work.empty());
  EXPECT_TRUE(imported.cv.extra.empty());
  EXPECT_TRUE(imported.diagnostics.empty());
}

TEST(FreshImport, DetectionTellsFreshFromTheOtherJsonFormats) {
  EXPECT_TRUE(fresh::detect_fresh(R"({"name": "A", "meta": {"format": "FRESH@0.6.0"}})"));
  EXPECT_TRUE(fresh::detect_fresh(R"({"name": "A", "employment": {"history": []}})"));
  EXPECT_TRUE(fresh::detect_fresh(R"({"name": "A", "info": {}, "contact": {}})"));
  EXPECT_FALSE(fresh::detect_fresh(R"({"basics": {"name": "A"}, "work": []})"));      // JSON Resume
  EXPECT_FALSE(fresh::detect_fresh(R"({"person": {"name": "A"}, "education": []})")); // cvport source
  EXPECT_FALSE(fresh::detect_fresh(R"({"name": "A", "education": [{"institution": "X"}]})"));
  EXPECT_FALSE(fresh::detect_fresh("name: A\n"));
}

TEST(FreshImport, ASyntaxErrorHasItsLineAndColumn) {
  Imported imported = import_fresh("{\n  \"name\": \"A\",\n  \"info\": }\n");
  ASSERT_EQ(imported.errors(), 1u);
  EXPECT_EQ(imported.diagnostics[0].code, "fresh.syntax");
  EXPECT_EQ(imported.diagnostics[0].line, 3u);
  EXPECT_EQ(imported.diagnostics[0].column, 11u);
}

} // namespace
} // namespace cvport::testing
