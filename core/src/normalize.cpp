#include "cvport/normalize.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "cvport/author_names.hpp"
#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/suggest.hpp"

namespace cvport {

namespace {

// ASCII letters and digits of `text`, lower case.
std::string ascii_key(std::string_view text) {
  std::string key;
  for (unsigned char c : text)
    if (std::isalnum(c) && c < 0x80) key += char(std::tolower(c));
  return key;
}

std::string first_significant_word(std::string_view title) {
  static const std::set<std::string> skip = {"a", "an", "the", "on", "of", "for", "and", "to", "in", "toward", "towards"};
  size_t i = 0;
  while (i < title.size()) {
    size_t end = title.find_first_of(" :,-", i);
    if (end == std::string_view::npos) end = title.size();
    std::string word = ascii_key(title.substr(i, end - i));
    if (!word.empty() && !skip.count(word)) return word;
    i = end + 1;
  }
  return "untitled";
}

// "li2023clover": family name of the first author, year, first significant title word.
std::string derive_publication_id(const Publication& publication) {
  std::string family = "anon";
  if (!publication.authors.empty()) {
    std::string_view name = publication.authors.front().name;
    size_t space = name.find_last_of(' ');
    std::string key = ascii_key(space == std::string_view::npos ? name : name.substr(space + 1));
    if (!key.empty()) family = key;
  }
  std::string year = publication.date.year ? std::to_string(publication.date.year) : "";
  return family + year + first_significant_word(publication.title);
}

void add(DiagnosticList& diagnostics, Severity severity, std::string code, std::string path,
         std::string message, std::string hint = {}) {
  diagnostics.add({severity, std::move(code), "", 0, 0, std::move(path), std::move(message), std::move(hint)});
}

template <class Entry>
void check_date_order(const std::vector<Entry>& entries, std::string_view section, DiagnosticList& diagnostics) {
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& entry = entries[i];
    if (!entry.start.empty() && !entry.end.empty() && compare_dates(entry.end, entry.start) < 0)
      add(diagnostics, Severity::warning, "source.end-before-start",
          std::string(section) + "[" + std::to_string(i) + "].end",
          "ends (" + format_date(entry.end) + ") before it starts (" + format_date(entry.start) + ")",
          "check the two dates");
    if (entry.start.present)
      add(diagnostics, Severity::error, "source.bad-date", std::string(section) + "[" + std::to_string(i) + "].start",
          "a start date cannot be \"present\"");
  }
}

// An amount means nothing without its currency (ORCID refuses it too); a currency alone is
// harmless and kept.
// A currency that was not read (a misspelled key or a bad code, reported already) is not missing.
void check_amounts(const std::vector<Funding>& funding, DiagnosticList& diagnostics, const BrokenPaths& broken) {
  for (size_t i = 0; i < funding.size(); ++i)
    if (!funding[i].amount.empty() && funding[i].currency.empty() &&
        !broken.covers("funding[" + std::to_string(i) + "].currency"))
      add(diagnostics, Severity::error, "source.amount-without-currency",
          "funding[" + std::to_string(i) + "].amount", "an amount needs its currency",
          "add currency: with the ISO 4217 code (\"USD\", \"EUR\")");
}

// Every `id` the source gives, with the path of its entry, in CV order: publications first,
// since derived publication ids must avoid all of them.
std::vector<std::pair<std::string_view, std::string>> given_ids(const Cv& cv) {
  std::vector<std::pair<std::string_view, std::string>> ids;
  auto collect = [&](const auto& entries, std::string_view section) {
    for (size_t i = 0; i < entries.size(); ++i)
      if (!entries[i].id.empty())
        ids.emplace_back(entries[i].id, std::string(section) + "[" + std::to_string(i) + "]");
  };
  collect(cv.publications, "publications");
  collect(cv.education, "education");
  collect(cv.work, "work");
  collect(cv.awards, "awards");
  collect(cv.funding, "funding");
  collect(cv.talks, "talks");
  collect(cv.software, "software");
  collect(cv.media, "media");
  collect(cv.service, "service");
  collect(cv.projects, "projects");
  collect(cv.volunteer, "volunteer");
  collect(cv.certificates, "certificates");
  for (size_t s = 0; s < cv.sections.size(); ++s)
    collect(cv.sections[s].entries, "sections[" + std::to_string(s) + "].entries");
  return ids;
}

// An id names one entry in the whole CV, so that a key made from it (ORCID's source-work-id,
// awards' `for`) can never mean two entries.
void check_unique_ids(const Cv& cv, DiagnosticList& diagnostics) {
  std::map<std::string_view, std::string> first_path;
  for (const auto& [id, path] : given_ids(cv)) {
    auto [first, inserted] = first_path.emplace(id, path);
    if (!inserted)
      add(diagnostics, Severity::error, "source.duplicate-id", path + ".id",
          "the id \"" + std::string(id) + "\" is already used by " + first->second,
          "ids must be unique in the CV");
  }
}

// Whether the id of publication `index` is what the source means: not when the id was not read,
// nor, for an id derived from title, authors and date, when one of those was not read.
bool publication_id_known(size_t index, const BrokenPaths& broken) {
  std::string path = "publications[" + std::to_string(index) + "]";
  for (std::string_view field : {".id", ".title", ".authors", ".date"})
    if (broken.touches(path + std::string(field))) return false;
  return true;
}

// An award's `for` names a publication id. When some publication's id is unsure (or the whole
// section was not read), the publication named may be that one: an unknown id is then a
// follow-on of the error already reported, and is not reported.
void check_publication_references(const Cv& cv, DiagnosticList& diagnostics, const BrokenPaths& broken) {
  bool every_id_known = !broken.covers("publications");
  std::vector<std::string_view> ids;
  for (size_t i = 0; i < cv.publications.size(); ++i) {
    if (!cv.publications[i].id.empty()) ids.push_back(cv.publications[i].id);
    every_id_known = every_id_known && publication_id_known(i, broken);
  }
  for (size_t i = 0; i < cv.awards.size(); ++i) {
    const std::string& target = cv.awards[i].for_publication;
    if (target.empty() || std::find(ids.begin(), ids.end(), target) != ids.end() || !every_id_known) continue;
    std::string suggestion = closest_match(target, ids);
    add(diagnostics, Severity::error, "source.unknown-publication", "awards[" + std::to_string(i) + "].for",
        "no publication has the id \"" + target + "\"",
        suggestion.empty() ? "set \"id:\" on the publication and use it here" : "did you mean \"" + suggestion + "\"?");
  }
}

// A publication none of whose authors is the owner. Left out when the owner's names or the
// publication's authors were not all read, or when the list ends in et al.: the match may be
// among what is missing (a collaboration's paper lists its first authors, not the owner).
void check_owner_is_author(const Cv& cv, DiagnosticList& diagnostics, const BrokenPaths& broken) {
  if (cv.person.name.empty() || broken.touches("person.name") || broken.touches("person.name_variants")) return;
  for (size_t i = 0; i < cv.publications.size(); ++i) {
    const Publication& publication = cv.publications[i];
    std::string path = "publications[" + std::to_string(i) + "].authors";
    bool has_owner = std::any_of(publication.authors.begin(), publication.authors.end(),
                                 [](const Author& a) { return a.self; });
    if (!publication.authors.empty() && !has_owner && !publication.et_al && !broken.touches(path))
      add(diagnostics, Severity::warning, "source.owner-not-author", path,
          "none of the authors matches \"" + cv.person.name + "\"",
          "add the spelling used here to person.name_variants, or set self: true on your entry");
  }
}

} // namespace

OwnerNames::OwnerNames(const Person& person) {
  if (!person.name.empty()) keys_.insert(owner_name_key(person.name));
  for (const auto& variant : person.name_variants) keys_.insert(owner_name_key(variant));
}

bool OwnerNames::match(std::string_view author_name) const { return keys_.count(owner_name_key(author_name)) > 0; }

void normalize_cv(Cv& cv) {
  // A file of an earlier minor version (1.0) is read as this version's model (1.1), which only
  // adds fields: what is exported or handed to plugins says so. Another major stays, and is refused.
  if (cv.model_version.empty() || cv.model_version.substr(0, cv.model_version.find('.')) ==
                                      kModelVersion.substr(0, kModelVersion.find('.')))
    cv.model_version = std::string(kModelVersion);
  OwnerNames owner(cv.person);

  std::set<std::string> used_ids;
  for (const auto& [id, path] : given_ids(cv)) used_ids.insert(std::string(id));
  for (auto& publication : cv.publications) {
    for (auto& author : publication.authors)
      if (owner.match(author.name)) author.self = true;
    if (!publication.id.empty()) continue;
    std::string base = derive_publication_id(publication);
    std::string id = base;
    for (char suffix = 'b'; used_ids.count(id) && suffix <= 'z'; ++suffix) id = base + suffix;
    for (int n = 2; used_ids.count(id); ++n) id = base + "-" + std::to_string(n);
    used_ids.insert(id);
    publication.id = id;
  }
}

void check_cv(const Cv& cv, DiagnosticList& diagnostics, const BrokenPaths& broken) {
  if (!cv.model_version.empty() && cv.model_version != kModelVersion &&
      cv.model_version.substr(0, 2) != std::string(kModelVersion.substr(0, 2)))
    add(diagnostics, Severity::error, "source.model-version", "model_version",
        "this cvport reads model version " + std::string(kModelVersion) + ", the file says " + cv.model_version);

  // Dates and ids that were read are facts whatever else is broken: an unread one is empty and
  // takes no part.
  check_date_order(cv.education, "education", diagnostics);
  check_date_order(cv.work, "work", diagnostics);
  check_date_order(cv.service, "service", diagnostics);
  check_date_order(cv.projects, "projects", diagnostics);
  check_date_order(cv.volunteer, "volunteer", diagnostics);
  check_date_order(cv.funding, "funding", diagnostics);
  check_amounts(cv.funding, diagnostics, broken);
  check_unique_ids(cv, diagnostics);

  check_owner_is_author(cv, diagnostics, broken);
  check_publication_references(cv, diagnostics, broken);
}

} // namespace cvport
