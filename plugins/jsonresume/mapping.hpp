// The one table of how each JSON Resume object kind holds a cvport model value. The writer and
// the reader both walk these tables, so what is written is what is read back.
//
// A standard member holds the exact model value at `model` (a dotted path in the canonical JSON
// of the model struct). Whatever the standard members cannot hold stays in the entry's
// "x-cvport" member, in canonical form; a member there also overrides the standard member of
// the same model value (null meaning "no value"), which is how an entry records that a standard
// member shows an approximation (a start date copied into endDate, a DOI link as the url).
// See docs/formats/jsonresume.md.
#ifndef CVPORT_JSONRESUME_MAPPING_HPP
#define CVPORT_JSONRESUME_MAPPING_HPP

#include <span>
#include <string_view>

namespace cvport::jsonresume {

inline constexpr std::string_view kExtensionKey = "x-cvport";
// Where, in the CV's `extra`, entries are kept that cvport cannot hold (a work entry without an
// employer), with their index, so a JSON Resume export writes them back where they were.
inline constexpr std::string_view kKeptEntriesFormat = "jsonresume-entries";
// An entry's extra member for values of the file kept as written because the model holds only
// part of them or none, and writing them back would break the schema: an object read as its
// name ({"name": "C++", "level": "expert"} in keywords), a date cvport cannot read where the
// entry has no date_label. By the member's name in the file; JSON Resume export keeps them in
// "x-cvport" (its "extra"), not as members.
inline constexpr std::string_view kOriginalValuesKey = "jsonresume-original";
// The name of a CV whose file gave none; marked inferred.
inline constexpr std::string_view kMissingNameStandIn = "(name not given)";
inline constexpr std::string_view kSchemaUrl =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

// How a standard member is checked and written.
enum class ValueKind {
  text,
  list,     // array of strings
  url,      // "format": "uri" in the schema
  email,    // "format": "email"
  country,  // ISO 3166-1 alpha-2
  date,     // the schema's partial ISO 8601 pattern
  end_date, // same; an ongoing entry has no endDate
};

struct FieldMapping {
  std::string_view standard;
  std::string_view model;
  ValueKind kind = ValueKind::text;
};

// Model values without a standard member that the writer still shows to themes as text in a
// standard member (`standard`): used to say so in diagnostics.
struct ShownIn {
  std::string_view model; // a canonical path or the prefix of several ("venue")
  std::string_view standard;
};

// A member name of older JSON Resume schema versions (0.0.x), or of other tools that write
// resume.json (FRESH converters, theme generators), and its current name.
struct Alias {
  std::string_view old_name;
  std::string_view standard;
};

struct EntryMapping {
  std::span<const FieldMapping> fields;
  // Members the generic mapping leaves to its caller: readable ones the writer fills for themes
  // from values that are also in "x-cvport" (the reader uses them only for entries without an
  // "x-cvport" member), and the nested objects of "basics".
  std::span<const std::string_view> handled_by_caller = {};
  std::span<const ShownIn> shown = {};
  std::span<const Alias> aliases = {};
  // The model value has a date_label, which keeps a date written in words ("Summer 2019").
  bool has_date_label = false;
};

namespace tables {

inline constexpr FieldMapping kBasicsFields[] = {{"name", "name"},
                                                 {"label", "headline"},
                                                 {"image", "image", ValueKind::url},
                                                 {"email", "email", ValueKind::email},
                                                 {"phone", "phone"},
                                                 {"url", "url", ValueKind::url},
                                                 {"summary", "summary"}};
inline constexpr std::string_view kBasicsNested[] = {"location", "profiles"};
inline constexpr ShownIn kBasicsShown[] = {{"orcid", "profiles"}};
inline constexpr Alias kBasicsAliases[] = {
    {"website", "url"}, {"picture", "image"}, {"avatar", "image"}, {"photo", "image"}, {"title", "label"}};

inline constexpr Alias kLocationAliases[] = {{"street-address", "address"}, {"streetAddress", "address"},
                                             {"postal-code", "postalCode"},   {"zip", "postalCode"},
                                             {"locality", "city"},            {"country-name", "countryCode"},
                                             {"country", "countryCode"},      {"state", "region"}};

inline constexpr FieldMapping kLocationFields[] = {{"address", "address"},
                                                   {"postalCode", "postal_code"},
                                                   {"city", "city"},
                                                   {"countryCode", "country", ValueKind::country},
                                                   {"region", "region"}};

inline constexpr FieldMapping kProfileFields[] = {
    {"network", "network"}, {"username", "username"}, {"url", "url", ValueKind::url}};

inline constexpr FieldMapping kWorkFields[] = {{"name", "organization.name"},
                                               {"description", "description"},
                                               {"position", "position"},
                                               {"url", "url", ValueKind::url},
                                               {"startDate", "start", ValueKind::date},
                                               {"endDate", "end", ValueKind::end_date},
                                               {"summary", "summary"},
                                               {"highlights", "highlights", ValueKind::list}};
// Members some tools write beside a work entry's "location".
inline constexpr FieldMapping kWorkCity{"city", "organization.city"};
inline constexpr FieldMapping kWorkRegion{"region", "organization.region"};
inline constexpr FieldMapping kWorkCountry{"country", "organization.country", ValueKind::country};
inline constexpr std::string_view kWorkReadable[] = {"location", "city", "region", "country", "positions"};
inline constexpr ShownIn kWorkShown[] = {{"organization.city", "location"},
                                         {"organization.region", "location"},
                                         {"organization.country", "location"},
                                         {"organization.department", "description"},
                                         {"organization.url", "url"}};
inline constexpr Alias kWorkAliases[] = {
    {"company", "name"}, {"employer", "name"}, {"organization", "name"}, {"website", "url"}, {"title", "position"}};

inline constexpr FieldMapping kVolunteerFields[] = {{"organization", "organization.name"},
                                                    {"position", "position"},
                                                    {"url", "url", ValueKind::url},
                                                    {"startDate", "start", ValueKind::date},
                                                    {"endDate", "end", ValueKind::end_date},
                                                    {"summary", "summary"},
                                                    {"highlights", "highlights", ValueKind::list}};
inline constexpr ShownIn kVolunteerShown[] = {{"organization.url", "url"}};
inline constexpr Alias kVolunteerAliases[] = {{"name", "organization"}, {"website", "url"}};

inline constexpr FieldMapping kEducationFields[] = {{"institution", "institution.name"},
                                                    {"url", "url", ValueKind::url},
                                                    {"area", "field"},
                                                    {"studyType", "degree"},
                                                    {"startDate", "start", ValueKind::date},
                                                    {"endDate", "end", ValueKind::end_date},
                                                    {"score", "score"},
                                                    {"courses", "courses", ValueKind::list}};
inline constexpr ShownIn kEducationShown[] = {{"institution.url", "url"}, {"teaching", "work"}};
inline constexpr Alias kEducationAliases[] = {{"gpa", "score"}, {"website", "url"}, {"school", "institution"}};

inline constexpr FieldMapping kAwardFields[] = {{"title", "title"},
                                                {"date", "date", ValueKind::date},
                                                {"awarder", "awarder.name"},
                                                {"summary", "summary"}};
inline constexpr ShownIn kAwardShown[] = {{"venue", "summary"}, {"for", "summary"}};

inline constexpr FieldMapping kCertificateFields[] = {{"name", "name"},
                                                      {"date", "date", ValueKind::date},
                                                      {"issuer", "issuer"},
                                                      {"url", "url", ValueKind::url}};

inline constexpr FieldMapping kPublicationFields[] = {{"name", "title"},
                                                      {"publisher", "publisher"},
                                                      {"releaseDate", "date", ValueKind::date},
                                                      {"url", "url", ValueKind::url},
                                                      {"summary", "note"}};
inline constexpr ShownIn kPublicationShown[] = {
    {"authors", "summary"}, {"et_al", "summary"},  {"venue", "summary"},
    {"volume", "summary"},  {"issue", "summary"},  {"pages", "summary"},
    {"doi", "summary"},     {"arxiv", "summary"},  {"pmid", "summary"},
    {"isbn", "summary"},    {"status", "summary"}, {"award", "summary"}};
inline constexpr Alias kPublicationAliases[] = {{"title", "name"}, {"website", "url"}, {"date", "releaseDate"}};

inline constexpr Alias kSkillAliases[] = {{"category", "name"}, {"group", "name"}, {"tags", "keywords"}};
inline constexpr Alias kLanguageAliases[] = {{"name", "language"}, {"level", "fluency"}};
inline constexpr Alias kInterestAliases[] = {{"tags", "keywords"}};
inline constexpr Alias kCertificateAliases[] = {{"title", "name"}, {"website", "url"}, {"authority", "issuer"}};
inline constexpr Alias kAwardAliases[] = {{"name", "title"}};
inline constexpr Alias kProjectAliases[] = {{"website", "url"}, {"title", "name"}};

inline constexpr FieldMapping kSkillFields[] = {
    {"name", "name"}, {"level", "level"}, {"keywords", "keywords", ValueKind::list}};
inline constexpr FieldMapping kLanguageFields[] = {{"language", "language"}, {"fluency", "fluency"}};
inline constexpr FieldMapping kInterestFields[] = {{"name", "name"},
                                                   {"keywords", "keywords", ValueKind::list}};
inline constexpr FieldMapping kReferenceFields[] = {{"name", "name"}, {"reference", "reference"}};

inline constexpr FieldMapping kProjectFields[] = {{"name", "name"},
                                                  {"description", "description"},
                                                  {"highlights", "highlights", ValueKind::list},
                                                  {"keywords", "keywords", ValueKind::list},
                                                  {"startDate", "start", ValueKind::date},
                                                  {"endDate", "end", ValueKind::end_date},
                                                  {"url", "url", ValueKind::url},
                                                  {"roles", "roles", ValueKind::list},
                                                  {"entity", "entity"},
                                                  {"type", "type"}};

} // namespace tables

inline constexpr EntryMapping kBasics{tables::kBasicsFields, tables::kBasicsNested, tables::kBasicsShown,
                                      tables::kBasicsAliases};
inline constexpr EntryMapping kLocation{tables::kLocationFields, {}, {}, tables::kLocationAliases};
inline constexpr EntryMapping kProfile{tables::kProfileFields};
inline constexpr EntryMapping kWork{tables::kWorkFields, tables::kWorkReadable, tables::kWorkShown,
                                    tables::kWorkAliases, true};
inline constexpr EntryMapping kVolunteer{
    tables::kVolunteerFields, {}, tables::kVolunteerShown, tables::kVolunteerAliases};
inline constexpr EntryMapping kEducation{
    tables::kEducationFields, {}, tables::kEducationShown, tables::kEducationAliases, true};
inline constexpr EntryMapping kAward{tables::kAwardFields, {}, tables::kAwardShown, tables::kAwardAliases, true};
inline constexpr EntryMapping kCertificate{tables::kCertificateFields, {}, {}, tables::kCertificateAliases};
inline constexpr EntryMapping kPublication{
    tables::kPublicationFields, {}, tables::kPublicationShown, tables::kPublicationAliases};
inline constexpr EntryMapping kSkill{tables::kSkillFields, {}, {}, tables::kSkillAliases};
inline constexpr EntryMapping kLanguage{tables::kLanguageFields, {}, {}, tables::kLanguageAliases};
inline constexpr EntryMapping kInterest{tables::kInterestFields, {}, {}, tables::kInterestAliases};
inline constexpr EntryMapping kReference{tables::kReferenceFields};
inline constexpr EntryMapping kProject{tables::kProjectFields, {}, {}, tables::kProjectAliases};

} // namespace cvport::jsonresume

#endif
