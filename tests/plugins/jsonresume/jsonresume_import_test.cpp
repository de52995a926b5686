// The importer: official JSON Resume files, older member names, what cannot be kept, and the
// errors bad input gets (line and column for syntax, the path and what was expected otherwise).
#include <gtest/gtest.h>

#include "cvport/date.hpp"
#include "jsonresume_reader.hpp"
#include "jsonresume_test_support.hpp"

namespace cvport::testing {
namespace {

std::string sample(const std::string& name) { return read_text_file(kJsonResumeTestDir / "samples" / name); }

std::string date(const Date& d) { return format_date(d); }

TEST(JsonResumeImport, OfficialSample) {
  ImportResult result = import_resume(sample("sample.resume.json"));
  EXPECT_EQ(result.errors(), 0u);
  const Cv& cv = result.cv;
  EXPECT_EQ(cv.person.name, "Richard Hendriks");
  EXPECT_EQ(cv.person.headline, "Programmer");
  EXPECT_EQ(cv.person.image, ""); // "" in the file: absent
  EXPECT_EQ(cv.person.email, "richard.hendriks@mail.com");
  EXPECT_EQ(cv.person.url, "http://richardhendricks.example.com");
  EXPECT_EQ(cv.person.location.postal_code, "CA 94115");
  EXPECT_EQ(cv.person.location.country, "US");
  ASSERT_EQ(cv.person.profiles.size(), 2u);
  EXPECT_EQ(cv.person.profiles[1].username, "dandymusicnl");

  ASSERT_EQ(cv.work.size(), 1u);
  const Work& work = cv.work[0];
  EXPECT_EQ(work.organization.name, "Pied Piper");
  EXPECT_EQ(work.organization.city, "Palo Alto");
  EXPECT_EQ(work.organization.region, "CA");
  EXPECT_EQ(work.position, "CEO/President");
  EXPECT_EQ(date(work.start), "2013-12-01");
  EXPECT_EQ(date(work.end), "2014-12-01");
  EXPECT_EQ(work.highlights.size(), 3u);

  ASSERT_EQ(cv.education.size(), 1u);
  EXPECT_EQ(cv.education[0].institution.name, "University of Oklahoma");
  EXPECT_EQ(cv.education[0].degree, "Bachelor");
  EXPECT_EQ(cv.education[0].field, "Information Technology");
  EXPECT_EQ(cv.education[0].score, "4.0");
  EXPECT_EQ(cv.education[0].courses[1], "CS2011 - Java Introduction");
  EXPECT_EQ(cv.volunteer[0].organization.name, "CoderDojo");
  EXPECT_EQ(cv.awards[0].awarder.name, "Techcrunch");
  EXPECT_EQ(date(cv.awards[0].date), "2014-11-01");
  EXPECT_EQ(cv.skills[1].keywords[2], "GIF");
  EXPECT_EQ(cv.languages[0].fluency, "Native speaker");
  EXPECT_EQ(cv.interests[0].keywords[1], "Unicorns");
  EXPECT_EQ(cv.references[0].name, "Erlich Bachman");
  EXPECT_EQ(cv.projects[0].roles[1], "Designer");
  EXPECT_EQ(cv.projects[0].entity, "Smoogle");
  EXPECT_EQ(date(cv.projects[0].end), "2016-08-24");

  // JSON Resume has no authors or type: the owner stands in, with a warning that says so.
  ASSERT_EQ(cv.publications.size(), 1u);
  const Publication& publication = cv.publications[0];
  EXPECT_EQ(publication.title, "Video compression for 3d media");
  EXPECT_EQ(publication.publisher, "Hooli");
  EXPECT_EQ(publication.type, "other");
  ASSERT_EQ(publication.authors.size(), 1u);
  EXPECT_EQ(publication.authors[0].name, "Richard Hendriks");
  EXPECT_EQ(publication.note,
            "Innovative middle-out compression algorithm that changes the way we store data.");

  // The model holds every JSON Resume member: the employer's description, and "meta" (kept).
  EXPECT_EQ(work.description, "Awesome compression company");
  EXPECT_EQ(extra_members(cv.extra, "jsonresume")["meta"]["version"], "v1.0.0");
  ASSERT_EQ(result.diagnostics.size(), 2u);
  EXPECT_TRUE(result.find("jsonresume.no-authors", "publications[0]"));
  EXPECT_EQ(result.find("jsonresume.empty", "basics.image")->message,
            "empty values and blank entries are left out (1 time: basics.image)");
}

struct ExampleFacts {
  std::string file, name;
  size_t work_index;
  std::string position, start, end;
};

class OfficialExamples : public ::testing::TestWithParam<ExampleFacts> {};

TEST_P(OfficialExamples, Import) {
  const ExampleFacts& facts = GetParam();
  ImportResult result = import_resume(sample(facts.file));
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_EQ(result.cv.person.name, facts.name);
  ASSERT_GT(result.cv.work.size(), facts.work_index);
  const Work& work = result.cv.work[facts.work_index];
  EXPECT_EQ(work.position, facts.position);
  EXPECT_EQ(date(work.start), facts.start);
  EXPECT_EQ(date(work.end), facts.end);
}

INSTANTIATE_TEST_SUITE_P(JsonResumeImport, OfficialExamples,
                         ::testing::Values(ExampleFacts{"career-changer.resume.json", "Daniel Reyes", 1,
                                                        "General Manager", "2018-03-01", "2024-07-01"},
                                           ExampleFacts{"new-grad.resume.json", "Maya Okonkwo", 0,
                                                        "Software Engineering Intern", "2024-06-01",
                                                        "2024-09-01"},
                                           // No endDate: JSON Resume's way of saying "current job".
                                           ExampleFacts{"senior-engineer.resume.json", "Dr. Lena Vasquez", 0,
                                                        "Staff Software Engineer", "2020-02-01", "present"}),
                         [](const auto& info) {
                           std::string name = info.param.file.substr(0, info.param.file.find('.'));
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(JsonResumeImport, SyntaxErrorHasLineAndColumn) {
  ImportResult result = import_resume("{\n  \"basics\": {\n    \"name\": \"Ada\",\n  }\n}\n");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  const ImportedDiagnostic& error = result.diagnostics[0];
  EXPECT_EQ(error.code, "jsonresume.syntax");
  EXPECT_EQ(error.severity, CVPORT_SEVERITY_ERROR);
  EXPECT_EQ(error.line, 4u);
  EXPECT_EQ(error.column, 3u);
  EXPECT_EQ(error.message,
            "invalid JSON: syntax error while parsing object key - unexpected '}'; expected string literal");
}

// XML or HTML imported with --from jsonresume: said to be what it is, at its "<".
TEST(JsonResumeImport, MarkupIsSaidToBeMarkupNotJson) {
  ImportResult result = import_resume("\n  <?xml version=\"1.0\"?>\n<resume><name>Ada</name></resume>\n");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  const ImportedDiagnostic& error = result.diagnostics[0];
  EXPECT_EQ(error.code, "jsonresume.syntax");
  EXPECT_EQ(error.line, 2u);
  EXPECT_EQ(error.column, 3u);
  EXPECT_EQ(error.message, "invalid JSON: this looks like XML or HTML, not JSON (it starts with \"<\")");
}

TEST(JsonResumeImport, SyntaxErrorColumnCountsCharactersNotBytes) {
  ImportResult result = import_resume("{\"basics\": {\"name\": \"Zoë\" \"label\": \"x\"}}");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].line, 1u);
  EXPECT_EQ(result.diagnostics[0].column, 27u); // the '"' that should have been a ','
}

TEST(JsonResumeImport, InvalidWordPointsAtItsStart) {
  ImportResult result = import_resume("{\n  \"basics\": {\"name\": \"Ada\", \"x\": nul}\n}");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].line, 2u);
  EXPECT_EQ(result.diagnostics[0].column, 34u);
  EXPECT_EQ(result.diagnostics[0].message.substr(0, 51),
            "invalid JSON: syntax error while parsing value - in");
}

TEST(JsonResumeImport, TruncatedFileIsAnErrorAtItsEnd) {
  ImportResult result = import_resume("{\n  \"basics\": {\"name\": \"Ada\"}\n");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].line, 3u);
  EXPECT_EQ(result.diagnostics[0].column, 1u);
  EXPECT_EQ(result.diagnostics[0].message,
            "invalid JSON: syntax error while parsing object - unexpected end of input; expected '}'");
}

TEST(JsonResumeImport, DocumentMustBeAnObject) {
  ImportResult result = import_resume("\n  [1, 2]");
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].line, 2u);
  EXPECT_EQ(result.diagnostics[0].column, 3u);
  EXPECT_EQ(result.diagnostics[0].message,
            "expected a JSON object (a JSON Resume document starts with \"{\"), found an array");
}

TEST(JsonResumeImport, OtherJsonTypesAreReadWithAWarning) {
  ImportResult result = import_resume(R"({
    "basics": {"name": "Ada", "profiles": {"network": "GitHub"}},
    "work": [{"name": 5, "position": "Engineer", "highlights": "Built things"}, "Acme"],
    "skills": {"name": "C++"}
  })");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_EQ(result.cv.work[0].organization.name, "5");
  EXPECT_EQ(result.cv.work[0].highlights, std::vector<std::string>{"Built things"});
  const ImportedDiagnostic* coerced = result.find("jsonresume.coerced", "work[0].name");
  ASSERT_TRUE(coerced);
  EXPECT_EQ(coerced->message, "values of another JSON type than JSON Resume's were read as text (3 times: "
                              "work[0].name (5 read as \"5\"); work[0].highlights (one value read as a list of "
                              "one); work[1] (a text read as \"name\"))");
  // "Acme" is an employer without a position: kept for the JSON Resume export.
  EXPECT_TRUE(result.find("jsonresume.entry-kept", "work[1]"));
  // One object where an array of them belongs: read as the one entry.
  EXPECT_EQ(result.find("jsonresume.wrong-type", "skills")->message,
            "expected an array of entries, found an object: it is read as the section's one entry, and written back "
            "as an array of one on JSON Resume export");
  ASSERT_EQ(result.cv.skills.size(), 1u);
  EXPECT_EQ(result.cv.skills[0].name, "C++");
  ASSERT_EQ(result.cv.person.profiles.size(), 1u);
  EXPECT_EQ(result.cv.person.profiles[0].network, "GitHub");
  EXPECT_TRUE(result.find("jsonresume.wrong-type", "basics.profiles"));
}
TEST(JsonResumeImport, DatesOfOtherFormsAreReadAndImpossibleOnesReported) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01"},
             {"name": "Initech", "position": "Engineer", "startDate": "June 2019", "endDate": "2020-13"}],
    "awards": [{"title": "Prize", "date": "2019/05/01"}]})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_EQ(format_date(result.cv.work[1].start), "2019-06");
  EXPECT_EQ(format_date(result.cv.awards[0].date), "2019-05-01");
  const ImportedDiagnostic* end = result.find("jsonresume.bad-date", "work[1].endDate");
  ASSERT_TRUE(end);
  EXPECT_EQ(end->message, "expected a date such as 2019-06, 06/2019 or June 2019, or \"present\", found \"2020-13\"");
  // A work entry keeps a date it cannot read in its label, shown as written, with the other end.
  EXPECT_EQ(result.cv.work[1].date_label, "June 2019 \u2013 2020-13");
  EXPECT_TRUE(result.cv.work[1].end.empty()); // not ongoing: the file gives an end
}
TEST(JsonResumeImport, EntriesWithoutARequiredMemberAreKeptForJsonResume) {
  ImportResult result = import_resume(R"({"basics": {"label": "Engineer"}, "work": [{"position": "Engineer"}],
                                          "skills": [{"level": "Expert"}]})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_EQ(result.find("jsonresume.no-name", "basics")->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(result.find("jsonresume.entry-kept", "work[0]")->message,
            "the entry has no \"name\", which cvport needs to show it: it is kept as it is and written back on "
            "JSON Resume export, and the other formats leave it out; add \"name\" to show it");
  EXPECT_TRUE(result.find("jsonresume.entry-kept", "skills[0]"));
  EXPECT_TRUE(result.cv.work.empty());
  EXPECT_EQ(extra_members(result.cv.extra, "jsonresume-entries")["skills"][0]["entry"]["level"], "Expert");
}
TEST(JsonResumeImport, PublicationOfACvWithoutANameHasTheStandInAsAuthor) {
  ImportResult result = import_resume(R"({"basics": {}, "publications": [{"name": "P"}]})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_EQ(result.cv.person.name, "(name not given)");
  ASSERT_EQ(result.cv.publications.size(), 1u);
  EXPECT_EQ(result.cv.publications[0].authors[0].name, "(name not given)");
  EXPECT_EQ(result.cv.publications[0].inferred, (std::vector<std::string>{"type", "authors"}));
}
TEST(JsonResumeImport, EmptyStringsAreAbsentAndAStartWithoutEndIsOngoing) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada", "image": "", "email": ""},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01", "endDate": ""},
             {"name": "Initech", "position": "Engineer", "startDate": "2017", "endDate": "Present"}]})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_TRUE(result.cv.person.image.empty());
  EXPECT_TRUE(result.cv.work[0].end.present);
  EXPECT_TRUE(result.cv.work[1].end.present);
  EXPECT_TRUE(result.find("jsonresume.present", "work[1].endDate"));
}

TEST(JsonResumeImport, OlderMemberNames) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada", "website": "https://ada.example.org"},
    "work": [{"company": "Acme", "website": "https://acme.example.com", "position": "Engineer"}],
    "education": [{"institution": "Uni", "gpa": "3.9"}]})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_EQ(result.cv.person.url, "https://ada.example.org");
  EXPECT_EQ(result.cv.work[0].organization.name, "Acme");
  EXPECT_EQ(result.cv.work[0].url, "https://acme.example.com");
  EXPECT_EQ(result.cv.education[0].score, "3.9");
  // One note for the file, at the first place, naming the others.
  const ImportedDiagnostic* note = result.find("jsonresume.old-schema", "basics.website");
  ASSERT_TRUE(note);
  EXPECT_EQ(note->message, "member names of older JSON Resume versions and of other tools were read as their "
                           "current names (4 times: basics.website \"website\" as \"url\"; work[0].company "
                           "\"company\" as \"name\"; work[0].website \"website\" as \"url\"; ...)");
}

TEST(JsonResumeImport, UnknownMembersAreKeptWithASuggestion) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"}, "skils": [],
    "work": [{"name": "Acme", "position": "Engineer", "starDate": "2019"}]})");
  const ImportedDiagnostic* member = result.find("jsonresume.kept", "work[0].starDate");
  ASSERT_TRUE(member);
  EXPECT_EQ(member->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(member->message, "\"starDate\" is not a JSON Resume member cvport has a field for: it is kept and "
                             "written back on JSON Resume export, and the other formats do not show it; did you "
                             "mean \"startDate\"?");
  EXPECT_EQ(extra_members(result.cv.work[0].extra, "jsonresume")["starDate"], "2019");
  const ImportedDiagnostic* section = result.find("jsonresume.kept", "skils");
  ASSERT_TRUE(section);
  EXPECT_NE(section->message.find("did you mean \"skills\"?"), std::string::npos);
}
TEST(JsonResumeImport, MemberGivenTwiceIsAWarningAndTheLastWins) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"},
    "work": [{"name": "Acme", "position": "Engineer"}, {"name": "A", "name": "Initech", "position": "CTO"}]})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_TRUE(result.find("jsonresume.duplicate-member", "work[1].name"));
  EXPECT_EQ(result.cv.work[1].organization.name, "Initech");
}

TEST(JsonResumeImport, ValuesTheModelCannotHoldAreLeftOutWithAWarning) {
  ImportResult result =
      import_resume(R"({"basics": {"name": "Ada", "url": "ftp://ada.example.org", "image": "me.jpg",
    "email": "ada at example", "location": {"countryCode": "Atlantis", "city": "Boston"}}})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_TRUE(result.cv.person.url.empty());
  EXPECT_TRUE(result.cv.person.image.empty());
  EXPECT_TRUE(result.cv.person.email.empty());
  EXPECT_TRUE(result.cv.person.location.country.empty());
  EXPECT_EQ(result.cv.person.location.city, "Boston");
  const ImportedDiagnostic* url = result.find("jsonresume.unusable-value", "basics.url");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->message, "\"ftp://ada.example.org\" is not an absolute http:// or https:// URL, which cvport "
                          "needs here; it is left out");
  EXPECT_TRUE(result.find("jsonresume.unusable-value", "basics.image"));
  EXPECT_TRUE(result.find("jsonresume.unusable-value", "basics.email"));
  EXPECT_TRUE(result.find("jsonresume.unusable-value", "basics.location.countryCode"));
}
TEST(JsonResumeImport, OrcidProfileSetsTheOrcidId) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada", "profiles": [
    {"network": "ORCID", "username": "", "url": "https://orcid.org/0000-0002-1825-0097"}]}})");
  EXPECT_EQ(result.cv.person.orcid, "0000-0002-1825-0097");
  EXPECT_EQ(result.cv.person.profiles.size(), 1u);
}

TEST(JsonResumeImport, WorkLocationIsSplitIntoPlace) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"}, "work": [
    {"name": "A", "position": "P", "location": "Paris, Île-de-France, FR"},
    {"name": "B", "position": "P", "location": "Remote"},
    {"name": "C", "position": "P", "location": "Washington, D.C., United States"}]})");
  const auto& work = result.cv.work;
  EXPECT_EQ(work[0].organization.city, "Paris");
  EXPECT_EQ(work[0].organization.region, "Île-de-France");
  EXPECT_EQ(work[0].organization.country, "FR");
  EXPECT_EQ(work[1].organization.city, "Remote");
  // A country's name as the third part is read as its code.
  EXPECT_EQ(work[2].organization.city, "Washington");
  EXPECT_EQ(work[2].organization.region, "D.C.");
  EXPECT_EQ(work[2].organization.country, "US");
}

TEST(JsonResumeImport, ExtensionProblemsPointIntoTheExtension) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"},
    "publications": [{"name": "P", "x-cvport": {"type": "blog", "authors": [{"name": "Ada", "self": "yes"}], "doi": "doi"}}],
    "x-cvport": {"talks": [{"event": "Seminar", "date": "2020-02-30"}], "colour": "blue"}})");
  EXPECT_EQ(result.errors(), 0u);
  const ImportedDiagnostic* type = result.find("jsonresume.bad-value", "publications[0].x-cvport.type");
  ASSERT_TRUE(type);
  EXPECT_EQ(type->message.substr(0, 35), "expected one of \"journal-article\", ");
  EXPECT_TRUE(result.find("jsonresume.wrong-type", "publications[0].x-cvport.authors[0].self"));
  EXPECT_TRUE(result.find("jsonresume.bad-value", "publications[0].x-cvport.doi"));
  EXPECT_TRUE(result.find("jsonresume.bad-date", "x-cvport.talks[0].date"));
  EXPECT_EQ(result.find("jsonresume.unusable-value", "x-cvport.talks[0].title")->message,
            "missing or empty, which cvport needs; the entry is left out");
  EXPECT_TRUE(result.cv.talks.empty());
  EXPECT_TRUE(result.find("jsonresume.unknown-member", "x-cvport.colour"));
}
TEST(JsonResumeImport, DerivedEntriesAreNotImported) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada", "profiles": [
      {"network": "ORCID", "url": "https://orcid.org/0000-0002-1825-0097", "x-cvport": {"derived": "person.orcid"}}],
      "x-cvport": {"orcid": "0000-0002-1825-0097"}},
    "projects": [{"name": "A talk", "type": "talk", "x-cvport": {"derived": "talks[0]"}}],
    "x-cvport": {"talks": [{"title": "A talk"}]}})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_TRUE(result.cv.projects.empty());
  EXPECT_TRUE(result.cv.person.profiles.empty());
  EXPECT_EQ(result.cv.person.orcid, "0000-0002-1825-0097");
  ASSERT_EQ(result.cv.talks.size(), 1u);
  EXPECT_EQ(result.cv.talks[0].title, "A talk");
}

TEST(JsonResumeImport, NewerModelMajorVersionIsAnError) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"}, "x-cvport": {"model_version": "2.0"}})");
  EXPECT_TRUE(result.find("jsonresume.model-version", "x-cvport.model_version"));
}

TEST(JsonResumeDetect, RecognisesJsonResumeOnly) {
  EXPECT_TRUE(jsonresume::detect_jsonresume(sample("sample.resume.json")));
  EXPECT_TRUE(jsonresume::detect_jsonresume(R"({"basics": {}})"));
  EXPECT_TRUE(jsonresume::detect_jsonresume(
      R"({"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"})"));
  EXPECT_FALSE(
      jsonresume::detect_jsonresume(read_text_file(kJsonResumeTestDir / "data" / "full.cvport.json")));
  EXPECT_FALSE(jsonresume::detect_jsonresume(R"({"person": {"name": "Ada"}, "basics": {}})"));
  // Without basics or $schema, by the schema's members that hold something: a file of one
  // section, or meta; the 2014 draft's bio.
  EXPECT_TRUE(jsonresume::detect_jsonresume(
      R"({"work": [{"name": "Acme", "position": "Developer", "startDate": "2019-01"}], "meta": {"version": "v1.0.0"}})"));
  EXPECT_TRUE(jsonresume::detect_jsonresume(R"({"skills": [{"name": "C++"}]})"));
  EXPECT_TRUE(jsonresume::detect_jsonresume(R"({"bio": {"firstName": "Alex"}, "work": []})"));
  EXPECT_FALSE(jsonresume::detect_jsonresume(R"({"work": []})")); // nothing to tell it by
  // A cvport source without its person is still no JSON Resume: it has cvport's own sections.
  EXPECT_FALSE(jsonresume::detect_jsonresume(R"({"work": [{"organization": "Acme"}], "talks": [{"title": "T"}]})"));
  EXPECT_FALSE(jsonresume::detect_jsonresume(R"({"model_version": "1.0", "work": [{"organization": "Acme"}]})"));
  // basics decides, whatever else a theme generator writes beside it.
  EXPECT_TRUE(jsonresume::detect_jsonresume(R"({"basics": {"name": "Ada"}, "sections": {"work": {"visible": true}}})"));
  EXPECT_FALSE(jsonresume::detect_jsonresume(R"([{"basics": {}}])"));
  EXPECT_FALSE(jsonresume::detect_jsonresume("{\"basics\": "));
  EXPECT_FALSE(jsonresume::detect_jsonresume("basics: {}"));
}

} // namespace
} // namespace cvport::testing
