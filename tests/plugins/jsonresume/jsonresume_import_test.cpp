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

  ASSERT_EQ(result.diagnostics.size(), 3u);
  EXPECT_TRUE(result.find("jsonresume.not-kept", "work[0].description"));
  EXPECT_TRUE(result.find("jsonresume.no-authors", "publications[0]"));
  EXPECT_TRUE(result.find("jsonresume.not-kept", "meta"));
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

TEST(JsonResumeImport, WrongTypesHavePathAndExpectation) {
  ImportResult result = import_resume(R"({
    "basics": {"name": "Ada", "profiles": {"network": "GitHub"}},
    "work": [{"name": 5, "position": "Engineer", "highlights": "Built things"}, "Acme"],
    "skills": {"name": "C++"}
  })");
  const ImportedDiagnostic* name = result.find("jsonresume.wrong-type", "work[0].name");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->message, "expected a string, found a number");
  const ImportedDiagnostic* highlights = result.find("jsonresume.wrong-type", "work[0].highlights");
  ASSERT_TRUE(highlights);
  EXPECT_EQ(highlights->message, "expected an array, found a string");
  const ImportedDiagnostic* entry = result.find("jsonresume.wrong-type", "work[1]");
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->message, "expected an object, found a string");
  const ImportedDiagnostic* skills = result.find("jsonresume.wrong-type", "skills");
  ASSERT_TRUE(skills);
  EXPECT_EQ(skills->message, "expected an array of objects, found an object");
  EXPECT_TRUE(result.find("jsonresume.wrong-type", "basics.profiles"));
  EXPECT_EQ(result.errors(), 5u); // all of them, not the first
}

TEST(JsonResumeImport, BadDateHasPath) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01"},
             {"name": "Initech", "position": "Engineer", "startDate": "June 2019", "endDate": "2020-13"}],
    "awards": [{"title": "Prize", "date": "2019/05/01"}]})");
  const ImportedDiagnostic* start = result.find("jsonresume.bad-date", "work[1].startDate");
  ASSERT_TRUE(start);
  EXPECT_EQ(start->message, "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \"June 2019\" (dates are ISO "
                            "8601, such as \"2019-06\")");
  const ImportedDiagnostic* end = result.find("jsonresume.bad-date", "work[1].endDate");
  ASSERT_TRUE(end);
  EXPECT_EQ(end->message, "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \"2020-13\"");
  EXPECT_TRUE(result.find("jsonresume.bad-date", "awards[0].date"));
  EXPECT_EQ(result.errors(), 3u);
}

TEST(JsonResumeImport, MissingRequiredMembersNameTheMember) {
  ImportResult result = import_resume(R"({"basics": {"label": "Engineer"}, "work": [{"position": "Engineer"}],
                                          "skills": [{"level": "Expert"}]})");
  const ImportedDiagnostic* name = result.find("jsonresume.missing-member", "basics.name");
  ASSERT_TRUE(name);
  EXPECT_EQ(name->message, "missing or empty required member \"name\": Full name as it should be shown.");
  const ImportedDiagnostic* employer = result.find("jsonresume.missing-member", "work[0].name");
  ASSERT_TRUE(employer);
  EXPECT_EQ(employer->message, "missing or empty required member \"name\": Employer.");
  EXPECT_TRUE(result.find("jsonresume.missing-member", "skills[0].name"));
  EXPECT_EQ(result.errors(), 3u);
}

TEST(JsonResumeImport, PublicationWithoutAnOwnerToStandInForTheAuthors) {
  ImportResult result = import_resume(R"({"basics": {}, "publications": [{"name": "P"}]})");
  EXPECT_TRUE(result.find("jsonresume.missing-member", "basics.name"));
  const ImportedDiagnostic* authors = result.find("jsonresume.missing-member", "publications[0]");
  ASSERT_TRUE(authors);
  EXPECT_EQ(authors->message.substr(0, 43), "missing or empty required member \"authors\":");
  EXPECT_EQ(result.errors(), 2u);
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
  EXPECT_TRUE(result.find("jsonresume.old-schema", "work[0].company"));
  EXPECT_TRUE(result.find("jsonresume.old-schema", "education[0].gpa"));
}

TEST(JsonResumeImport, UnknownMembersAreReportedWithASuggestion) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"}, "skils": [],
    "work": [{"name": "Acme", "position": "Engineer", "starDate": "2019"}]})");
  const ImportedDiagnostic* member = result.find("jsonresume.unknown-member", "work[0].starDate");
  ASSERT_TRUE(member);
  EXPECT_EQ(member->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(member->message, "unknown member \"starDate\" is not kept; did you mean \"startDate\"?");
  const ImportedDiagnostic* section = result.find("jsonresume.unknown-member", "skils");
  ASSERT_TRUE(section);
  EXPECT_EQ(section->message, "unknown member \"skils\" is not kept; did you mean \"skills\"?");
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
      import_resume(R"({"basics": {"name": "Ada", "url": "ada.example.org", "image": "me.jpg",
    "email": "ada at example", "location": {"countryCode": "USA", "city": "Boston"}}})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_TRUE(result.cv.person.url.empty());
  EXPECT_TRUE(result.cv.person.email.empty());
  EXPECT_TRUE(result.cv.person.location.country.empty());
  EXPECT_EQ(result.cv.person.location.city, "Boston");
  const ImportedDiagnostic* url = result.find("jsonresume.unusable-value", "basics.url");
  ASSERT_TRUE(url);
  EXPECT_EQ(url->message, "\"ada.example.org\" is not an absolute http:// or https:// URL, which cvport "
                          "needs here; it is not kept");
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
  EXPECT_EQ(work[2].organization.city, "Washington, D.C., United States");
}

TEST(JsonResumeImport, ExtensionErrorsPointIntoTheExtension) {
  ImportResult result = import_resume(R"({"basics": {"name": "Ada"},
    "publications": [{"name": "P", "x-cvport": {"type": "blog", "authors": [{"name": "Ada", "self": "yes"}], "doi": "doi"}}],
    "x-cvport": {"talks": [{"event": "Seminar", "date": "2020-02-30"}], "colour": "blue"}})");
  const ImportedDiagnostic* type = result.find("jsonresume.bad-value", "publications[0].x-cvport.type");
  ASSERT_TRUE(type);
  EXPECT_EQ(type->message.substr(0, 35), "expected one of \"journal-article\", ");
  EXPECT_TRUE(result.find("jsonresume.wrong-type", "publications[0].x-cvport.authors[0].self"));
  EXPECT_TRUE(result.find("jsonresume.bad-value", "publications[0].x-cvport.doi"));
  EXPECT_TRUE(result.find("jsonresume.bad-date", "x-cvport.talks[0].date"));
  EXPECT_TRUE(result.find("jsonresume.missing-member", "x-cvport.talks[0].title"));
  EXPECT_TRUE(result.find("jsonresume.unknown-member", "x-cvport.colour"));
  EXPECT_EQ(result.errors(), 5u);
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
  EXPECT_FALSE(jsonresume::detect_jsonresume(R"({"work": []})"));
  EXPECT_FALSE(jsonresume::detect_jsonresume(R"([{"basics": {}}])"));
  EXPECT_FALSE(jsonresume::detect_jsonresume("{\"basics\": "));
  EXPECT_FALSE(jsonresume::detect_jsonresume("basics: {}"));
}

} // namespace
} // namespace cvport::testing
