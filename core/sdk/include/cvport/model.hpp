// The cvport CV model: typed C++ values for every section a CV can have.
//
// Each struct lists its fields once, in a `describe` function. Everything that needs to know
// the fields walks that list with a visitor: the JSON mapping (model_json.hpp), the host's YAML
// reader with its file:line:column errors, the published JSON Schema and the field reference
// in docs/. One list, so the four can never disagree.
//
// Conventions: an empty string, an empty list, a zero Date and `false` mean "absent" and are
// left out of the canonical JSON. Free text stays free text.
#ifndef CVPORT_MODEL_HPP
#define CVPORT_MODEL_HPP

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cvport {

inline constexpr std::string_view kModelVersion = "1.1";

// A partial calendar date (YYYY, YYYY-MM or YYYY-MM-DD) or, for end dates, "present".
struct Date {
  int year = 0;  // 0 = no date
  int month = 0; // 0 = not given
  int day = 0;   // 0 = not given
  bool present = false;

  bool empty() const { return year == 0 && !present; }
  friend bool operator==(const Date&, const Date&) = default;
};

// How a text field is checked and typed in the schema.
enum class TextKind {
  plain,
  date,     // Date: YYYY, YYYY-MM, YYYY-MM-DD
  end_date, // Date that may also be "present"
  doi,      // bare DOI: 10.<registrant>/<suffix>
  orcid,    // ORCID iD 0000-0000-0000-000X with a valid check digit
  ror,      // ROR id: https://ror.org/0xxxxxx##, or the bare 9-character id
  ringgold, // Ringgold id: digits
  grid,     // GRID id: grid.NNNN.x
  fundref,  // Crossref Funder Registry DOI: 10.13039/NNNN (or its https://doi.org/ URL)
  lei,      // ISO 17442 Legal Entity Identifier, check digits validated
  currency, // ISO 4217 alphabetic code, upper case
  amount,   // digits with an optional decimal part: 250000, 1234.50
  url,      // absolute http(s) URL
  email,
  country,  // ISO 3166-1 alpha-2, upper case
  choice,   // one of Field::choices
  // Added in model 1.1, after the others so that the values above keep their numbers.
  arxiv,    // arXiv id: 2303.12345, 2303.12345v2, hep-th/9901001 (or its arxiv.org URL, "arXiv:...")
  pmid,     // PubMed id: digits (or "PMID: ...", or its pubmed.ncbi.nlm.nih.gov URL)
  isbn,     // ISBN-10 or ISBN-13 with a valid check digit, hyphens and spaces allowed (dots read as hyphens)
  language, // BCP 47 tag whose language has a translation file (cvport/language.hpp)
  count,    // a whole number from 1: 5
};

// What a visitor learns about one field.
struct Field {
  std::string_view name;
  std::string_view doc;
  TextKind kind = TextKind::plain;
  std::span<const std::string_view> choices = {};
  bool required = false;
  // An identifier, key, number or code, written the same in every language: never a mapping of
  // language to text (see may_be_multilingual). Added after `required`, so designated
  // initializers that stop there keep compiling.
  bool literal = false;
};

// Whether a source may give this field as a mapping of language to text ({en: "...", de: "..."}):
// free text in some language, not an identifier, a key or a code. The host picks one language
// while reading the source (docs/source-format.md, "Multilingual values").
constexpr bool may_be_multilingual(const Field& info) { return info.kind == TextKind::plain && !info.literal; }

// ---- building blocks -------------------------------------------------------------------------

// Members of an imported file that no model field holds, kept as they were, so that an export to
// the same format gives them back. The value is a JSON object keyed by format id, held as its
// compact JSON text ("" = none): {"jsonresume": {"technologies": ["Go"]}}. In a source file it is
// an ordinary mapping. It has no fields of its own for describe(): walkers that look for text or
// dates pass over it, and the readers and writers of the model's JSON treat it as one value.
struct Extra {
  std::string json;
  bool empty() const { return json.empty(); }
  friend bool operator==(const Extra&, const Extra&) = default;
};
template <class V> void describe(V&, Extra&) {}

inline constexpr Field kExtraField{
    .name = "extra",
    .doc = "Members of an imported file that cvport has no field for, by format: "
           "{jsonresume: {technologies: [Go]}}. Kept as written; an export to that format gives "
           "them back."};


struct Location {
  std::string address;
  std::string postal_code;
  std::string city;
  std::string region;  // state, province: "MA"
  std::string country; // ISO 3166-1 alpha-2: "US"
  Extra extra;
  friend bool operator==(const Location&, const Location&) = default;
};
template <class V> void describe(V& v, Location& x) {
  v.field({.name = "address", .doc = "Street address, one line."}, x.address);
  v.field({.name = "postal_code", .doc = "Postal code.", .literal = true}, x.postal_code);
  v.field({.name = "city", .doc = "City."}, x.city);
  v.field({.name = "region", .doc = "State, province or region, as written (\"MA\")."}, x.region);
  v.field({.name = "country", .doc = "ISO 3166-1 alpha-2 country code (\"US\", \"GB\").",
           .kind = TextKind::country},
          x.country);
  v.field(kExtraField, x.extra);
}

// An organisation: a university, a company, a publisher. In the source a plain string is
// shorthand for {name: ...}.
struct Organization {
  static constexpr std::string_view shorthand_field = "name";
  std::string name;
  std::string department;
  std::string city;
  std::string region;
  std::string country;
  std::string ror;
  std::string ringgold;
  std::string grid;
  std::string fundref;
  std::string lei;
  std::string url;
  friend bool operator==(const Organization&, const Organization&) = default;
};
template <class V> void describe(V& v, Organization& x) {
  v.field({.name = "name", .doc = "Name as written.", .required = true}, x.name);
  v.field({.name = "department", .doc = "Department, school or lab."}, x.department);
  v.field({.name = "city", .doc = "City."}, x.city);
  v.field({.name = "region", .doc = "State, province or region (\"TX\")."}, x.region);
  v.field({.name = "country", .doc = "ISO 3166-1 alpha-2 country code.", .kind = TextKind::country},
          x.country);
  v.field({.name = "ror", .doc = "ROR id (https://ror.org/...). ORCID needs an organisation id "
                                 "(this one, or one of the four below) for education, employment "
                                 "and funding.",
           .kind = TextKind::ror},
          x.ror);
  v.field({.name = "ringgold", .doc = "Ringgold id, digits: \"5488\".", .kind = TextKind::ringgold},
          x.ringgold);
  v.field({.name = "grid", .doc = "GRID id: \"grid.5386.8\".", .kind = TextKind::grid}, x.grid);
  v.field({.name = "fundref",
           .doc = "Crossref Funder Registry id, the funder's DOI: \"10.13039/100000001\" (a "
                  "https://doi.org/ URL is accepted).",
           .kind = TextKind::fundref},
          x.fundref);
  v.field({.name = "lei",
           .doc = "Legal Entity Identifier (ISO 17442), 20 characters: \"HWUPKR0MPOU8FGXBT394\".",
           .kind = TextKind::lei},
          x.lei);
  v.field({.name = "url", .doc = "Web site.", .kind = TextKind::url}, x.url);
}

struct Profile {
  std::string network;
  std::string username;
  std::string url;
  Extra extra;
  friend bool operator==(const Profile&, const Profile&) = default;
};
template <class V> void describe(V& v, Profile& x) {
  v.field({.name = "network", .doc = "\"GitHub\", \"Google Scholar\", ...", .required = true},
          x.network);
  v.field({.name = "username", .doc = "User name on that network.", .literal = true}, x.username);
  v.field({.name = "url", .doc = "Profile URL.", .kind = TextKind::url}, x.url);
  v.field(kExtraField, x.extra);
}

// ---- person ----------------------------------------------------------------------------------

inline constexpr std::string_view kInferablePersonFields[] = {"name", "name_variants"};

struct Person {
  std::string name;
  std::vector<std::string> name_variants;
  std::string headline;
  std::string email;
  std::string phone;
  std::string url;
  std::string image;
  Location location;
  std::vector<Profile> profiles;
  std::string orcid;
  std::string summary;
  std::vector<std::string> inferred;
  Extra extra;
  friend bool operator==(const Person&, const Person&) = default;
};
template <class V> void describe(V& v, Person& x) {
  v.field({.name = "name", .doc = "Full name as it should be shown.", .required = true}, x.name);
  v.field({.name = "name_variants",
           .doc = "Other spellings of the name in author lists (\"B. Li\"); authors matching "
                  "the name or a variant are marked as the CV owner."},
          x.name_variants);
  v.field({.name = "headline", .doc = "One line under the name: \"PhD candidate in HPC\"."},
          x.headline);
  v.field({.name = "email", .doc = "E-mail address.", .kind = TextKind::email}, x.email);
  v.field({.name = "phone", .doc = "Phone number, as written.", .literal = true}, x.phone);
  v.field({.name = "url", .doc = "Personal web site.", .kind = TextKind::url}, x.url);
  v.field({.name = "image", .doc = "URL of a photo.", .kind = TextKind::url}, x.image);
  v.field({.name = "location", .doc = "Where the person lives or works."}, x.location);
  v.field({.name = "profiles", .doc = "Profiles on other sites."}, x.profiles);
  v.field({.name = "orcid", .doc = "ORCID iD, 0000-0002-1825-0097 (checksum validated).",
           .kind = TextKind::orcid},
          x.orcid);
  v.field({.name = "summary", .doc = "A short paragraph about the person."}, x.summary);
  v.field({.name = "inferred",
           .doc = "Fields an importer filled in because the file it read lacked them (a JSON Resume "
                  "file without basics.name); delete a name from the list once the field is right.",
           .kind = TextKind::choice, .choices = kInferablePersonFields},
          x.inferred);
  v.field(kExtraField, x.extra);
}

// What variants choose entries by (see Variant below). Neither is shown in any output.
inline constexpr Field kTagsField{
    .name = "tags",
    .doc = "Free words a variant chooses the entry by: [industry, ml]. Not shown in any output.",
    .literal = true};
inline constexpr Field kSelectedField{
    .name = "selected",
    .doc = "One of the selected publications: a variant with publications.selected_only shows only "
           "these. Not shown in any output."};

// The `id` of every entry kind but publications (whose ids core derives when absent).
inline constexpr std::string_view kEntryIdDoc =
    "Stable key, unique in the CV: \"phd-neu\". Exports that track entries across edits "
    "(ORCID) key the entry by it; without one they derive a key from its kind, year and title, "
    "which changes when those do.";

// ---- dated entries ---------------------------------------------------------------------------

struct TeachingRole {
  std::string role;
  std::string course;
  Date start;
  Date end;
  std::string date_label;
  friend bool operator==(const TeachingRole&, const TeachingRole&) = default;
};
template <class V> void describe(V& v, TeachingRole& x) {
  v.field({.name = "role", .doc = "\"Graduate Teaching Assistant\".", .required = true}, x.role);
  v.field({.name = "course", .doc = "Course taught."}, x.course);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "End date or \"present\".", .kind = TextKind::end_date}, x.end);
  v.field({.name = "date_label", .doc = "How to show the dates (\"Fall 2016\")."}, x.date_label);
}

struct Education {
  std::string id;
  Organization institution;
  std::string degree;
  std::string field;
  Date start;
  Date end;
  std::string date_label;
  std::string score;
  std::string advisor;
  std::vector<std::string> interests;
  std::vector<std::string> focus;
  std::vector<std::string> courses;
  std::vector<TeachingRole> teaching;
  std::vector<std::string> honors;
  std::string url;
  std::string summary;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Education&, const Education&) = default;
};
template <class V> void describe(V& v, Education& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "institution", .doc = "The school.", .required = true}, x.institution);
  v.field({.name = "degree", .doc = "\"Ph.D.\", \"M.S.\", \"B.Eng. (honours)\"."}, x.degree);
  v.field({.name = "field", .doc = "Field of study: \"Computer Engineering\"."}, x.field);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "Graduation date, or \"present\".", .kind = TextKind::end_date},
          x.end);
  v.field({.name = "date_label", .doc = "How to show the dates, when not as computed."},
          x.date_label);
  v.field({.name = "score", .doc = "GPA or grade: \"GPA 4.0/4.0\"."}, x.score);
  v.field({.name = "advisor", .doc = "Advisor: \"Prof. Devesh Tiwari\"."}, x.advisor);
  v.field({.name = "interests", .doc = "Research interests."}, x.interests);
  v.field({.name = "focus", .doc = "Research focus or thesis topics."}, x.focus);
  v.field({.name = "courses", .doc = "Courses taken."}, x.courses);
  v.field({.name = "teaching", .doc = "Teaching roles held while studying."}, x.teaching);
  v.field({.name = "honors", .doc = "Honours of the degree (\"First Class Honours\")."},
          x.honors);
  v.field({.name = "url", .doc = "Link.", .kind = TextKind::url}, x.url);
  v.field({.name = "summary", .doc = "Free text."}, x.summary);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Work {
  std::string id;
  Organization organization;
  std::string description;
  std::string position;
  Date start;
  Date end;
  std::string date_label;
  std::string summary;
  std::vector<std::string> highlights;
  std::string url;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Work&, const Work&) = default;
};
template <class V> void describe(V& v, Work& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "organization", .doc = "Employer.", .required = true}, x.organization);
  v.field({.name = "description", .doc = "What the employer is or does: \"Video streaming service\"."},
          x.description);
  v.field({.name = "position", .doc = "Job title.", .required = true}, x.position);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "End date or \"present\".", .kind = TextKind::end_date}, x.end);
  v.field({.name = "date_label", .doc = "How to show the dates (\"Summer 2023\")."},
          x.date_label);
  v.field({.name = "summary", .doc = "What the role was about."}, x.summary);
  v.field({.name = "highlights", .doc = "Achievements, one sentence each."}, x.highlights);
  v.field({.name = "url", .doc = "Link.", .kind = TextKind::url}, x.url);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Award {
  std::string id;
  std::string title;
  Organization awarder;
  Date date;
  std::string date_label;
  std::string venue;
  std::string for_publication;
  std::string summary;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Award&, const Award&) = default;
};
template <class V> void describe(V& v, Award& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "title", .doc = "Name of the award.", .required = true}, x.title);
  v.field({.name = "awarder", .doc = "Who gave it."}, x.awarder);
  v.field({.name = "date", .doc = "When.", .kind = TextKind::date}, x.date);
  v.field({.name = "date_label", .doc = "How to show the date."}, x.date_label);
  v.field({.name = "venue", .doc = "Event it was given at: \"ACM HPDC 2023\"."}, x.venue);
  v.field({.name = "for", .doc = "`id` of the publication it was for.", .literal = true}, x.for_publication);
  v.field({.name = "summary", .doc = "Free text."}, x.summary);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Talk {
  std::string id;
  std::string title;
  std::string event;
  Organization host;
  Date date;
  std::string date_label;
  Location location;
  std::string url;
  std::string summary;
  std::vector<std::string> tags;
  friend bool operator==(const Talk&, const Talk&) = default;
};
template <class V> void describe(V& v, Talk& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "title", .doc = "Title of the talk.", .required = true}, x.title);
  v.field({.name = "event", .doc = "Seminar, workshop or conference."}, x.event);
  v.field({.name = "host", .doc = "Host organisation."}, x.host);
  v.field({.name = "date", .doc = "When.", .kind = TextKind::date}, x.date);
  v.field({.name = "date_label", .doc = "How to show the date."}, x.date_label);
  v.field({.name = "location", .doc = "Where."}, x.location);
  v.field({.name = "url", .doc = "Slides or recording.", .kind = TextKind::url}, x.url);
  v.field({.name = "summary", .doc = "Free text."}, x.summary);
  v.field(kTagsField, x.tags);
}

struct Author {
  static constexpr std::string_view shorthand_field = "name";
  std::string name;
  bool self = false;
  friend bool operator==(const Author&, const Author&) = default;
};
template <class V> void describe(V& v, Author& x) {
  v.field({.name = "name", .doc = "Name as printed.", .required = true}, x.name);
  v.field({.name = "self", .doc = "This author is the CV owner (set automatically when the name "
                                  "matches person.name or a name variant)."},
          x.self);
}

struct Venue {
  static constexpr std::string_view shorthand_field = "name";
  std::string short_name;
  std::string name;
  friend bool operator==(const Venue&, const Venue&) = default;
};
template <class V> void describe(V& v, Venue& x) {
  v.field({.name = "short", .doc = "Short name with year as cited: \"SC 2023\"."}, x.short_name);
  v.field({.name = "name", .doc = "Full name: journal, or proceedings title."}, x.name);
}

inline constexpr std::string_view kPublicationTypes[] = {
    "journal-article", "conference-paper", "workshop-paper", "book",   "book-chapter",
    "preprint",        "thesis",           "report",         "poster", "patent", "other"};
inline constexpr std::string_view kPublicationStatuses[] = {
    "published", "in-press", "accepted", "submitted", "preprint"};
// Fields an importer filled in because the format it read has no place for them.
inline constexpr std::string_view kInferablePublicationFields[] = {"type", "authors"};

struct Publication {
  std::string id;
  std::string type;
  std::string title;
  std::vector<Author> authors;
  bool et_al = false;
  Venue venue;
  Date date;
  std::string volume;
  std::string issue;
  std::string pages;
  std::string publisher;
  std::string number;
  std::string doi;
  std::string arxiv;
  std::string pmid;
  std::string isbn;
  std::string url;
  std::string status;
  std::string award;
  std::string note;
  std::vector<std::string> inferred;
  bool selected = false;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Publication&, const Publication&) = default;
};
template <class V> void describe(V& v, Publication& x) {
  v.field({.name = "id", .doc = "Stable key, unique in the CV: \"li2023clover\". Derived from "
                                "the first author, year and title when absent.",
           .literal = true},
          x.id);
  v.field({.name = "type", .doc = "Kind of publication.", .kind = TextKind::choice,
           .choices = kPublicationTypes, .required = true},
          x.type);
  v.field({.name = "title", .doc = "Title as published.", .required = true}, x.title);
  v.field({.name = "authors", .doc = "Authors in order. A string is shorthand for {name: ...}.",
           .required = true},
          x.authors);
  v.field({.name = "et_al", .doc = "The author list is truncated: show \"et al.\" after it."},
          x.et_al);
  v.field({.name = "venue", .doc = "Where it appeared. A string is shorthand for {name: ...}."},
          x.venue);
  v.field({.name = "date", .doc = "Publication date.", .kind = TextKind::date}, x.date);
  v.field({.name = "volume", .doc = "Volume.", .literal = true}, x.volume);
  v.field({.name = "issue", .doc = "Issue or number.", .literal = true}, x.issue);
  v.field({.name = "pages", .doc = "Pages: \"1-14\".", .literal = true}, x.pages);
  v.field({.name = "publisher", .doc = "Publisher: \"ACM\"."}, x.publisher);
  v.field({.name = "number",
           .doc = "Patent number as the patent office writes it (\"US 9,876,543 B2\"); for a "
                  "report, its report number.",
           .literal = true},
          x.number);
  v.field({.name = "doi", .doc = "DOI, bare: \"10.1145/3581784.3607034\".", .kind = TextKind::doi},
          x.doi);
  v.field({.name = "arxiv",
           .doc = "arXiv id: \"2303.12345\", \"2303.12345v2\" or \"hep-th/9901001\" (\"arXiv:...\" "
                  "and the arxiv.org page are accepted).",
           .kind = TextKind::arxiv},
          x.arxiv);
  v.field({.name = "pmid", .doc = "PubMed id, digits: \"31452104\".", .kind = TextKind::pmid}, x.pmid);
  v.field({.name = "isbn",
           .doc = "ISBN of the book, or of the book or proceedings the chapter or paper is in: "
                  "\"978-0-262-04630-5\".",
           .kind = TextKind::isbn},
          x.isbn);
  v.field({.name = "url", .doc = "Link to the paper.", .kind = TextKind::url}, x.url);
  v.field({.name = "status", .doc = "Publication status; absent means published.",
           .kind = TextKind::choice, .choices = kPublicationStatuses},
          x.status);
  v.field({.name = "award", .doc = "Award the paper won: \"Best Paper Award Winner\"."}, x.award);
  v.field({.name = "note", .doc = "Any other remark shown with the entry."}, x.note);
  v.field({.name = "inferred",
           .doc = "Fields an importer filled in because the file it read has no place for them "
                  "(JSON Resume has no author list: the CV owner stands in). Exporters do not "
                  "show them as the author's text; delete a name from the list once the field "
                  "is right.",
           .kind = TextKind::choice, .choices = kInferablePublicationFields},
          x.inferred);
  v.field(kSelectedField, x.selected);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Software {
  std::string id;
  std::string name;
  std::string description;
  Date date;
  std::string doi;
  std::string url;
  std::vector<std::string> tags;
  friend bool operator==(const Software&, const Software&) = default;
};
template <class V> void describe(V& v, Software& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "name", .doc = "Name or title of the software.", .required = true}, x.name);
  v.field({.name = "description", .doc = "What it does."}, x.description);
  v.field({.name = "date", .doc = "Release date.", .kind = TextKind::date}, x.date);
  v.field({.name = "doi", .doc = "DOI of the archived release (Zenodo).", .kind = TextKind::doi},
          x.doi);
  v.field({.name = "url", .doc = "Repository or home page.", .kind = TextKind::url}, x.url);
  v.field(kTagsField, x.tags);
}

struct MediaFeature {
  std::string id;
  std::string title;
  std::string outlet;
  Date date;
  std::string date_label;
  std::string url;
  std::vector<std::string> tags;
  friend bool operator==(const MediaFeature&, const MediaFeature&) = default;
};
template <class V> void describe(V& v, MediaFeature& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "title", .doc = "Headline of the article.", .required = true}, x.title);
  v.field({.name = "outlet", .doc = "\"MIT News\"."}, x.outlet);
  v.field({.name = "date", .doc = "Publication date.", .kind = TextKind::date}, x.date);
  v.field({.name = "date_label", .doc = "How to show the date."}, x.date_label);
  v.field({.name = "url", .doc = "Link to the article.", .kind = TextKind::url}, x.url);
  v.field(kTagsField, x.tags);
}

inline constexpr std::string_view kServiceKinds[] = {"reviewer", "committee", "editor",
                                                     "organizer", "other"};

struct Service {
  std::string id;
  std::string role;
  std::string venue;
  std::string kind;
  Organization organization;
  Date start;
  Date end;
  std::string date_label;
  std::string url;
  std::vector<std::string> tags;
  friend bool operator==(const Service&, const Service&) = default;
};
template <class V> void describe(V& v, Service& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "role", .doc = "\"Reviewer\", \"Program committee member\".", .required = true},
          x.role);
  v.field({.name = "venue", .doc = "Journal or conference served."}, x.venue);
  v.field({.name = "kind", .doc = "Kind of service.", .kind = TextKind::choice,
           .choices = kServiceKinds},
          x.kind);
  v.field({.name = "organization", .doc = "Organisation behind the venue (for ORCID)."},
          x.organization);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "End date or \"present\".", .kind = TextKind::end_date}, x.end);
  v.field({.name = "date_label", .doc = "How to show the dates."}, x.date_label);
  v.field({.name = "url", .doc = "Link.", .kind = TextKind::url}, x.url);
  v.field(kTagsField, x.tags);
}

inline constexpr std::string_view kFundingTypes[] = {"grant", "contract", "award", "salary-award"};

// A grant, contract or fellowship that paid for the work (ORCID's Funding section).
struct Funding {
  std::string id;
  std::string title;
  std::string type;
  Organization funder;
  std::string number;
  std::string amount;
  std::string currency;
  Date start;
  Date end;
  std::string role;
  std::string url;
  std::string summary;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Funding&, const Funding&) = default;
};
template <class V> void describe(V& v, Funding& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "title", .doc = "Title of the grant or funded project.", .required = true},
          x.title);
  v.field({.name = "type", .doc = "Kind of funding (ORCID's funding types); absent means grant.",
           .kind = TextKind::choice, .choices = kFundingTypes},
          x.type);
  v.field({.name = "funder", .doc = "Who gave it: \"National Science Foundation\", with its "
                                    "fundref or ror id for ORCID.",
           .required = true},
          x.funder);
  v.field({.name = "number", .doc = "Grant or award number: \"CCF-1910601\".", .literal = true}, x.number);
  v.field({.name = "amount", .doc = "Amount awarded, digits with an optional decimal part: "
                                    "\"499999\". Needs `currency`.",
           .kind = TextKind::amount},
          x.amount);
  v.field({.name = "currency", .doc = "ISO 4217 code of the amount's currency: \"USD\", \"EUR\".",
           .kind = TextKind::currency},
          x.currency);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "End date or \"present\".", .kind = TextKind::end_date}, x.end);
  v.field({.name = "role", .doc = "Your role on it: \"PI\", \"Co-PI\", \"Senior personnel\"."},
          x.role);
  v.field({.name = "url", .doc = "The award's page at the funder.", .kind = TextKind::url}, x.url);
  v.field({.name = "summary", .doc = "Free text."}, x.summary);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

// ---- the JSON Resume sections ----------------------------------------------------------------

struct Skill {
  std::string name;
  std::string level;
  std::vector<std::string> keywords;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Skill&, const Skill&) = default;
};
template <class V> void describe(V& v, Skill& x) {
  v.field({.name = "name", .doc = "\"Systems programming\".", .required = true}, x.name);
  v.field({.name = "level", .doc = "\"Expert\"."}, x.level);
  v.field({.name = "keywords", .doc = "\"C++\", \"CUDA\"."}, x.keywords);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Language {
  std::string language;
  std::string fluency;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Language&, const Language&) = default;
};
template <class V> void describe(V& v, Language& x) {
  v.field({.name = "language", .doc = "\"English\".", .required = true}, x.language);
  v.field({.name = "fluency", .doc = "\"Native speaker\"."}, x.fluency);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Interest {
  std::string name;
  std::vector<std::string> keywords;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Interest&, const Interest&) = default;
};
template <class V> void describe(V& v, Interest& x) {
  v.field({.name = "name", .doc = "Interest.", .required = true}, x.name);
  v.field({.name = "keywords", .doc = "Keywords."}, x.keywords);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Reference {
  std::string name;
  std::string reference;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Reference&, const Reference&) = default;
};
template <class V> void describe(V& v, Reference& x) {
  v.field({.name = "name", .doc = "Referee.", .required = true}, x.name);
  v.field({.name = "reference", .doc = "What they say, or how to reach them."}, x.reference);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Project {
  std::string id;
  std::string name;
  std::string description;
  std::vector<std::string> highlights;
  std::vector<std::string> keywords;
  Date start;
  Date end;
  std::string url;
  std::vector<std::string> roles;
  std::string entity;
  std::string type;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Project&, const Project&) = default;
};
template <class V> void describe(V& v, Project& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "name", .doc = "Project name.", .required = true}, x.name);
  v.field({.name = "description", .doc = "What it is."}, x.description);
  v.field({.name = "highlights", .doc = "Achievements."}, x.highlights);
  v.field({.name = "keywords", .doc = "Keywords."}, x.keywords);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "End date or \"present\".", .kind = TextKind::end_date}, x.end);
  v.field({.name = "url", .doc = "Link.", .kind = TextKind::url}, x.url);
  v.field({.name = "roles", .doc = "Roles held."}, x.roles);
  v.field({.name = "entity", .doc = "Organisation behind the project."}, x.entity);
  v.field({.name = "type", .doc = "\"application\", \"volunteering\", ..."}, x.type);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Volunteer {
  std::string id;
  Organization organization;
  std::string position;
  std::string url;
  Date start;
  Date end;
  std::string summary;
  std::vector<std::string> highlights;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Volunteer&, const Volunteer&) = default;
};
template <class V> void describe(V& v, Volunteer& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "organization", .doc = "Organisation.", .required = true}, x.organization);
  v.field({.name = "position", .doc = "Role."}, x.position);
  v.field({.name = "url", .doc = "Link.", .kind = TextKind::url}, x.url);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "End date or \"present\".", .kind = TextKind::end_date}, x.end);
  v.field({.name = "summary", .doc = "Free text."}, x.summary);
  v.field({.name = "highlights", .doc = "Achievements."}, x.highlights);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

struct Certificate {
  std::string id;
  std::string name;
  Date date;
  std::string issuer;
  std::string url;
  std::vector<std::string> tags;
  Extra extra;
  friend bool operator==(const Certificate&, const Certificate&) = default;
};
template <class V> void describe(V& v, Certificate& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "name", .doc = "Certificate.", .required = true}, x.name);
  v.field({.name = "date", .doc = "When it was issued.", .kind = TextKind::date}, x.date);
  v.field({.name = "issuer", .doc = "Who issued it."}, x.issuer);
  v.field({.name = "url", .doc = "Link.", .kind = TextKind::url}, x.url);
  v.field(kTagsField, x.tags);
  v.field(kExtraField, x.extra);
}

// ---- user-named sections ---------------------------------------------------------------------

struct CustomEntry {
  std::string id;
  std::string title;
  std::string subtitle;
  Date date;
  Date start;
  Date end;
  std::string date_label;
  std::string location;
  std::string url;
  std::string summary;
  std::vector<std::string> highlights;
  std::vector<std::string> tags;
  friend bool operator==(const CustomEntry&, const CustomEntry&) = default;
};
template <class V> void describe(V& v, CustomEntry& x) {
  v.field({.name = "id", .doc = kEntryIdDoc, .literal = true}, x.id);
  v.field({.name = "title", .doc = "Main line of the entry.", .required = true}, x.title);
  v.field({.name = "subtitle", .doc = "Second line."}, x.subtitle);
  v.field({.name = "date", .doc = "A single date.", .kind = TextKind::date}, x.date);
  v.field({.name = "start", .doc = "Start date.", .kind = TextKind::date}, x.start);
  v.field({.name = "end", .doc = "End date or \"present\".", .kind = TextKind::end_date}, x.end);
  v.field({.name = "date_label", .doc = "How to show the date."}, x.date_label);
  v.field({.name = "location", .doc = "Where, as written."}, x.location);
  v.field({.name = "url", .doc = "Link.", .kind = TextKind::url}, x.url);
  v.field({.name = "summary", .doc = "Free text."}, x.summary);
  v.field({.name = "highlights", .doc = "Bullet points."}, x.highlights);
  v.field(kTagsField, x.tags);
}

struct CustomSection {
  std::string title;
  std::string intro;
  std::vector<CustomEntry> entries;
  friend bool operator==(const CustomSection&, const CustomSection&) = default;
};
template <class V> void describe(V& v, CustomSection& x) {
  v.field({.name = "title", .doc = "Section heading: \"Patents\".", .required = true}, x.title);
  v.field({.name = "intro", .doc = "A paragraph under the heading."}, x.intro);
  v.field({.name = "entries", .doc = "The entries."}, x.entries);
}

// A paragraph shown under a standard section's heading ("Most of the selected publications
// are from ...").
struct SectionIntros {
  std::string education, work, awards, talks, publications, software, media, service;
  friend bool operator==(const SectionIntros&, const SectionIntros&) = default;
};
template <class V> void describe(V& v, SectionIntros& x) {
  v.field({.name = "education", .doc = "Under Education."}, x.education);
  v.field({.name = "work", .doc = "Under Work experience."}, x.work);
  v.field({.name = "awards", .doc = "Under Awards."}, x.awards);
  v.field({.name = "talks", .doc = "Under Invited talks."}, x.talks);
  v.field({.name = "publications", .doc = "Under Publications."}, x.publications);
  v.field({.name = "software", .doc = "Under Software."}, x.software);
  v.field({.name = "media", .doc = "Under Media features."}, x.media);
  v.field({.name = "service", .doc = "Under Service."}, x.service);
}

// ---- variants --------------------------------------------------------------------------------

// A variant is one view of the CV for one audience: some sections, the entries with some tags,
// the selected publications, its own headline. It changes what is shown, never the facts; the
// host applies it before any format sees the model (docs/source-format.md, "Variants").

inline constexpr std::string_view kUntaggedChoices[] = {"keep", "drop"};

struct VariantPublications {
  bool selected_only = false;
  std::string max;
  friend bool operator==(const VariantPublications&, const VariantPublications&) = default;
};
template <class V> void describe(V& v, VariantPublications& x) {
  v.field({.name = "selected_only", .doc = "Only the publications marked `selected: true`."},
          x.selected_only);
  v.field({.name = "max",
           .doc = "At most this many publications, the first ones in source order (after the "
                  "other choices).",
           .kind = TextKind::count},
          x.max);
}

struct Variant {
  // In a source file `variants` is a mapping from the name to the rest: {industry: {...}}.
  static constexpr std::string_view key_field = "name";
  std::string name;
  std::vector<std::string> sections;
  std::vector<std::string> include_tags;
  std::vector<std::string> exclude_tags;
  std::string untagged;
  VariantPublications publications;
  std::string headline;
  friend bool operator==(const Variant&, const Variant&) = default;
};
template <class V> void describe(V& v, Variant& x) {
  v.field({.name = "name",
           .doc = "The name `--variant` takes; in a source file, the key the variant is written "
                  "under.",
           .literal = true},
          x.name);
  v.field({.name = "sections",
           .doc = "The sections to show, in this order: the ids of `--option sections=` "
                  "(education, work, publications, a custom section's id, custom). Empty: every "
                  "section.",
           .literal = true},
          x.sections);
  v.field({.name = "include_tags",
           .doc = "Show only entries with at least one of these tags (and, unless `untagged: "
                  "drop`, the entries without tags). Empty: every entry.",
           .literal = true},
          x.include_tags);
  v.field({.name = "exclude_tags", .doc = "Leave out entries with any of these tags.", .literal = true},
          x.exclude_tags);
  v.field({.name = "untagged",
           .doc = "What include_tags does with entries that have no tags: keep them (the "
                  "default) or drop them.",
           .kind = TextKind::choice, .choices = kUntaggedChoices},
          x.untagged);
  v.field({.name = "publications", .doc = "Which publications to show."}, x.publications);
  v.field({.name = "headline", .doc = "Replaces person.headline, the line under the name."},
          x.headline);
}

// ---- the CV ----------------------------------------------------------------------------------

struct Cv {
  std::string model_version{kModelVersion};
  std::string language; // BCP 47; empty: English
  Person person;
  SectionIntros intros;
  std::vector<Education> education;
  std::vector<Work> work;
  std::vector<Award> awards;
  std::vector<Funding> funding;
  std::vector<Talk> talks;
  std::vector<Publication> publications;
  std::vector<Software> software;
  std::vector<MediaFeature> media;
  std::vector<Service> service;
  std::vector<Skill> skills;
  std::vector<Language> languages;
  std::vector<Interest> interests;
  std::vector<Reference> references;
  std::vector<Project> projects;
  std::vector<Volunteer> volunteer;
  std::vector<Certificate> certificates;
  std::vector<CustomSection> sections;
  std::vector<Variant> variants;
  Extra extra;
  friend bool operator==(const Cv&, const Cv&) = default;
};
template <class V> void describe(V& v, Cv& x) {
  v.field({.name = "model_version", .doc = "Version of the cvport model this file follows (\"1.0\"). "
                                           "Optional in source files.",
           .literal = true},
          x.model_version);
  v.field({.name = "language",
           .doc = "The language the CV is written out in (BCP 47: \"de\", \"pt-BR\", \"zh-Hans\"): "
                  "section titles, labels and dates. Default: English. `cvport export --lang` overrides it.",
           .kind = TextKind::language},
          x.language);
  v.field({.name = "person", .doc = "Who the CV is about.", .required = true}, x.person);
  v.field({.name = "intros", .doc = "Paragraphs shown under standard section headings."},
          x.intros);
  v.field({.name = "education", .doc = "Degrees, newest first."}, x.education);
  v.field({.name = "work", .doc = "Employment and internships, newest first."}, x.work);
  v.field({.name = "awards", .doc = "Awards, honours, scholarships."}, x.awards);
  v.field({.name = "funding", .doc = "Grants, contracts and fellowships, newest first."},
          x.funding);
  v.field({.name = "talks", .doc = "Invited talks."}, x.talks);
  v.field({.name = "publications", .doc = "Papers, articles, books."}, x.publications);
  v.field({.name = "software", .doc = "Released software, data sets with DOIs."}, x.software);
  v.field({.name = "media", .doc = "Press and media features."}, x.media);
  v.field({.name = "service", .doc = "Reviewing, committees, editing."}, x.service);
  v.field({.name = "skills", .doc = "Skills (JSON Resume)."}, x.skills);
  v.field({.name = "languages", .doc = "Spoken languages (JSON Resume)."}, x.languages);
  v.field({.name = "interests", .doc = "Interests (JSON Resume)."}, x.interests);
  v.field({.name = "references", .doc = "References (JSON Resume)."}, x.references);
  v.field({.name = "projects", .doc = "Projects (JSON Resume)."}, x.projects);
  v.field({.name = "volunteer", .doc = "Volunteering (JSON Resume)."}, x.volunteer);
  v.field({.name = "certificates", .doc = "Certificates (JSON Resume)."}, x.certificates);
  v.field({.name = "sections", .doc = "Sections with a title of your own: outreach, exhibitions, ..."},
          x.sections);
  v.field({.name = "variants",
           .doc = "Views of the CV for one audience each, by name: {industry: {sections: [work, "
                  "publications], include_tags: [industry]}}. `cvport export --variant NAME` "
                  "applies one."},
          x.variants);
  v.field(kExtraField, x.extra);
}

} // namespace cvport

#endif // CVPORT_MODEL_HPP
