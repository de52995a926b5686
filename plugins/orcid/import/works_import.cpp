// Works: a group of versions of one work (several sources) becomes one publication, talk or
// software entry, read from the most complete version, with the identifiers of every version.
#include <algorithm>
#include <map>
#include <optional>

#include "bibtex_fields.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/isbn_list.hpp"
#include "cvport/model_json.hpp"
#include "cvport/text.hpp"
#include "identifiers.hpp"
#include "import_state.hpp"
#include "xml_common.hpp"
#include "work_contributors.hpp"
#include "xml_values.hpp"

namespace cvport::orcid {

namespace {

// ORCID work type -> cvport publication type; the types not listed are "other", with the ORCID
// type kept in extra.orcid.type.
struct TypeMapping {
  std::string_view orcid;
  std::string_view cvport;
};
constexpr TypeMapping kPublicationTypes[] = {
    {"journal-article", "journal-article"},   {"magazine-article", "journal-article"},
    {"conference-paper", "conference-paper"}, {"conference-proceedings", "conference-paper"},
    {"conference-abstract", "conference-paper"}, {"conference-poster", "poster"},
    {"book", "book"},                         {"edited-book", "book"},
    {"book-chapter", "book-chapter"},         {"preprint", "preprint"},
    {"working-paper", "preprint"},            {"dissertation-thesis", "thesis"},
    {"dissertation", "thesis"},               {"supervised-student-publication", "thesis"},
    {"report", "report"},                     {"patent", "patent"},
};
// Works that are talks in a CV (the ORCID export writes talks as lecture-speech).
constexpr std::string_view kTalkTypes[] = {"lecture-speech", "conference-presentation", "public-speech"};

bool is_talk_type(std::string_view type) {
  return std::find(std::begin(kTalkTypes), std::end(kTalkTypes), type) != std::end(kTalkTypes);
}

std::string publication_type_of(std::string_view orcid_type) {
  for (const TypeMapping& mapping : kPublicationTypes)
    if (mapping.orcid == orcid_type) return std::string(mapping.cvport);
  return "other";
}

int element_children(const pugi::xml_node& node) {
  int count = 0;
  for (pugi::xml_node child : node.children()) count += child.type() == pugi::node_element;
  return count;
}

// The children of a work that its reading asks for, each the first of its name.
struct WorkParts {
  pugi::xml_node work, title, journal_title, short_description, citation, type, publication_date, url, contributors,
      external_ids, country;
};

WorkParts parts_of(const pugi::xml_node& work) {
  auto [title, journal_title, short_description, citation, type, publication_date, url, contributors, external_ids,
        country] = children_named(work, {"title", "journal-title", "short-description", "citation", "type",
                                         "publication-date", "url", "contributors", "external-ids", "country"});
  return {work, title, journal_title, short_description, citation, type, publication_date, url, contributors,
          external_ids, country};
}

// How much a version says: the one that says most is read.
int completeness(const WorkParts& parts) {
  int score = 0;
  for (const pugi::xml_node* field : {&parts.journal_title, &parts.publication_date, &parts.url, &parts.type,
                                      &parts.short_description, &parts.citation})
    if (*field) ++score;
  score += 2 * static_cast<int>(element_children(parts.contributors) > 0);
  score += element_children(parts.external_ids); // as many as external_ids() reads
  if (local_name(parts.work) == "work") score += 3; // a full work holds contributors and citation
  return score;
}

class WorkReader {
public:
  WorkReader(const WorkParts& parts, std::vector<ItemExternalId> ids, ImportState& state)
      : work_(parts.work), parts_(parts), ids_(std::move(ids)), state_(state) {}

  void read() {
    note_unknown_children(work_, {CVPORT_ORCID_ITEM_COMMON, "title", "journal-title", "short-description", "citation",
                                  "type", "publication-date", "contributors", "language-code", "country"},
                          state_.log);
    title_ = text_at(parts_.title, {"title"});
    std::string subtitle = text_at(parts_.title, {"subtitle"});
    if (!subtitle.empty()) title_ += ": " + subtitle;
    if (title_.empty()) {
      state_.log.warning("orcid.no-title", work_, "a work without a title is left out");
      return;
    }
    type_ = term_at(parts_.type);
    date_ = fuzzy_date(parts_.publication_date, state_.log);
    url_ = checked(TextKind::url, text_at(parts_.url), parts_.url, "the work's web address", state_.log);
    read_ids();
    if (is_talk_type(type_))
      read_talk();
    else if (type_ == "software")
      read_software();
    else
      read_publication();
  }

private:
  void read_ids() {
    for (const ItemExternalId& id : ids_) {
      if (id.type == "doi" && doi_.empty() && id.relationship != "version-of" && id.relationship != "part-of") {
        std::string doi = normalized_doi(id.value);
        if (doi.empty()) doi = normalized_doi(id.url);
        doi_ = checked(TextKind::doi, doi.empty() ? id.value : doi, id.node, "the DOI", state_.log);
      } else if (id.type == "source-work-id" && id.value.rfind("publication:", 0) == 0) {
        // cvport's own bundle keys a publication "publication:<id>": the id comes back.
        cvport_id_ = id.value.substr(12);
      } else if (id.type == "arxiv" && arxiv_.empty() && id.relationship != "part-of") {
        // "arXiv:2007.14175v2" in the records seen; a self or version-of id (the preprint of a
        // published paper) is the paper's arXiv id either way.
        arxiv_ = read_id(arxiv_id(id.value), id, "the arXiv id", arxiv_node_);
      } else if (id.type == "pmid" && pmid_.empty() && id.relationship != "part-of") {
        pmid_ = read_id(pmid(id.value), id, "the PubMed id", pmid_node_);
      } else if (id.type == "isbn" && isbn_.empty()) {
        // Self for a book, part-of for a chapter or paper in one: the model's isbn is either.
        read_isbns(id);
      } else if (id.type == "arxiv" || id.type == "pmid" || id.type == "pmc" || id.type == "isbn" ||
                 id.type == "issn" || id.type == "eid" || id.type == "wosuid" || id.type == "handle" ||
                 id.type == "pat") {
        other_ids_[id.type].push_back(id.value);
      }
    }
    // The ORCID export, and many sources, write the DOI's link as the url: no news.
    if (is_doi_link(url_, doi_)) url_.clear();
  }

  // The id's value as the model holds it; or, when it is none, "" and the value kept with the
  // other identifiers in extra.orcid, with a located warning. Real records hold such values: an
  // "isbn" that is a journal's two ISSNs ("16113349 03029743").
  std::string read_id(std::string normalized, const ItemExternalId& id, std::string_view what, pugi::xml_node& node) {
    if (!normalized.empty()) {
      node = id.node;
      return normalized;
    }
    other_ids_[id.type].push_back(id.value);
    state_.log.warning("orcid.bad-value", id.node,
                       std::string(what) + " " + in_quotes(id.value) + " is not one: kept in extra.orcid.external-ids." +
                           id.type);
    return "";
  }

  // An ISBN; or a list of them, as records hold one book's ISBN-13 and ISBN-10 in one value
  // ("9780306406157;0306406152;"): the first valid one is the isbn, the rest is kept with the
  // other identifiers, with a note.
  void read_isbns(const ItemExternalId& id) {
    if (!isbn_digits(id.value).empty()) {
      isbn_ = isbn_with_standard_separators(id.value);
      isbn_node_ = id.node;
      return;
    }
    std::vector<std::string> pieces = isbn_list_pieces(id.value);
    auto valid = std::find_if(pieces.begin(), pieces.end(),
                              [](const std::string& piece) { return !isbn_digits(piece).empty(); });
    if (valid == pieces.end()) {
      isbn_ = read_id("", id, "the ISBN", isbn_node_);
      return;
    }
    isbn_ = isbn_with_standard_separators(*valid);
    isbn_node_ = id.node;
    pieces.erase(valid);
    for (std::string& piece : pieces) other_ids_["isbn"].push_back(std::move(piece));
    // The same words for every such value, so that the host says it once for all of them.
    state_.log.note("orcid.isbn-list", id.node,
                    "the ISBN value lists several: the first valid ISBN is read as the isbn, the rest is kept in "
                    "extra.orcid.external-ids.isbn");
  }

  std::string next_path(std::string_view section, size_t size) {
    return std::string(section) + "[" + std::to_string(size) + "]";
  }

  void read_publication() {
    Publication publication;
    std::string path = next_path("publications", state_.cv.publications.size());
    publication.type = publication_type_of(type_);
    publication.title = title_;
    publication.date = date_;
    publication.url = url_;
    publication.doi = doi_;
    publication.arxiv = arxiv_;
    publication.pmid = pmid_;
    publication.isbn = isbn_;
    publication.venue.name = text_at(parts_.journal_title);
    publication.note = text_at(parts_.short_description);
    WorkContributors contributors = read_work_contributors(parts_.contributors, state_);
    for (const WorkContributor& contributor : contributors.authors)
      publication.authors.push_back({contributor.name, contributor.self});
    read_citation(publication);
    if (publication.authors.empty()) take_editors_as_authors(contributors, publication, state_.log);
    if (auto pat = other_ids_.find("pat"); pat != other_ids_.end() && publication.type == "patent")
      publication.number = pat->second.front();
    if (publication.authors.empty()) {
      // The CV needs an author list; the owner stands in, marked inferred, as for JSON Resume.
      publication.authors.push_back({state_.cv.person.name, true});
      publication.inferred.push_back("authors");
      state_.log.note("orcid.no-contributors", work_,
                      "the work lists no contributors (a summary never does): the CV owner stands in as the only "
                      "author, marked inferred; import the full works (GET /works/{put-codes}) for the author lists");
    }
    if (!cvport_id_.empty() && state_.publication_ids.insert(cvport_id_).second) publication.id = cvport_id_;
    Json kept = Json::object();
    if (publication.type == "other" && !type_.empty()) kept["type"] = type_;
    for (const auto& [type, values] : other_ids_) kept["external-ids"][type] = values;
    keep_other_contributors(contributors, kept, state_.log);
    if (!kept.empty()) set_extra_members(publication.extra, "orcid", std::move(kept));
    state_.log.origin(path, work_);
    state_.log.origin(path + ".title", child_named(parts_.title, "title"));
    state_.log.origin(path + ".date", parts_.publication_date);
    if (!arxiv_.empty()) state_.log.origin(path + ".arxiv", arxiv_node_);
    if (!pmid_.empty()) state_.log.origin(path + ".pmid", pmid_node_);
    if (!isbn_.empty()) state_.log.origin(path + ".isbn", isbn_node_);
    state_.cv.publications.push_back(std::move(publication));
  }

  void read_citation(Publication& publication) {
    const pugi::xml_node& citation = parts_.citation;
    if (term_at(citation, {"citation-type"}) != "bibtex") return;
    ImportedCitationFields fields = read_citation_fields(path_node(citation, {"citation-value"}).text().get());
    if (publication.authors.empty()) {
      for (const std::string& name : fields.authors)
        publication.authors.push_back({name, state_.is_owner("", name)});
      publication.et_al = fields.et_al && !publication.authors.empty();
    } else if (fields.et_al && fields.authors.size() == publication.authors.size()) {
      publication.et_al = true;
    }
    publication.volume = fields.volume;
    publication.issue = fields.number;
    if (publication.type == "patent" || publication.type == "report") publication.number = fields.number, publication.issue.clear();
    publication.pages = fields.pages;
  }

  void read_talk() {
    std::string path = next_path("talks", state_.cv.talks.size());
    Talk talk{.title = title_, .event = text_at(parts_.journal_title), .date = date_, .url = url_,
              .summary = text_at(parts_.short_description)};
    const pugi::xml_node& country = parts_.country;
    talk.location.country = checked(TextKind::country, upper_ascii(text_at(country)), country, "the country", state_.log);
    state_.log.origin(path, work_);
    state_.cv.talks.push_back(std::move(talk));
  }

  void read_software() {
    std::string path = next_path("software", state_.cv.software.size());
    state_.log.origin(path, work_);
    state_.cv.software.push_back({.name = title_, .description = text_at(parts_.short_description),
                                  .date = date_, .doi = doi_, .url = url_});
  }

  pugi::xml_node work_;
  const WorkParts& parts_;
  std::vector<ItemExternalId> ids_;
  ImportState& state_;
  std::string title_, type_, url_, doi_, arxiv_, pmid_, isbn_, cvport_id_;
  pugi::xml_node arxiv_node_, pmid_node_, isbn_node_;
  Date date_;
  std::map<std::string, std::vector<std::string>> other_ids_;
};

} // namespace

void import_works(const std::vector<pugi::xml_node>& versions, const pugi::xml_node& group, ImportState& state) {
  if (versions.empty()) return;
  // The first of the most complete versions (as std::max_element finds it), each scored once.
  std::optional<WorkParts> best;
  int best_score = 0;
  for (const pugi::xml_node& version : versions) {
    WorkParts parts = parts_of(version);
    int score = completeness(parts);
    if (!best || score > best_score) best.emplace(parts), best_score = score;
  }
  WorkReader(*best, merged_external_ids(versions, group), state).read();
}

void import_work_groups(const pugi::xml_node& works, ImportState& state) {
  for (pugi::xml_node child : works.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = local_name(child);
    if (name == "group") {
      // The versions are the group's children (summaries, and full works where the record was
      // completed with GET /works/{put-codes}); summaries first, as before.
      std::vector<pugi::xml_node> versions = elements_named(child, "work-summary", 1);
      for (pugi::xml_node full : elements_named(child, "work", 1)) versions.push_back(full);
      import_works(versions, child, state);
    } else if (name == "work" || name == "work-summary") {
      import_works({child}, pugi::xml_node(), state);
    } else if (name == "error") {
      state.log.warning("orcid.work-error", child,
                        "ORCID returned an error in place of a work: " + text_at(child, {"developer-message"}));
    }
  }
}

} // namespace cvport::orcid
