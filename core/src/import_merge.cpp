#include "cvport/import_merge.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include "cvport/author_names.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/model_json.hpp"
#include "cvport/model_json_reader.hpp"
#include "cvport/name_agreement.hpp"
#include "cvport/owner_spellings.hpp"
#include "cvport/text.hpp"

namespace cvport {

namespace {

std::string index_path(std::string_view section, size_t index) {
  return std::string(section) + "[" + std::to_string(index) + "]";
}

// Letters and digits, ASCII ones lower-cased; any other byte of UTF-8 text kept (accented titles
// compare as written), punctuation and spaces dropped.
std::string folded(std::string_view text) {
  std::string out;
  for (unsigned char c : text)
    if (std::isalnum(c) || c >= 0x80) out += char(std::tolower(c));
  return out;
}

std::string arxiv_without_version(std::string id) {
  size_t v = id.rfind('v');
  if (v != std::string::npos && v + 1 < id.size() &&
      std::all_of(id.begin() + long(v) + 1, id.end(), [](unsigned char c) { return std::isdigit(c); }))
    id.resize(v);
  return lower_ascii(id);
}


// ISBN-10 and ISBN-13 of one book compare equal: both become the ISBN-13 digits.
std::string normalised_isbn(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == 'X' || c == 'x') digits += char(std::toupper(c));
  if (digits.size() == 10) {
    std::string isbn13 = "978" + digits.substr(0, 9);
    int sum = 0;
    for (size_t i = 0; i < 12; ++i) sum += (isbn13[i] - '0') * (i % 2 ? 3 : 1);
    return isbn13 + char('0' + (10 - sum % 10) % 10);
  }
  return digits.size() == 13 ? digits : std::string();
}

// The members importers keep identifiers under, in any format's extra.
void extra_identifiers(const Json& value, std::vector<std::string>& out) {
  if (!value.is_object()) return;
  for (const auto& [name, member] : value.items()) {
    std::string key = lower_ascii(name);
    if (member.is_string()) {
      const std::string& text = member.get_ref<const std::string&>();
      if (key == "isbn")
        if (std::string isbn = normalised_isbn(text); !isbn.empty()) out.push_back("isbn " + isbn);
      if (key == "eprint" || key == "arxiv") out.push_back("arxiv " + arxiv_without_version(text));
    } else {
      extra_identifiers(member, out);
    }
  }
}

// Gaps in `kept` filled from `other`: members it lacks or has empty; objects member by member.
void fill_gaps(Json& kept, const Json& other) {
  if (!kept.is_object() || !other.is_object()) return;
  for (const auto& [name, value] : other.items()) {
    auto found = kept.find(name);
    bool empty = found == kept.end() || found->is_null() || (found->is_string() && found->get_ref<const std::string&>().empty()) ||
                 ((found->is_array() || found->is_object()) && found->empty());
    if (empty)
      kept[name] = value;
    else if (found->is_object())
      fill_gaps(*found, value);
  }
}

// A field an importer only stood in for ("authors": the owner; "type": "other") is replaced by
// the other version's real one.
void replace_stand_ins(Json& kept, const Json& other) {
  auto inferred = kept.find("inferred");
  if (inferred == kept.end() || !inferred->is_array()) return;
  auto other_inferred = other.find("inferred");
  Json still = Json::array();
  for (const Json& field : *inferred) {
    bool other_stands_in = other_inferred != other.end() && other_inferred->is_array() &&
                           std::find(other_inferred->begin(), other_inferred->end(), field) != other_inferred->end();
    if (field.is_string() && other.contains(field.get<std::string>()) && !other_stands_in)
      kept[field.get<std::string>()] = other[field.get<std::string>()];
    else
      still.push_back(field);
  }
  if (still.empty())
    kept.erase("inferred");
  else
    *inferred = still;
}

size_t completeness(const Json& value) {
  if (value.is_object() || value.is_array()) {
    size_t count = 0;
    for (const Json& member : value) count += completeness(member);
    return count;
  }
  return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty()) ? 0 : 1;
}

// One entry read back from its canonical JSON, through a CV holding only it.
template <class T> T entry_from_json(const Json& entry, std::vector<T> Cv::*section, std::string_view name) {
  Json cv = {{"person", {{"name", "-"}}}, {std::string(name), Json::array({entry})}};
  Cv read = cv_from_json_text(cv.dump(-1, ' ', false, Json::error_handler_t::replace));
  return (read.*section).at(0);
}

std::string entry_title(const Json& entry) {
  for (const char* field : {"title", "name", "position", "degree"})
    if (entry.contains(field) && entry[field].is_string()) return entry[field].get<std::string>();
  if (entry.contains("organization") && entry["organization"].contains("name"))
    return entry["organization"]["name"].get<std::string>();
  if (entry.contains("institution") && entry["institution"].contains("name"))
    return entry["institution"]["name"].get<std::string>();
  return {};
}

std::string date_key(const Date& date) {
  if (date.year == 0) return "";
  return std::to_string(date.year) + (date.month ? "-" + std::to_string(date.month) : "");
}

} // namespace

std::string_view merge_event_kind_name(MergeEvent::Kind kind) {
  switch (kind) {
  case MergeEvent::Kind::matched: return "matched";
  case MergeEvent::Kind::added: return "new";
  case MergeEvent::Kind::conflict: return "conflict";
  }
  return "";
}

std::vector<std::string> publication_identifiers(const Publication& publication) {
  std::vector<std::string> ids;
  std::string doi = lower_ascii(trim_space(publication.doi));
  if (!doi.empty()) {
    ids.push_back("doi " + doi);
    if (doi.rfind("10.48550/arxiv.", 0) == 0) ids.push_back("arxiv " + arxiv_without_version(doi.substr(15)));
  }
  if (std::string arxiv = arxiv_id(publication.arxiv); !arxiv.empty())
    ids.push_back("arxiv " + arxiv_without_version(arxiv));
  if (std::string arxiv = arxiv_id_in_text(publication.url); !arxiv.empty())
    ids.push_back("arxiv " + arxiv_without_version(arxiv));
  if (std::string id = pmid(publication.pmid); !id.empty()) ids.push_back("pmid " + id);
  if (std::string isbn = normalised_isbn(publication.isbn); !isbn.empty()) ids.push_back("isbn " + isbn);
  if (!publication.extra.empty()) extra_identifiers(Json::parse(publication.extra.json, nullptr, false), ids);
  // An ISBN names a book; the chapters and papers in one share it, so it identifies a book only.
  if (publication.type != "book")
    std::erase_if(ids, [](const std::string& id) { return id.rfind("isbn ", 0) == 0; });
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::string publication_title_key(const Publication& publication) {
  std::string title = folded(publication.title);
  if (title.empty()) return {};
  return "title and year " + title + "/" + (publication.date.year ? std::to_string(publication.date.year) : "");
}

CvMerger::CvMerger(Cv base, std::string base_name, bool base_is_users) : cv_(std::move(base)) {
  auto origins = [&](std::vector<Origin>& out, size_t count, std::string_view section) {
    for (size_t i = 0; i < count; ++i) out.push_back({base_name, index_path(section, i), base_is_users});
  };
  origins(publication_origins_, cv_.publications.size(), "publications");
  origins(work_origins_, cv_.work.size(), "work");
  origins(education_origins_, cv_.education.size(), "education");
  origins(volunteer_origins_, cv_.volunteer.size(), "volunteer");
  origins(software_origins_, cv_.software.size(), "software");
  if (!base_is_users) note_guessed_owner(cv_.person, base_name);
  if (!base_is_users) {
    for (size_t i = 0; i < cv_.publications.size(); ++i) {
      Json entry = to_json(cv_.publications[i]);
      events_.push_back({MergeEvent::Kind::added, base_name, index_path("publications", i), entry_title(entry),
                         index_path("publications", i), "", "", ""});
    }
  }
}

void CvMerger::KeyIndex::set(size_t entry, std::vector<std::string> entry_keys) {
  if (entry >= keys.size()) keys.resize(entry + 1);
  for (const std::string& key : keys[entry]) {
    auto found = entries_by_key.find(key);
    found->second.erase(entry);
    if (found->second.empty()) entries_by_key.erase(found);
  }
  for (const std::string& key : entry_keys) entries_by_key[key].insert(entry);
  keys[entry] = std::move(entry_keys);
}

size_t CvMerger::KeyIndex::first_with(const std::string& key) const {
  auto found = entries_by_key.find(key);
  return found == entries_by_key.end() ? SIZE_MAX : *found->second.begin();
}

template <class T, class KeyFn, class FillFn>
void CvMerger::merge_section(std::vector<T>& mine, std::vector<Origin>& origins, KeyIndex& index,
                             const std::vector<T>& theirs, std::string_view section, const std::string& source,
                             KeyFn keys, FillFn conflicts) {
  for (size_t j = index.keys.size(); j < mine.size(); ++j) index.set(j, keys(mine[j])); // the base CV's entries
  std::vector<T> Cv::*member = nullptr;
  if constexpr (std::is_same_v<T, Publication>) member = &Cv::publications;
  if constexpr (std::is_same_v<T, Work>) member = &Cv::work;
  if constexpr (std::is_same_v<T, Education>) member = &Cv::education;
  if constexpr (std::is_same_v<T, Volunteer>) member = &Cv::volunteer;
  if constexpr (std::is_same_v<T, Software>) member = &Cv::software;
  for (size_t i = 0; i < theirs.size(); ++i) {
    const T& incoming = theirs[i];
    std::vector<std::string> incoming_keys = keys(incoming);
    size_t match = mine.size();
    std::string matched_key;
    for (const std::string& key : incoming_keys) { // identifiers first, then the fallback key
      if (size_t first = index.first_with(key); first != SIZE_MAX) {
        match = first;
        matched_key = key;
        break;
      }
    }
    Json incoming_json = to_json(incoming);
    MergeEvent event{MergeEvent::Kind::added, source, index_path(section, i), entry_title(incoming_json), "", "", "", ""};
    if (match == mine.size()) {
      event.merged_path = index_path(section, mine.size());
      mine.push_back(incoming);
      index.set(mine.size() - 1, std::move(incoming_keys));
      origins.push_back({source, event.source_path, false});
      events_.push_back(std::move(event));
      continue;
    }
    Json existing_json = to_json(mine[match]);
    event.kind = MergeEvent::Kind::matched;
    event.merged_path = index_path(section, match);
    event.matched = origins[match].source + " " + origins[match].path;
    for (std::string_view label : {"title and year", "organisation and start"}) // not the folded text
      if (matched_key.rfind(label, 0) == 0) matched_key = std::string(label);
    event.key = matched_key;
    event.detail = conflicts(mine[match], incoming, origins[match].source, source);
    if (!event.detail.empty()) event.kind = MergeEvent::Kind::conflict;
    // The more complete version is kept and filled from the other; the user's CV always keeps
    // its own values.
    bool incoming_wins = !origins[match].users && completeness(incoming_json) > completeness(existing_json);
    Json kept = incoming_wins ? incoming_json : existing_json;
    const Json& other = incoming_wins ? existing_json : incoming_json;
    if (incoming_wins && existing_json.contains("id")) kept["id"] = existing_json["id"]; // ids stay stable
    replace_stand_ins(kept, other);
    fill_gaps(kept, other);
    mine[match] = entry_from_json<T>(kept, member, section);
    index.set(match, keys(mine[match]));
    events_.push_back(std::move(event));
  }
}

namespace {

bool name_is_inferred(const Person& person) {
  return std::find(person.inferred.begin(), person.inferred.end(), "name") != person.inferred.end();
}

} // namespace

bool CvMerger::person_gives_way(const Person& base, const Person& incoming) {
  return name_is_inferred(incoming) && !name_is_inferred(base);
}

bool CvMerger::adds_nothing(const Cv& imported) {
  Cv person_alone;
  person_alone.model_version = imported.model_version;
  person_alone.language = imported.language;
  person_alone.person = imported.person;
  return name_is_inferred(imported.person) && imported == person_alone;
}

void CvMerger::merge_person(const Person& person) {
  bool mine_inferred = name_is_inferred(cv_.person);
  bool theirs_inferred = name_is_inferred(person);
  Json kept = to_json(cv_.person);
  Json other = to_json(person);
  if (mine_inferred && !theirs_inferred) std::swap(kept, other);
  if (!person_gives_way(cv_.person, person)) fill_gaps(kept, other);
  if (!mine_inferred || !theirs_inferred) kept.erase("inferred");
  if (mine_inferred && theirs_inferred) {
    kept["inferred"] = Json::array({"name"});
    if (kept.contains("name_variants")) kept["inferred"].push_back("name_variants");
  }
  Json cv = {{"person", kept}};
  cv_.person = cv_from_json_text(cv.dump(-1, ' ', false, Json::error_handler_t::replace)).person;
}

void CvMerger::note_guessed_owner(const Person& person, const std::string& source) {
  if (!name_is_inferred(person)) return;
  guessed_owners_.push_back({person.name, person.name_variants, source});
  guessed_sources_.push_back(source);
}

namespace {

std::set<std::string> owner_keys_of(const std::string& name, const std::vector<std::string>& variants) {
  std::set<std::string> keys{owner_name_key(name)};
  for (const std::string& variant : variants) keys.insert(owner_name_key(variant));
  return keys;
}

std::vector<std::string> spellings_of(const std::string& name, const std::vector<std::string>& variants) {
  std::vector<std::string> spellings{name};
  spellings.insert(spellings.end(), variants.begin(), variants.end());
  return spellings;
}

// Whether an importer's guess is the merged CV's owner: one of its spellings may name the same
// person as one of the owner's (name_agreement.hpp), as the BibTeX importer groups the spellings
// of one file's owner: the same spelling, or the guess abbreviates one ("B. Li" for "Baolin Li").
bool guess_names_the_owner(const std::vector<std::string>& guess, const std::vector<std::string>& owner) {
  for (const std::string& g : guess)
    for (const std::string& o : owner)
      if (owner_name_key(g) == owner_name_key(o) || may_name_the_same_person(g, o)) return true;
  return false;
}

} // namespace

std::vector<size_t> CvMerger::guessed_publications() const {
  std::set<std::string> guessed(guessed_sources_.begin(), guessed_sources_.end());
  std::vector<size_t> found;
  for (size_t i = 0; i < cv_.publications.size(); ++i) {
    const Publication& p = cv_.publications[i];
    bool stand_in = std::find(p.inferred.begin(), p.inferred.end(), "authors") != p.inferred.end();
    if (!stand_in && !publication_origins_[i].users && guessed.count(publication_origins_[i].source))
      found.push_back(i);
  }
  return found;
}

// Each input's importer guessed its owner from that input alone: with one publication per file
// (Hugo Academic's content/publication/*/cite.bib), that is each paper's first author, and the
// first file's guess would stand for all. When no input names the owner, the owner is chosen
// from those author lists as the BibTeX importer chooses one file's (choose_owner_spellings):
// the spelling named in the most lists, counting with it the spellings that may name the same
// person ("B. Li" in one cite.bib, "Baolin Li" in the next), never a body nor a person named
// only in lists cut short; so one .bib or the same entries in many files give one owner, whoever
// each paper's first author is. The first spelling the inputs use wins a tie.
void CvMerger::choose_owner_across_inputs() {
  if (guessed_owners_.size() < 2 || !name_is_inferred(cv_.person)) return;
  std::vector<size_t> publications = guessed_publications();
  // How many of those author lists name each spelling, as the BibTeX importer counts one file's.
  // A body ("LIGO Scientific Collaboration") is never the owner, nor a person named only in
  // lists cut short by "et al.", which name their first authors only.
  std::map<std::string, size_t> counts;
  std::vector<std::string> first_seen;
  std::set<std::string> allowed;
  for (size_t i : publications) {
    const Publication& p = cv_.publications[i];
    std::set<std::string> in_list;
    for (const Author& author : p.authors) {
      if (names_a_group(author.name) || !in_list.insert(author.name).second) continue;
      if (counts[author.name]++ == 0) first_seen.push_back(author.name);
      if (!p.et_al) allowed.insert(author.name);
    }
  }
  if (allowed.empty()) return; // nobody to choose: the first input's guess stays
  OwnerSpellings owner = choose_owner_spellings(counts, first_seen, allowed);
  if (owner.name.empty()) return;
  std::set<std::string> owner_keys = owner_keys_of(owner.name, owner.variants);
  size_t naming = 0;
  std::string source; // the first input naming the owner: the note is placed at its message
  for (size_t i : publications) {
    const std::vector<Author>& authors = cv_.publications[i].authors;
    if (std::none_of(authors.begin(), authors.end(),
                     [&](const Author& author) { return owner_keys.count(owner_name_key(author.name)) > 0; }))
      continue;
    if (naming++ == 0) source = publication_origins_[i].source;
  }
  cv_.person.name = owner.name;
  cv_.person.name_variants = owner.variants;
  cv_.person.inferred = {"name"};
  if (!owner.variants.empty()) cv_.person.inferred.push_back("name_variants");
  owner_choice_source_ = source;
  owner_choice_ = "no input names the CV owner, and each input's owner was guessed from that input alone: \"" +
                  owner.name + "\", named in the most author lists across the " +
                  std::to_string(guessed_owners_.size()) + " inputs (" + std::to_string(naming) + " of " +
                  std::to_string(publications.size()) +
                  "), is taken as person.name, marked inferred, and the authors of their publications are marked by it";
}

// An importer that guessed its input's owner marked that guess `self` in the input's author
// lists. When the merged CV's owner is another person (the --into CV's, an ORCID record's, or
// another input's guess: choose_owner_across_inputs), those marks are wrong: they are made again
// from the merged owner's name and spellings. When the guess is the merged owner (they share a
// spelling, or the guess abbreviates one: "B. Li" for "Baolin Li", guess_names_the_owner), the
// importer's marks stay, with the spellings only it knew ("A. Ginsburg").
void CvMerger::mark_authors_by_the_owner() {
  if (guessed_owners_.empty()) return;
  std::set<std::string> owner_keys = owner_keys_of(cv_.person.name, cv_.person.name_variants);
  std::vector<std::string> owner_spellings = spellings_of(cv_.person.name, cv_.person.name_variants);
  std::map<std::string, bool> guess_is_owner; // by input
  for (const GuessedOwner& guess : guessed_owners_)
    guess_is_owner[guess.source] = guess_names_the_owner(spellings_of(guess.name, guess.variants), owner_spellings);
  for (size_t i : guessed_publications()) {
    if (guess_is_owner[publication_origins_[i].source]) continue;
    for (Author& author : cv_.publications[i].authors) author.self = owner_keys.count(owner_name_key(author.name)) > 0;
  }
}

void CvMerger::merge(const Cv& addition, const std::string& source_name) {
  note_guessed_owner(addition.person, source_name);
  merge_person(addition.person);
  auto publication_keys = [](const Publication& p) {
    std::vector<std::string> keys = publication_identifiers(p);
    if (std::string title = publication_title_key(p); !title.empty()) keys.push_back(title);
    return keys;
  };
  auto publication_conflicts = [](const Publication& mine, const Publication& theirs, const std::string& mine_source,
                                  const std::string& theirs_source) {
    std::string detail;
    if (mine.date.year && theirs.date.year && mine.date.year != theirs.date.year)
      detail = "year " + std::to_string(mine.date.year) + " in " + mine_source + ", " + std::to_string(theirs.date.year) +
               " in " + theirs_source;
    if (!mine.doi.empty() && !theirs.doi.empty() && lower_ascii(mine.doi) != lower_ascii(theirs.doi))
      detail += (detail.empty() ? "" : "; ") + std::string("DOI ") + mine.doi + " in " + mine_source + ", " + theirs.doi +
                " in " + theirs_source;
    return detail;
  };
  auto no_conflicts = [](const auto&, const auto&, const std::string&, const std::string&) { return std::string(); };
  // Renames each incoming publication whose id is taken, so that the core derives a fresh one.
  std::vector<Publication> incoming = addition.publications;
  for (Publication& p : incoming)
    if (std::any_of(cv_.publications.begin(), cv_.publications.end(), [&](const Publication& q) { return q.id == p.id; }))
      p.id.clear();
  merge_section(cv_.publications, publication_origins_, publication_keys_, incoming, "publications", source_name, publication_keys,
                publication_conflicts);
  auto organisation_keys = [](const auto& entry, const Organization& organization) {
    std::string name = folded(organization.name);
    return name.empty() ? std::vector<std::string>{} : std::vector<std::string>{"organisation and start " + name + "/" + date_key(entry.start)};
  };
  merge_section(cv_.work, work_origins_, work_keys_, addition.work, "work", source_name,
                [&](const Work& w) { return organisation_keys(w, w.organization); }, no_conflicts);
  merge_section(cv_.education, education_origins_, education_keys_, addition.education, "education", source_name,
                [&](const Education& e) { return organisation_keys(e, e.institution); }, no_conflicts);
  merge_section(cv_.volunteer, volunteer_origins_, volunteer_keys_, addition.volunteer, "volunteer", source_name,
                [&](const Volunteer& v) { return organisation_keys(v, v.organization); }, no_conflicts);
  merge_section(cv_.software, software_origins_, software_keys_, addition.software, "software", source_name,
                [](const Software& s) {
                  std::vector<std::string> keys;
                  if (!s.doi.empty()) keys.push_back("doi " + lower_ascii(s.doi));
                  if (std::string name = folded(s.name); !name.empty()) keys.push_back("name " + name);
                  return keys;
                },
                no_conflicts);
  // The sections with no natural key: what is not there word for word is added.
  auto add_new = [](auto& mine, const auto& theirs) {
    for (const auto& entry : theirs)
      if (std::find(mine.begin(), mine.end(), entry) == mine.end()) mine.push_back(entry);
  };
  add_new(cv_.awards, addition.awards);
  add_new(cv_.funding, addition.funding);
  add_new(cv_.talks, addition.talks);
  add_new(cv_.media, addition.media);
  add_new(cv_.service, addition.service);
  add_new(cv_.skills, addition.skills);
  add_new(cv_.languages, addition.languages);
  add_new(cv_.interests, addition.interests);
  add_new(cv_.references, addition.references);
  add_new(cv_.projects, addition.projects);
  add_new(cv_.certificates, addition.certificates);
  add_new(cv_.sections, addition.sections);
  Json extra = cv_.extra.empty() ? Json::object() : Json::parse(cv_.extra.json, nullptr, false);
  if (!addition.extra.empty()) {
    fill_gaps(extra, Json::parse(addition.extra.json, nullptr, false));
    cv_.extra.json = extra.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

Cv CvMerger::take() {
  choose_owner_across_inputs();
  mark_authors_by_the_owner();
  // An importer's stand-in author was the owner it guessed; the merged CV's owner replaces it.
  for (Publication& p : cv_.publications)
    if (std::find(p.inferred.begin(), p.inferred.end(), "authors") != p.inferred.end() && p.authors.size() == 1)
      p.authors[0] = {.name = cv_.person.name, .self = true};
  return std::move(cv_);
}

} // namespace cvport
