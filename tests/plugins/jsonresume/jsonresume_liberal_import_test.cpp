// The liberal import: every fixture in fixtures/ reproduces what real resume.json files hold
// (blank template entries, older and other tools' member names, dates in other forms, other
// JSON types, multilingual values, names where codes belong) and must import without an error,
// keeping each fact where the model has a place for it and saying what it did.
#include <gtest/gtest.h>

#include <algorithm>

#include "cvport/date.hpp"
#include "jsonresume_test_support.hpp"
#include "run_command.hpp"

namespace cvport::testing {
namespace {

ImportResult import_fixture(const std::string& name, const Json& options = Json::object()) {
  ImportResult result = import_resume(read_text_file(kJsonResumeTestDir / "fixtures" / (name + ".json")), options);
  EXPECT_EQ(result.errors(), 0u) << name;
  return result;
}

std::string date(const Date& d) { return format_date(d); }

const ImportedDiagnostic& only(const ImportResult& result, std::string_view code, std::string_view path) {
  const ImportedDiagnostic* found = result.find(code, path);
  static const ImportedDiagnostic none{};
  EXPECT_NE(found, nullptr) << code << " at " << path;
  return found ? *found : none;
}

size_t count(const ImportResult& result, std::string_view code) {
  return size_t(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                              [&](const ImportedDiagnostic& diagnostic) { return diagnostic.code == code; }));
}

TEST(JsonResumeLiberalImport, BlankTemplateEntriesAreLeftOutAndPartialOnesKept) {
  ImportResult result = import_fixture("blank-template");
  const Cv& cv = result.cv;
  // No name in the file: a stand-in, marked inferred, with a warning.
  EXPECT_EQ(cv.person.name, "(name not given)");
  EXPECT_EQ(cv.person.inferred, std::vector<std::string>{"name"});
  EXPECT_EQ(only(result, "jsonresume.no-name", "basics").severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(cv.person.headline, "Data engineer");
  EXPECT_TRUE(cv.person.profiles.empty()); // every member ""

  // work[0] is blank, work[2] has no employer: one entry is left for the model.
  ASSERT_EQ(cv.work.size(), 1u);
  EXPECT_EQ(cv.work[0].organization.name, "Tessellate Labs");
  EXPECT_EQ(cv.work[0].highlights,
            (std::vector<std::string>{"Built the ingestion pipeline", "Cut nightly batch time by 40%"}));
  EXPECT_TRUE(cv.work[0].end.present); // endDate ""
  EXPECT_EQ(cv.skills[0].keywords, (std::vector<std::string>{"pandas", "dask"}));
  EXPECT_TRUE(cv.education.empty());
  EXPECT_TRUE(cv.interests.empty());
  EXPECT_TRUE(cv.awards.empty());
  EXPECT_TRUE(cv.publications.empty()); // every member null

  // What the model cannot hold is kept whole, with its index, for the JSON Resume export.
  Json kept = extra_members(cv.extra, "jsonresume-entries");
  EXPECT_EQ(kept["work"][0]["index"], 1); // its place in the exported section: after Tessellate Labs
  EXPECT_EQ(kept["work"][0]["entry"]["position"], "Freelance consultant");
  EXPECT_EQ(kept["education"][0]["entry"]["area"], "Statistics");
  EXPECT_EQ(kept["interests"][0]["entry"]["keywords"], Json::array({"Ferrets", "Unicorns"}));
  EXPECT_EQ(only(result, "jsonresume.entry-kept", "interests[0]").message,
            "the entry has no \"name\", which cvport needs to show it: it is kept as it is and written back on "
            "JSON Resume export, and the other formats leave it out; add \"name\" to show it");
  EXPECT_TRUE(result.find("jsonresume.entry-kept", "work[2]"));
  EXPECT_TRUE(result.find("jsonresume.entry-kept", "education[0]"));
  // The empties are one note for the whole file.
  EXPECT_EQ(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
                          [](const ImportedDiagnostic& d) { return d.code == "jsonresume.empty"; }),
            1);
}

TEST(JsonResumeLiberalImport, BlankTemplateComesBackOnExport) {
  ImportResult imported = import_fixture("blank-template");
  Json resume = export_resume(imported.cv).json;
  EXPECT_FALSE(resume["basics"].contains("name")); // the stand-in is not the person's name
  ASSERT_EQ(resume["work"].size(), 2u);
  EXPECT_EQ(resume["work"][0]["name"], "Tessellate Labs");
  EXPECT_EQ(resume["work"][1]["position"], "Freelance consultant");
  EXPECT_EQ(resume["interests"][0], (Json{{"name", ""}, {"keywords", {"Ferrets", "Unicorns"}}}));
  EXPECT_EQ(resume["education"][0]["area"], "Statistics");
}

TEST(JsonResumeLiberalImport, DatesInOtherForms) {
  ImportResult result = import_fixture("dates");
  const auto& work = result.cv.work;
  ASSERT_EQ(work.size(), 6u);
  EXPECT_EQ(date(work[0].start), "2025-07"); // 07/2025
  EXPECT_TRUE(work[0].end.present);          // now
  EXPECT_EQ(date(work[1].start), "2019-06"); // June 2019
  EXPECT_EQ(date(work[1].end), "2019-09");   // Sept. 2019
  EXPECT_EQ(date(work[2].start), "2018-02"); // 2018/02
  EXPECT_EQ(date(work[2].end), "2018-06");   // 06.2018
  EXPECT_EQ(date(work[3].start), "2024-09"); // 2024-09-31: kept to the month
  EXPECT_TRUE(work[3].end.present);          // Current
  EXPECT_TRUE(work[4].start.empty());        // Summer 2017: shown as written, with its end
  EXPECT_EQ(work[4].date_label, "Summer 2017 \u2013 ongoing");
  EXPECT_TRUE(work[4].end.present); // ongoing
  EXPECT_EQ(date(work[5].start), "2016-03-01");
  EXPECT_TRUE(work[5].end.present); // Today
  EXPECT_EQ(date(result.cv.projects[0].start), "2020-01");
  EXPECT_TRUE(result.cv.projects[0].end.present);
  EXPECT_TRUE(result.cv.certificates[0].date.empty());

  EXPECT_EQ(only(result, "jsonresume.bad-date", "work[3].startDate").message,
            "2024-09-31: September has 30 days; the date is kept to the month");
  EXPECT_EQ(only(result, "jsonresume.bad-date", "certificates[0].date").message,
            "expected a date such as 2019-06, 06/2019 or June 2019, found \"someday\"");
  const ImportedDiagnostic& rewritten = only(result, "jsonresume.date-form", "work[0].startDate");
  EXPECT_EQ(rewritten.severity, CVPORT_SEVERITY_NOTE);
  EXPECT_NE(rewritten.message.find("(8 times: work[0].startDate \"07/2025\" as 2025-07;"), std::string::npos)
      << rewritten.message;
}

// An endDate cvport cannot read is never lost nor read as "ongoing": the range is kept as
// written in date_label (shown instead of the dates), the start it could read stays a date.
TEST(JsonResumeLiberalImport, UnreadableDatesAreKeptAsWrittenAndAFinishedEntryStaysFinished) {
  ImportResult result = import_fixture("unread-dates");
  const auto& work = result.cv.work;
  ASSERT_EQ(work.size(), 3u);
  EXPECT_EQ(date(work[0].start), "2018-01");
  EXPECT_FALSE(work[0].end.present);
  EXPECT_TRUE(work[0].end.empty());
  EXPECT_EQ(work[0].date_label, "2018-01 \u2013 Herbst 2019");
  EXPECT_TRUE(work[1].start.empty());
  EXPECT_TRUE(work[1].end.empty());
  EXPECT_EQ(work[1].date_label, "Automne 2016 \u2013 Hiver 2017");
  EXPECT_EQ(work[2].date_label, "\u00c9t\u00e9 2015"); // no endDate: the start only
  EXPECT_TRUE(work[2].end.empty());
  EXPECT_EQ(result.cv.education[0].date_label, "Fr\u00fchjahr 2012 \u2013 Sommer 2015");
  EXPECT_EQ(result.cv.awards[0].date_label, "Fr\u00fchling 2014");

  EXPECT_EQ(only(result, "jsonresume.bad-date", "work[0].endDate").message,
            "expected a date such as 2019-06, 06/2019 or June 2019, or \"present\", found \"Herbst 2019\"");
  const ImportedDiagnostic& kept = only(result, "jsonresume.date-label", "work[0].endDate");
  EXPECT_EQ(kept.severity, CVPORT_SEVERITY_NOTE);
  EXPECT_EQ(kept.message, "the dates are kept as written in the entry's date_label \"2018-01 \u2013 Herbst 2019\", "
                          "which is shown instead of them; write them as ISO 8601 (2019-06) to have them read as dates");
  EXPECT_TRUE(result.find("jsonresume.date-label", "work[1].startDate"));
  EXPECT_EQ(result.origins["work[0].date_label"], "work[0].endDate");

  // The JSON Resume export claims no end the file did not give: neither a startDate alone (JSON
  // Resume's ongoing entry) nor the start copied into endDate. The extension keeps both values.
  ExportResult exported = export_resume(result.cv);
  const Json& resume = exported.json;
  EXPECT_FALSE(resume["work"][0].contains("startDate")) << resume["work"][0];
  EXPECT_FALSE(resume["work"][0].contains("endDate")) << resume["work"][0];
  EXPECT_EQ(resume["work"][0]["x-cvport"], (Json{{"date_label", "2018-01 \u2013 Herbst 2019"}, {"start", "2018-01"}}));
  EXPECT_FALSE(resume["work"][2].contains("startDate")); // the label only
  EXPECT_FALSE(resume["education"][0].contains("endDate"));
  const ExportResult::Diagnostic* label_dates = exported.find("jsonresume.label-dates", "work[0].end");
  ASSERT_NE(label_dates, nullptr);
  EXPECT_EQ(label_dates->severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(label_dates->message,
            "the entry has a start and no end date, and shows its dates as its date_label \"2018-01 \u2013 Herbst "
            "2019\": JSON Resume reads a startDate without endDate as ongoing, so neither is written and themes show "
            "no dates (\"x-cvport\" keeps the start and the label); add the end date (the start again for a single "
            "date) to show them");
  // Read back, the entry is the same: a start, no end, the label.
  ImportResult again = import_resume(resume.dump());
  EXPECT_EQ(again.cv.work, result.cv.work);
}

// An end date with a date_label and no start: the end alone, not copied into startDate.
TEST(JsonResumeLiberalImport, AnEndWithADateLabelIsNotCopiedIntoTheStart) {
  Cv cv;
  cv.person.name = "Noor Haddad";
  Work work;
  work.organization.name = "Vela Studio";
  work.position = "Intern";
  work.end = Date{.year = 2016, .month = 2};
  work.date_label = "Summer 2015 \u2013 2016-02";
  cv.work.push_back(work);
  Json entry = export_resume(cv).json["work"][0];
  EXPECT_EQ(entry["endDate"], "2016-02");
  EXPECT_FALSE(entry.contains("startDate")) << entry;
  EXPECT_EQ(entry["x-cvport"], (Json{{"date_label", "Summer 2015 \u2013 2016-02"}}));
}

// Month names of other languages (from CLDR through ICU), words for "present" in them, and
// numeric dates with the day first or the month first.
TEST(JsonResumeLiberalImport, DatesInOtherLanguages) {
  ImportResult result = import_fixture("international-dates");
  const auto& work = result.cv.work;
  ASSERT_EQ(work.size(), 10u);
  const std::pair<std::string, std::string> expected[] = {
      {"2022-10", "present"}, // Oktober 2022 - aktuell
      {"2020-01", "2021-09"}, // janv. 2020 - Septembre 2021
      {"2019-01", "2019-12"}, // enero de 2019 - diciembre de 2019
      {"2017-03", "present"}, // março 2017 - Atual
      {"2016-09", "present"}, // settembre 2016 - oggi
      {"2015-05", "present"}, // mei 2015 - heden
      {"2014-10", "present"}, // październik 2014 - obecnie
      {"2013-10", "present"}, // октябрь 2013 - настоящее время
      {"2012-01-15", "2012-06-15"},
      {"2011-04-03", "2011-12-31"}, // 03/04/2011 read day first, as 31/12/2011 shows the file writes
  };
  for (size_t i = 0; i < work.size(); ++i) {
    EXPECT_EQ(date(work[i].start), expected[i].first) << i;
    EXPECT_EQ(date(work[i].end), expected[i].second) << i;
    EXPECT_TRUE(work[i].date_label.empty()) << i;
  }
  EXPECT_EQ(date(result.cv.projects[0].start), "2010-01-15");
  EXPECT_TRUE(result.cv.projects[0].end.present);
  EXPECT_EQ(count(result, "jsonresume.date-label"), 0u);
  // The one doubtful date is the one warning about dates.
  EXPECT_EQ(count(result, "jsonresume.bad-date"), 1u);
  EXPECT_EQ(only(result, "jsonresume.bad-date", "work[9].startDate").message,
            "03/04/2011: the day and the month cannot be told apart; read as 3 April 2011 (as other dates of the file "
            "are written), not 4 March 2011; write 2011-04-03 or 2011-03-04");
  const ImportedDiagnostic& rewritten = only(result, "jsonresume.date-form", "work[0].startDate");
  EXPECT_NE(rewritten.message.find("work[0].startDate \"Oktober 2022\" as 2022-10"), std::string::npos)
      << rewritten.message;
  EXPECT_NE(only(result, "jsonresume.present", "work[0].endDate").message.find("\"aktuell\""), std::string::npos);
}

// Japanese, Chinese and Korean dates (CLDR's "y年M月", "y년 MMM" through ICU), and an ISO date
// whose day or month was left out with its hyphen left in, as real resume.json files write them.
TEST(JsonResumeLiberalImport, CjkDatesAndDatesWithAHyphenAtTheEnd) {
  ImportResult result = import_fixture("cjk-dates");
  const auto& work = result.cv.work;
  ASSERT_EQ(work.size(), 4u);
  EXPECT_EQ(date(work[0].start), "2022-10");    // 2022年10月
  EXPECT_EQ(date(work[0].end), "2023-03-15");   // 2023年3月15日
  EXPECT_EQ(date(work[1].start), "2019-03");    // 2019년 3월
  EXPECT_EQ(date(work[1].end), "2021-10-15");   // 2021년 10월 15일
  EXPECT_EQ(date(work[2].start), "2018-04");    // 2018 年 4 月
  EXPECT_EQ(date(work[2].end), "2018");         // 2018年
  EXPECT_EQ(date(work[3].start), "1987-01");    // 1987-01-
  EXPECT_EQ(date(work[3].end), "1989");         // 1989-
  ASSERT_EQ(result.cv.education.size(), 1u);
  EXPECT_EQ(date(result.cv.education[0].start), "2014-04");
  EXPECT_EQ(date(result.cv.education[0].end), "2018-03");
  for (const auto& entry : work) EXPECT_TRUE(entry.date_label.empty());

  // The hyphens are the only warnings, each at its member (the host turns the path into the
  // file's line and column: tests/e2e).
  EXPECT_EQ(count(result, "jsonresume.bad-date"), 2u);
  const ImportedDiagnostic& start = only(result, "jsonresume.bad-date", "work[3].startDate");
  EXPECT_EQ(start.severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(start.message, "1987-01-: nothing follows the last hyphen; read as 1987-01");
  EXPECT_EQ(only(result, "jsonresume.bad-date", "work[3].endDate").message,
            "1989-: nothing follows the last hyphen; read as 1989");
  const ImportedDiagnostic& rewritten = only(result, "jsonresume.date-form", "work[0].startDate");
  EXPECT_EQ(rewritten.severity, CVPORT_SEVERITY_NOTE);
  EXPECT_NE(rewritten.message.find("work[0].startDate \"2022年10月\" as 2022-10"), std::string::npos)
      << rewritten.message;
  EXPECT_NE(rewritten.message.find("work[1].startDate \"2019년 3월\" as 2019-03"), std::string::npos)
      << rewritten.message;
}

TEST(JsonResumeLiberalImport, AFileThatWritesTheMonthFirstHasItsDoubtfulDatesReadMonthFirst) {
  ImportResult result = import_fixture("us-numeric-dates");
  EXPECT_EQ(date(result.cv.work[0].start), "2019-03-04"); // 12/20/2019 shows the order
  EXPECT_EQ(date(result.cv.work[0].end), "2019-12-20");
  EXPECT_EQ(only(result, "jsonresume.bad-date", "work[0].startDate").message,
            "03/04/2019: the day and the month cannot be told apart; read as 4 March 2019 (as other dates of the file "
            "are written), not 3 April 2019; write 2019-03-04 or 2019-04-03");
}

// What the model holds only part of, or none of, and a JSON Resume export could not write back
// as it was without breaking the schema, is kept as written in the entry's extra.
TEST(JsonResumeLiberalImport, KeywordObjectsKeepTheirOtherMembers) {
  ImportResult result = import_fixture("kept-as-written");
  const Skill& languages = result.cv.skills[0];
  EXPECT_EQ(languages.keywords, (std::vector<std::string>{"C++", "Rust", "Go"}));
  EXPECT_EQ(extra_members(languages.extra, "jsonresume-original")["keywords"],
            Json::parse(R"([{"name": "C++", "level": "expert"}, {"name": "Rust", "level": "intermediate"}, "Go"])"));
  const ImportedDiagnostic& kept = only(result, "jsonresume.object-kept", "skills[0].keywords[0]");
  EXPECT_EQ(kept.severity, CVPORT_SEVERITY_WARNING);
  EXPECT_EQ(kept.message, "expected text, found an object: read as its \"name\"; its other members (\"level\") have no "
                          "place in cvport, so the value is kept as written in the entry's extra "
                          "(\"jsonresume-original\"), which JSON Resume export writes into \"x-cvport\" and the other "
                          "formats do not show");
  EXPECT_TRUE(result.find("jsonresume.object-kept", "skills[0].keywords[1]"));
  // An object with nothing but its name loses nothing: no copy, no warning.
  EXPECT_EQ(result.cv.skills[1].keywords, std::vector<std::string>{"CMake"});
  EXPECT_TRUE(result.cv.skills[1].extra.empty());
  EXPECT_FALSE(result.find("jsonresume.object-kept", "skills[1].keywords[0]"));
  // A link given as an object is its "url"; its "name" is kept as written.
  EXPECT_EQ(result.cv.person.url, "https://www.mira.example/cv");
  EXPECT_EQ(extra_members(result.cv.person.extra, "jsonresume-original")["website"]["name"], "mira.example");
  EXPECT_TRUE(result.find("jsonresume.object-kept", "basics.website"));

  // JSON Resume export: texts as the schema wants them, the objects in x-cvport; read back the same.
  Json resume = export_resume(result.cv).json;
  EXPECT_EQ(resume["skills"][0]["keywords"], Json::array({"C++", "Rust", "Go"}));
  EXPECT_EQ(resume["skills"][0]["x-cvport"]["extra"]["jsonresume-original"]["keywords"][0]["level"], "expert");
  EXPECT_EQ(import_resume(resume.dump()).cv.skills, result.cv.skills);
}

TEST(JsonResumeLiberalImport, UnreadableDatesOfSectionsWithoutADateLabelAreKeptAsWritten) {
  ImportResult result = import_fixture("kept-as-written");
  const Cv& cv = result.cv;
  EXPECT_TRUE(cv.projects[0].start.empty());
  EXPECT_EQ(date(cv.projects[0].end), "2020-03");
  EXPECT_EQ(extra_members(cv.projects[0].extra, "jsonresume-original"), (Json{{"startDate", "Herbst 2019"}}));
  EXPECT_EQ(extra_members(cv.volunteer[0].extra, "jsonresume-original"), (Json{{"startDate", "Sommer 2018"}}));
  EXPECT_EQ(extra_members(cv.certificates[0].extra, "jsonresume-original"), (Json{{"date", "Fr\u00fchling 2017"}}));
  EXPECT_EQ(extra_members(cv.publications[0].extra, "jsonresume-original"), (Json{{"releaseDate", "Winter 2016"}}));
  // Its start unread, the volunteer entry is not read as ongoing.
  EXPECT_TRUE(cv.volunteer[0].end.empty());
  EXPECT_EQ(only(result, "jsonresume.bad-date", "projects[0].startDate").severity, CVPORT_SEVERITY_WARNING);
  const ImportedDiagnostic& kept = only(result, "jsonresume.date-kept", "projects[0].startDate");
  EXPECT_EQ(kept.severity, CVPORT_SEVERITY_NOTE);
  EXPECT_EQ(kept.message, "the entry has no place for a date written in words: \"Herbst 2019\" is kept as written in "
                          "its extra (\"jsonresume-original\"), which JSON Resume export writes into \"x-cvport\" and "
                          "the other formats do not show; write it as ISO 8601 (2019-06) to have it read as a date");
  EXPECT_TRUE(result.find("jsonresume.date-kept", "publications[0].releaseDate"));

  // JSON Resume export: no raw date in a date member (the schema's pattern refuses it).
  Json resume = export_resume(cv).json;
  EXPECT_FALSE(resume["certificates"][0].contains("date")) << resume["certificates"][0];
  EXPECT_EQ(resume["certificates"][0]["x-cvport"]["extra"]["jsonresume-original"]["date"], "Fr\u00fchling 2017");
  EXPECT_EQ(import_resume(resume.dump()).cv.certificates, cv.certificates);
  // A range with one end unread claims no other end: the end alone, or no dates at all.
  EXPECT_EQ(resume["projects"][0]["endDate"], "2020-03");
  EXPECT_FALSE(resume["projects"][0].contains("startDate")) << resume["projects"][0];
  EXPECT_FALSE(resume["projects"][1].contains("startDate")) << resume["projects"][1];
  EXPECT_FALSE(resume["projects"][1].contains("endDate")) << resume["projects"][1];
  EXPECT_EQ(resume["projects"][1]["x-cvport"]["start"], "2018-05");
  EXPECT_EQ(resume["volunteer"][0].value("endDate", ""), "");
  ExportResult exported = export_resume(cv);
  const ExportResult::Diagnostic* open_end = exported.find("jsonresume.label-dates", "projects[1].end");
  ASSERT_NE(open_end, nullptr);
  EXPECT_EQ(open_end->message,
            "the entry has a start, and an end date cvport could not read, kept as written (\"Winter 2018\"): JSON "
            "Resume reads a startDate without endDate as ongoing, so neither is written and themes show no dates "
            "(\"x-cvport\" keeps the start and the text); add the end date (the start again for a single date) to "
            "show them");
  EXPECT_EQ(import_resume(resume.dump()).cv.projects, cv.projects);
}

// An entry cvport cannot hold is written back where it was, with its dates as the schema takes
// them: read as the importer reads dates, or kept in x-cvport when unreadable.
TEST(JsonResumeLiberalImport, KeptEntriesAreWrittenBackWithDatesTheSchemaTakes) {
  ImportResult result = import_fixture("kept-as-written");
  EXPECT_TRUE(result.cv.work.empty());
  EXPECT_TRUE(result.cv.education.empty());
  Json resume = export_resume(result.cv).json;
  EXPECT_EQ(resume["work"][0], (Json{{"name", "Lakeside Ferries"}, {"startDate", "2013-07-01"}})); // aktuell: ongoing
  EXPECT_EQ(resume["education"][0],
            Json::parse(R"({"title": "BSc Marine Biology", "startDate": "2018-09",
                            "x-cvport": {"extra": {"jsonresume-original": {"endDate": "Sommer 2022"}}}})"));
  // Read back and written again: the same entries.
  Json again = export_resume(import_resume(resume.dump()).cv).json;
  EXPECT_EQ(again["work"], resume["work"]);
  EXPECT_EQ(again["education"], resume["education"]);
}

TEST(JsonResumeLiberalImport, OlderAndOtherToolsMemberNames) {
  ImportResult result = import_fixture("old-names");
  const Cv& cv = result.cv;
  EXPECT_EQ(cv.person.image, "https://example.org/jordan.png"); // picture
  EXPECT_EQ(cv.person.url, "https://example.org/jordan");       // website, scheme added
  EXPECT_EQ(cv.person.location.address, "12 Harbour Road");     // street-address
  EXPECT_EQ(cv.person.location.postal_code, "H3Z 2Y7");          // postal-code
  EXPECT_EQ(cv.person.location.city, "Montreal");                // locality
  EXPECT_EQ(cv.person.location.country, "CA");                   // country-name "Canada"

  ASSERT_EQ(cv.work.size(), 3u); // one employer with two positions is two entries
  EXPECT_EQ(cv.work[0].organization.name, "Northwind Hosting"); // company
  EXPECT_EQ(cv.work[0].url, "https://northwind.example");        // website
  EXPECT_EQ(cv.work[0].description, "Managed hosting for small shops");
  EXPECT_EQ(extra_members(cv.work[0].extra, "jsonresume")["technologies"], Json::array({"Go", "Terraform"}));
  for (size_t i : {1u, 2u}) {
    EXPECT_EQ(cv.work[i].organization.name, "Lakeside Networks"); // employer
    EXPECT_EQ(cv.work[i].organization.city, "Ottawa");
    EXPECT_EQ(cv.work[i].organization.country, "CA");
  }
  EXPECT_EQ(cv.work[1].position, "Network engineer");
  EXPECT_EQ(date(cv.work[1].start), "2016-06");
  EXPECT_EQ(cv.work[2].summary, "Led the move to IPv6.\n\nRan the on-call rota.");
  EXPECT_EQ(cv.volunteer[0].organization.name, "Code Club");      // name
  EXPECT_EQ(cv.education[0].score, "3.7");                        // gpa
  EXPECT_EQ(cv.publications[0].title, "Running BGP at small scale"); // title
  EXPECT_EQ(date(cv.publications[0].date), "2019-04");              // date
  EXPECT_EQ(cv.publications[0].inferred, (std::vector<std::string>{"type", "authors"}));
  EXPECT_EQ(cv.skills[0].name, "Infrastructure"); // category
  EXPECT_EQ(cv.skills[1].name, "Languages");      // group
  EXPECT_EQ(cv.skills[1].keywords, (std::vector<std::string>{"Go", "Python"})); // tags
  EXPECT_EQ(cv.languages[0].language, "French");  // name
  EXPECT_EQ(cv.languages[0].fluency, "Native");   // level
  EXPECT_EQ(only(result, "jsonresume.kept", "work[0].technologies").severity, CVPORT_SEVERITY_WARNING);
}

TEST(JsonResumeLiberalImport, OtherJsonTypes) {
  ImportResult result = import_fixture("types");
  const Cv& cv = result.cv;
  EXPECT_EQ(cv.person.summary, "Backend developer with ten years of experience.\n\nLikes small, boring systems.");
  EXPECT_EQ(cv.person.location.city, "Osaka"); // "Osaka, Japan", read as work[].location is
  EXPECT_EQ(cv.person.location.country, "JP");
  EXPECT_EQ(cv.person.location.address, "");
  EXPECT_EQ(cv.person.phone, "819012345678");
  EXPECT_EQ(cv.person.profiles[0].url, "https://github.com/kai-ito");
  EXPECT_EQ(cv.work[0].organization.city, "Osaka");
  EXPECT_EQ(cv.work[0].organization.country, "JP");
  EXPECT_EQ(cv.work[0].highlights,
            (std::vector<std::string>{"Rewrote billing", "Mentored four juniors", "42"}));
  EXPECT_EQ(cv.skills[0].level, "5");
  EXPECT_EQ(cv.skills[0].keywords, std::vector<std::string>{"backend"});
  ASSERT_EQ(cv.interests.size(), 2u);
  EXPECT_EQ(cv.interests[1].name, "Tea");
  EXPECT_TRUE(cv.languages.empty());
  EXPECT_EQ(only(result, "jsonresume.wrong-type", "languages").message,
            "expected an array of entries, found a string; the section is left out");
}

// The rule of every multilingual value (cvport/language.hpp, choose_language, shared with the
// cvport source): the wanted language, else the CV's own, else English, else the first. Without
// an option the fixture's values are read in English (before the shared rule: in German, the
// first language of each value).
TEST(JsonResumeLiberalImport, MultilingualValuesAreReadInTheWantedLanguageElseTheDefault) {
  ImportResult english = import_fixture("multilingual");
  EXPECT_EQ(english.cv.person.headline, "Software developer");
  EXPECT_EQ(english.cv.awards[0].title, "Sponsorship award");
  EXPECT_EQ(english.cv.languages[0].fluency, "Native");
  EXPECT_EQ(english.cv.interests[0].name, "Climbing");
  EXPECT_EQ(only(english, "jsonresume.language", "basics.label").severity, CVPORT_SEVERITY_NOTE);
  // Every language is kept for the export.
  EXPECT_EQ(extra_members(english.cv.person.extra, "i18n")["headline"]["de"], "Softwareentwicklerin");

  ImportResult german = import_fixture("multilingual", Json{{"language", "de"}});
  EXPECT_EQ(german.cv.person.headline, "Softwareentwicklerin");
  EXPECT_EQ(german.cv.awards[0].title, "Förderpreis");
  EXPECT_EQ(german.cv.languages[0].fluency, "Muttersprache");
  // A regional tag finds the language's text, as in a cvport source.
  ImportResult swiss = import_fixture("multilingual", Json{{"language", "de-CH"}});
  EXPECT_EQ(swiss.cv.person.headline, "Softwareentwicklerin");
  // A language the values lack: English.
  EXPECT_EQ(import_fixture("multilingual", Json{{"language", "ja"}}).cv.person.headline, "Software developer");
}

TEST(JsonResumeLiberalImport, MultilingualValuesWithoutTheWantedLanguageAreReadInTheCvsOwnElseTheFirst) {
  const char* resume = R"({"basics": {"name": "Lena Vogt", "label": {"fr": "Développeuse", "de": "Entwicklerin", "en": "Developer"}},
    "interests": [{"name": {"sv": "Klättring", "fi": "Kiipeily"}}],
    "x-cvport": {"language": "de"}})";
  ImportResult result = import_resume(resume, Json{{"language", "ja"}});
  EXPECT_EQ(result.cv.language, "de");
  EXPECT_EQ(result.cv.person.headline, "Entwicklerin"); // the CV's language before English
  EXPECT_EQ(result.cv.interests[0].name, "Klättring"); // neither: the first
  EXPECT_EQ(import_resume(resume).cv.person.headline, "Entwicklerin");
}

TEST(JsonResumeLiberalImport, PlacesLinksAndLongValues) {
  ImportResult result = import_fixture("places-and-links");
  const Cv& cv = result.cv;
  EXPECT_EQ(cv.person.url, "https://www.ravimenon.example");
  EXPECT_EQ(cv.person.email, "ravi@example.com");
  EXPECT_EQ(cv.person.image, "");
  EXPECT_EQ(cv.person.location.country, "IN"); // " India"
  EXPECT_EQ(cv.person.orcid, "0000-0002-1825-0097");
  EXPECT_EQ(cv.work[0].organization.city, "Haifa");
  EXPECT_EQ(cv.work[0].organization.country, "IL");
  EXPECT_EQ(cv.work[1].organization.region, "MA");
  EXPECT_EQ(cv.work[1].organization.country, "US");
  EXPECT_EQ(cv.work[0].url, "https://asterbio.example/careers");
  EXPECT_EQ(cv.education[0].url, "");
  // A long value is cut in the message.
  EXPECT_EQ(only(result, "jsonresume.unusable-value", "basics.image").message,
            "\"data:image/png;base64,iVBORw0KGgoAAAANSU\u2026\" (214 characters) is not an absolute http:// or "
            "https:// URL, which cvport needs here; it is left out");
  // Members JSON Resume has no section for are kept at the top level.
  Json kept = extra_members(cv.extra, "jsonresume");
  EXPECT_EQ(kept["meta"]["version"], "v1.0.0");
  EXPECT_EQ(kept["sideProjects"][0]["name"], "Primer picker");
  Json resume = export_resume(cv).json;
  EXPECT_EQ(resume["meta"]["canonical"], "https://example.org/resume.json");
  EXPECT_EQ(resume["sideProjects"][0]["url"], "https://example.org/primer");
}

// What real files write in basics besides JSON Resume's members: the name in parts, the place
// as one line, a list of e-mail addresses, paths relative to the resume where URLs belong.
TEST(JsonResumeLiberalImport, PersonInOtherForms) {
  ImportResult result = import_fixture("person-forms");
  const Person& person = result.cv.person;
  EXPECT_EQ(person.name, "Mira Castellanos");
  EXPECT_TRUE(person.inferred.empty());
  EXPECT_EQ(result.origins["person.name"], "basics.firstName");
  const ImportedDiagnostic& names = only(result, "jsonresume.old-schema", "basics.firstName");
  EXPECT_NE(names.message.find("basics.firstName \"firstName\" and \"lastName\" as \"name\""), std::string::npos)
      << names.message;
  EXPECT_EQ(person.location.city, "Valpara\u00edso");
  EXPECT_EQ(person.location.country, "CL");
  EXPECT_EQ(person.location.address, "");
  EXPECT_EQ(person.email, "mira@example.org");
  EXPECT_EQ(only(result, "jsonresume.coerced", "basics.email").message,
            "a list of e-mail addresses: the first, \"mira@example.org\", is read as the address; the others are kept "
            "in \"emails\" and written back on JSON Resume export");
  EXPECT_EQ(extra_members(person.extra, "jsonresume")["emails"], Json::array({"m.castellanos@example.com"}));
  // "./photo.jpg", "../index.html" and "." are paths relative to the resume, not host names.
  EXPECT_EQ(person.image, "");
  EXPECT_EQ(person.url, "");
  ASSERT_EQ(person.profiles.size(), 2u);
  EXPECT_EQ(person.profiles[0].url, "");
  EXPECT_EQ(person.profiles[1].url, "https://github.com/mira");
  EXPECT_EQ(only(result, "jsonresume.unusable-value", "basics.image").message,
            "\"./photo.jpg\" is not an absolute http:// or https:// URL, which cvport needs here; it is left out");
  EXPECT_TRUE(result.find("jsonresume.unusable-value", "basics.url"));
  EXPECT_TRUE(result.find("jsonresume.unusable-value", "basics.profiles[0].url"));

  Json resume = export_resume(result.cv).json;
  EXPECT_EQ(resume["basics"]["name"], "Mira Castellanos");
  EXPECT_EQ(resume["basics"]["email"], "mira@example.org");
  EXPECT_EQ(resume["basics"]["emails"], Json::array({"m.castellanos@example.com"}));
}

// The 2014 draft of JSON Resume named basics "bio", with the name in parts.
TEST(JsonResumeLiberalImport, The2014DraftsBioIsReadAsBasics) {
  ImportResult result = import_resume(R"({
  "bio": {"firstName": "Alex", "lastName": "Example", "summary": "Builds things"},
  "work": [{"company": "Acme", "position": "Developer"}]
})");
  EXPECT_EQ(result.errors(), 0u);
  EXPECT_EQ(result.cv.person.name, "Alex Example");
  EXPECT_EQ(result.cv.person.summary, "Builds things");
  EXPECT_EQ(result.cv.work[0].organization.name, "Acme");
  EXPECT_FALSE(extra_members(result.cv.extra, "jsonresume").contains("bio"));
  EXPECT_EQ(result.origins["person.summary"], "bio.summary");
  EXPECT_EQ(result.find("jsonresume.no-name", "basics"), nullptr);
}

// Sections and basics members of another shape than the schema's are read, never dropped: one
// object for an array of entries, a map of profiles, a place as an array; URLs as browsers forgive
// them; half a surrogate pair.
TEST(JsonResumeLiberalImport, OtherShapesAreReadAsTheSchemasShapes) {
  ImportResult result = import_fixture("shapes");
  const Cv& cv = result.cv;
  EXPECT_EQ(cv.person.name, "Tomasz Wr\ufffd\u00f3bel \U0001F600"); // a lone \ud83d; a pair stays an emoji
  const ImportedDiagnostic& surrogate = only(result, "jsonresume.lone-surrogate", "");
  EXPECT_EQ(surrogate.line, 2u);
  EXPECT_EQ(surrogate.column, 32u);
  EXPECT_EQ(surrogate.message,
            "half of a UTF-16 surrogate pair (\"\\ud83d\"), which is no character, is read as U+FFFD (\ufffd)");
  EXPECT_EQ(cv.person.url, "https://tomasz.example");
  EXPECT_EQ(cv.person.image, "https://tomasz.example/my%20photo.jpg");
  const std::string& repaired = only(result, "jsonresume.url-repaired", "basics.image").message;
  EXPECT_NE(repaired.find("basics.url \"Https://tomasz.example\" as \"https://tomasz.example\""), std::string::npos)
      << repaired;
  EXPECT_NE(repaired.find("basics.image \"https://tomasz.example/my photo.jpg\" as "
                          "\"https://tomasz.example/my%20photo.jpg\""),
            std::string::npos)
      << repaired;
  ASSERT_EQ(cv.person.profiles.size(), 2u);
  EXPECT_EQ(cv.person.profiles[0].network, "github");
  EXPECT_EQ(cv.person.profiles[0].username, "twrobel");
  EXPECT_EQ(cv.person.profiles[1].network, "site");
  EXPECT_EQ(cv.person.profiles[1].url, "https://blog.tomasz.example");
  EXPECT_EQ(result.origins["person.profiles[1]"], "basics.profiles.site");
  EXPECT_EQ(only(result, "jsonresume.wrong-type", "basics.profiles").message,
            "expected an array of profiles, found an object: each member is read as a profile of that network (2), "
            "and written back as an array on JSON Resume export");
  EXPECT_EQ(cv.person.location.city, "Gda\u0144sk");
  EXPECT_EQ(cv.person.location.country, "PL");
  ASSERT_EQ(cv.education.size(), 1u);
  EXPECT_EQ(cv.education[0].institution.name, "Politechnika Gda\u0144ska");
  EXPECT_EQ(cv.education[0].degree, "BSc");
  EXPECT_EQ(result.origins["education[0].degree"], "education.studyType");
  EXPECT_EQ(only(result, "jsonresume.wrong-type", "skills").message,
            "expected an array of entries, found an object: it is read as the section's one entry, and written back "
            "as an array of one on JSON Resume export");
  ASSERT_EQ(cv.skills.size(), 1u);
  EXPECT_EQ(cv.skills[0].keywords, (std::vector<std::string>{"HTML", "CSS"}));

  Json resume = export_resume(cv).json;
  EXPECT_EQ(resume["education"][0]["institution"], "Politechnika Gda\u0144ska");
  EXPECT_EQ(resume["skills"][0]["name"], "Web Development");
  EXPECT_EQ(resume["basics"]["profiles"][0], (Json{{"network", "github"}, {"username", "twrobel"}}));
}

TEST(JsonResumeLiberalImport, NonEnglishCvsKeepEveryScript) {
  ImportResult result = import_fixture("non-english");
  const Cv& cv = result.cv;
  EXPECT_EQ(cv.person.name, "Иван Петров");
  EXPECT_EQ(cv.person.location.country, "RU"); // "Россия"
  EXPECT_EQ(cv.work[0].organization.name, "ООО «Пример»");
  // "настоящее время", Russian for "present" (cvport's own label, and DBpedia's): ongoing.
  EXPECT_TRUE(cv.work[0].date_label.empty());
  EXPECT_EQ(date(cv.work[0].start), "2021-02");
  EXPECT_TRUE(cv.work[0].end.present);
  EXPECT_EQ(cv.work[1].organization.city, "東京");
  EXPECT_EQ(cv.work[1].organization.country, "JP"); // "日本"
  EXPECT_EQ(cv.languages[1].language, "日本語");
}

TEST(JsonResumeLiberalImport, OriginsPointIntoTheFileForEveryEntry) {
  ImportResult result = import_fixture("blank-template");
  // work[0] of the model is work[1] of the file: the blank entry before it was left out.
  EXPECT_EQ(result.origins["work[0]"], "work[1]");
  EXPECT_EQ(result.origins["work[0].organization.name"], "work[1].name");
  EXPECT_EQ(result.origins["work[0].highlights"], "work[1].highlights");
  EXPECT_EQ(result.origins["person.headline"], "basics.label");
}

// Every fixture survives import -> export -> import unchanged.
class FixtureRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureRoundTrip, ImportOfTheExportIsTheSameCv) {
  ImportResult first = import_fixture(GetParam());
  ExportResult exported = export_resume(first.cv);
  ImportResult second = import_resume(exported.text);
  EXPECT_EQ(second.errors(), 0u);
  EXPECT_EQ(to_canonical_text(second.cv), to_canonical_text(first.cv));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FixtureRoundTrip,
                         ::testing::Values("blank-template", "dates", "old-names", "types", "multilingual",
                                           "places-and-links", "non-english", "unread-dates", "person-forms", "shapes"),
                         [](const auto& info) { return test_name_of(info.param); });

} // namespace
} // namespace cvport::testing
