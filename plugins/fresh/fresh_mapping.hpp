// The one table of where each member of a FRESH resume entry goes in the cvport model.
//
// Sources: the FRESH resume schema (github.com/fresh-standard/fresh-resume-schema,
// schema/fresh-resume-schema_1.0.0-beta.json, MIT) for the members, and HackMyResume's own
// FRESH-to-JSON-Resume converter (github.com/fresh-standard/fresh-jrs-converter, src/to-jrs.js,
// MIT) for what they mean where the schema says nothing (grade is a GPA, curriculum the courses,
// testimonials the references). A member no table names is kept, not dropped (fresh_session.hpp).
// See docs/formats/fresh.md.
#ifndef CVPORT_FRESH_MAPPING_HPP
#define CVPORT_FRESH_MAPPING_HPP

#include <span>
#include <string_view>

namespace cvport::fresh {

// The format id, and the key of the members kept in the model's `extra`.
inline constexpr std::string_view kFormatId = "fresh";
// The name of a CV whose file gave none; marked inferred.
inline constexpr std::string_view kMissingNameStandIn = "(name not given)";

// How a FRESH value is read into its model field.
enum class ValueKind {
  text,     // a string (a number or true/false is read as its text)
  list,     // an array of strings (one string is a list of one)
  joined,   // a string, or an array of strings shown as one text: "A. Author, B. Author"
  url,      // http(s) URL; "www.example.org" gets https://
  email,
  date,     // YYYY, YYYY-MM, YYYY-MM-DD, and the forms cvport/liberal_date.hpp reads
  end_date, // the same, or "present"/"current"/...
  country,  // ISO 3166-1 alpha-2, or a country name
};

struct MemberMapping {
  std::string_view fresh; // the FRESH member
  std::string_view model; // a dotted path in the model struct's canonical JSON
  ValueKind kind = ValueKind::text;
};

// One kind of FRESH entry, read into one kind of model entry.
struct EntryMapping {
  std::span<const MemberMapping> members;
  // Model paths that must have a value for the entry to be shown ("organization.name"); an
  // entry without one is kept whole in the CV's extra.
  std::span<const std::string_view> required;
  // The model struct has an `extra` of its own; otherwise its kept members go to the CV's extra
  // under the entry's FRESH path.
  bool has_extra = true;
  // A date in words ("Summer 2019") becomes the entry's date_label.
  bool has_date_label = false;
};

namespace tables {

inline constexpr MemberMapping kInfo[] = {
    {"label", "headline"}, {"brief", "summary"}, {"image", "image", ValueKind::url}};
inline constexpr MemberMapping kContact[] = {
    {"email", "email", ValueKind::email}, {"phone", "phone"}, {"website", "url", ValueKind::url}};
inline constexpr MemberMapping kLocation[] = {{"address", "address"},
                                              {"code", "postal_code"},
                                              {"city", "city"},
                                              {"region", "region"},
                                              {"country", "country", ValueKind::country}};
inline constexpr MemberMapping kSocial[] = {
    {"network", "network"}, {"user", "username"}, {"url", "url", ValueKind::url}};
inline constexpr std::string_view kSocialRequired[] = {"network"};

inline constexpr MemberMapping kEmployment[] = {{"employer", "organization.name"},
                                                {"position", "position"},
                                                {"url", "url", ValueKind::url},
                                                {"start", "start", ValueKind::date},
                                                {"end", "end", ValueKind::end_date},
                                                {"summary", "summary"},
                                                {"highlights", "highlights", ValueKind::list},
                                                {"location", "organization.city"}};
inline constexpr std::string_view kEmploymentRequired[] = {"organization.name", "position"};

inline constexpr MemberMapping kEducation[] = {{"institution", "institution.name"},
                                               {"studyType", "degree"},
                                               {"title", "degree"}, // "BSCS" where studyType is absent
                                               {"area", "field"},
                                               {"start", "start", ValueKind::date},
                                               {"end", "end", ValueKind::end_date},
                                               {"grade", "score"},
                                               {"curriculum", "courses", ValueKind::list},
                                               {"url", "url", ValueKind::url},
                                               {"summary", "summary"},
                                               {"location", "institution.city"}};
inline constexpr std::string_view kEducationRequired[] = {"institution.name"};

inline constexpr MemberMapping kService[] = {{"organization", "organization.name"},
                                             {"position", "position"},
                                             {"url", "url", ValueKind::url},
                                             {"start", "start", ValueKind::date},
                                             {"end", "end", ValueKind::end_date},
                                             {"summary", "summary"},
                                             {"highlights", "highlights", ValueKind::list}};
inline constexpr std::string_view kServiceRequired[] = {"organization.name"};

inline constexpr MemberMapping kSkillSet[] = {
    {"name", "name"}, {"level", "level"}, {"skills", "keywords", ValueKind::list}};
inline constexpr MemberMapping kSkillListItem[] = {{"name", "name"}, {"level", "level"}};
inline constexpr std::string_view kNameRequired[] = {"name"};

// "name", "startDate" and "endDate" are JSON Resume's names, which FRESH files converted by hand
// keep; "title", "start" and "end" win when both are given.
inline constexpr MemberMapping kProject[] = {{"title", "name"},
                                             {"name", "name"},
                                             {"description", "description"},
                                             {"highlights", "highlights", ValueKind::list},
                                             {"keywords", "keywords", ValueKind::list},
                                             {"start", "start", ValueKind::date},
                                             {"startDate", "start", ValueKind::date},
                                             {"end", "end", ValueKind::end_date},
                                             {"endDate", "end", ValueKind::end_date},
                                             {"url", "url", ValueKind::url},
                                             {"category", "type"}};

inline constexpr MemberMapping kRecognition[] = {{"title", "title"},
                                                 {"date", "date", ValueKind::date},
                                                 {"from", "awarder.name"},
                                                 {"event", "venue"},
                                                 {"summary", "summary"}};
inline constexpr std::string_view kTitleRequired[] = {"title"};

inline constexpr MemberMapping kWriting[] = {{"title", "title"},
                                             {"date", "date", ValueKind::date},
                                             {"url", "url", ValueKind::url},
                                             {"summary", "note"}};

inline constexpr MemberMapping kSpeaking[] = {{"title", "title"},
                                              {"event", "event"},
                                              {"date", "date", ValueKind::date},
                                              {"location", "location.address"},
                                              {"url", "url", ValueKind::url},
                                              {"summary", "summary"}};

inline constexpr MemberMapping kLanguage[] = {
    {"language", "language"}, {"level", "fluency"}, {"fluency", "fluency"}};
inline constexpr std::string_view kLanguageRequired[] = {"language"};

inline constexpr MemberMapping kInterest[] = {{"name", "name"}, {"keywords", "keywords", ValueKind::list}};

inline constexpr MemberMapping kReference[] = {{"name", "name"}, {"summary", "reference"}};
inline constexpr MemberMapping kTestimonial[] = {{"name", "name"}, {"quote", "reference"}};

// The FRESH sections cvport has no section for become sections with a title of their own, whose
// entries have these members.
inline constexpr MemberMapping kAffiliation[] = {{"organization", "title"},
                                                 {"role", "subtitle"},
                                                 {"start", "start", ValueKind::date},
                                                 {"end", "end", ValueKind::end_date},
                                                 {"location", "location"},
                                                 {"url", "url", ValueKind::url},
                                                 {"summary", "summary"},
                                                 {"highlights", "highlights", ValueKind::list}};
inline constexpr MemberMapping kReading[] = {{"title", "title"},
                                             {"author", "subtitle", ValueKind::joined},
                                             {"date", "date", ValueKind::date},
                                             {"url", "url", ValueKind::url},
                                             {"summary", "summary"}};
inline constexpr MemberMapping kSample[] = {{"title", "title"},
                                            {"date", "date", ValueKind::date},
                                            {"url", "url", ValueKind::url},
                                            {"summary", "summary"},
                                            {"highlights", "highlights", ValueKind::list}};
inline constexpr MemberMapping kExtracurricular[] = {{"title", "title"},
                                                     {"activity", "subtitle"},
                                                     {"start", "start", ValueKind::date},
                                                     {"end", "end", ValueKind::end_date},
                                                     {"location", "location"},
                                                     {"summary", "summary"},
                                                     {"highlights", "highlights", ValueKind::list}};

} // namespace tables

inline constexpr EntryMapping kInfo{tables::kInfo};
inline constexpr EntryMapping kContact{tables::kContact};
inline constexpr EntryMapping kLocation{tables::kLocation};
inline constexpr EntryMapping kSocial{tables::kSocial, tables::kSocialRequired};
inline constexpr EntryMapping kEmployment{tables::kEmployment, tables::kEmploymentRequired, true, true};
inline constexpr EntryMapping kEducation{tables::kEducation, tables::kEducationRequired, true, true};
inline constexpr EntryMapping kService{tables::kService, tables::kServiceRequired};
inline constexpr EntryMapping kSkillSet{tables::kSkillSet, tables::kNameRequired};
inline constexpr EntryMapping kSkillListItem{tables::kSkillListItem, tables::kNameRequired};
inline constexpr EntryMapping kProject{tables::kProject, tables::kNameRequired};
inline constexpr EntryMapping kRecognition{tables::kRecognition, tables::kTitleRequired, true, true};
inline constexpr EntryMapping kWriting{tables::kWriting, tables::kTitleRequired};
inline constexpr EntryMapping kSpeaking{tables::kSpeaking, tables::kTitleRequired, false, true};
inline constexpr EntryMapping kLanguage{tables::kLanguage, tables::kLanguageRequired};
inline constexpr EntryMapping kInterest{tables::kInterest, tables::kNameRequired};
inline constexpr EntryMapping kReference{tables::kReference, tables::kNameRequired};
inline constexpr EntryMapping kTestimonial{tables::kTestimonial, tables::kNameRequired};
inline constexpr EntryMapping kAffiliation{tables::kAffiliation, tables::kTitleRequired, false, true};
inline constexpr EntryMapping kReading{tables::kReading, tables::kTitleRequired, false, true};
inline constexpr EntryMapping kSample{tables::kSample, tables::kTitleRequired, false, true};
inline constexpr EntryMapping kExtracurricular{tables::kExtracurricular, tables::kTitleRequired, false, true};

} // namespace cvport::fresh

#endif
