#include "bib_entry_mapping.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <span>

#include "cvport/identifiers.hpp"
#include "cvport/isbn_list.hpp"
#include "cvport/liberal_date.hpp"
#include "cvport/model_json.hpp"
#include "cvport/text.hpp"
#include "biblatex_type_keys.hpp"
#include "journal_macros.hpp"

namespace cvport::bibtex {

namespace {

// Where each entry type names its venue: the first of these fields with a value.
constexpr std::string_view kJournal[] = {"journal", "journaltitle"};
// Google Scholar exports a conference abstract printed in a journal's supplement as an
// @inproceedings with a journal and no booktitle.
constexpr std::string_view kProceedings[] = {"booktitle", "eventtitle", "journal", "journaltitle"};
constexpr std::string_view kBook[] = {"booktitle"};
constexpr std::string_view kSchool[] = {"school", "institution"};
constexpr std::string_view kInstitution[] = {"institution", "organization"};
constexpr std::string_view kOrganization[] = {"organization", "institution"};
// BibTeX's @misc prints howpublished; biblatex's prints organization too.
constexpr std::string_view kHowPublished[] = {"howpublished", "organization", "institution"};
constexpr std::string_view kOnline[] = {"organization", "howpublished", "institution"};
// A type no style knows (@presentation, @talk, @award, @review): the field that says where.
constexpr std::string_view kAnyVenue[] = {"eventtitle", "booktitle",    "journal",    "journaltitle",
                                          "howpublished", "organization", "institution"};

struct TypeMapping {
  std::string_view bibtex;
  std::string_view model;                 // a publication type, or "software"
  std::span<const std::string_view> venue; // the fields naming the venue, in order
  // biblatex's driver for the type prints its type field (standard.bbx: booklet, manual, misc,
  // patent, report, thesis, unpublished): the type is said in the note.
  bool shows_type = false;
};

// BibTeX's and BibLaTeX's entry types. A @misc is a preprint when it names an arXiv eprint.
constexpr TypeMapping kTypes[] = {
    {"article", "journal-article", kJournal},
    {"inproceedings", "conference-paper", kProceedings},
    {"conference", "conference-paper", kProceedings},
    {"incollection", "book-chapter", kBook},
    {"inbook", "book-chapter", kBook},
    {"bookinbook", "book-chapter", kBook},
    {"suppbook", "book-chapter", kBook},
    {"book", "book", {}},
    {"mvbook", "book", {}},
    {"proceedings", "book", {}},
    {"mvproceedings", "book", {}},
    {"collection", "book", {}},
    {"mvcollection", "book", {}},
    {"reference", "book", {}},
    {"phdthesis", "thesis", kSchool, true},
    {"mastersthesis", "thesis", kSchool, true},
    {"thesis", "thesis", kSchool, true},
    {"techreport", "report", kInstitution, true},
    {"report", "report", kInstitution, true},
    {"manual", "report", kOrganization, true},
    {"booklet", "other", kHowPublished, true},
    {"unpublished", "other", kHowPublished, true},
    {"misc", "other", kHowPublished, true},
    {"online", "other", kOnline},
    {"electronic", "other", kOnline},
    {"www", "other", kOnline},
    {"patent", "patent", {}, true},
    {"software", "software", {}},
    {"dataset", "software", {}},
    {"artifactsoftware", "software", {}},
    {"artifactdataset", "software", {}},
};
// Any other type is read as BibTeX and biblatex read it, as a @misc, with more places for a venue.
constexpr TypeMapping kOtherType{"", "other", kAnyVenue, true};

// Fields the inheritance step (crossref.hpp) has already read into the entry.
constexpr std::string_view kReadByInheritance[] = {"crossref", "xdata"};

// Values read as written, not as LaTeX: identifiers and links.
std::string verbatim(std::string text) {
  if (text.find_first_of("{}\\") == std::string::npos) return std::string(trim_space(text)); // most are plain
  text.erase(std::remove(text.begin(), text.end(), '{'), text.end());
  text.erase(std::remove(text.begin(), text.end(), '}'), text.end());
  std::string out; // "10.1002/x\_y" was escaped for LaTeX
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && std::string_view("_%&#$~").find(text[i + 1]) != std::string_view::npos)
      continue;
    out += text[i];
  }
  return std::string(trim_space(out));
}

const TypeMapping* find_type(std::string_view type) {
  for (const TypeMapping& mapping : kTypes)
    if (mapping.bibtex == type) return &mapping;
  return nullptr;
}

// INSPIRE's `collaboration = {CMS}` as INSPIRE prints it: "CMS Collaboration"; "ATLAS, CMS" as
// "ATLAS and CMS Collaborations"; a name that says it already ("LHCb collaboration") as written.
std::string collaboration_name(const std::string& collaboration) {
  if (lower_ascii(collaboration).find("collaboration") != std::string::npos) return collaboration;
  std::vector<std::string> names = split_list(collaboration);
  if (names.size() < 2) return collaboration + " Collaboration";
  std::string joined;
  for (size_t i = 0; i < names.size(); ++i)
    joined += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return joined + " Collaborations";
}

// The names of some of an entry's fields (it has a dozen): a short list, not a tree of strings. The
// names are the entry's own or literals, which outlive the mapping.
class FieldNames {
public:
  void add(std::string_view name) {
    if (!has(name)) names_.push_back(name);
  }
  bool has(std::string_view name) const { return std::find(names_.begin(), names_.end(), name) != names_.end(); }

private:
  std::vector<std::string_view> names_;
};

class EntryMapper {
public:
  EntryMapper(const BibEntry& entry, UnknownCommands& unknown) : entry_(entry), unknown_(unknown) {}

  MappedEntry map() {
    const TypeMapping* type = find_type(entry_.type);
    if (!type) {
      type = &kOtherType;
      result_.unknown_type = true;
    }
    if (type->model == "software")
      map_software();
    else
      map_publication(*type);
    keep_unread();
    return std::move(result_);
  }

private:
  // The field, counted as read: what it says is in the model, so it is not kept in extra.bibtex.
  const BibField* read(std::string_view field) {
    const BibField* found = entry_.field(field);
    if (found) read_.add(field);
    return found;
  }

  // A field read as text. LaTeX prints a link's text, not its address: a field with an \href in it
  // (note = {[\href{https://x/a.pdf}{PDF}]}) is read and kept in extra.bibtex too, with the address.
  void read_text(const BibField& field) {
    read_.add(field.name);
    if (field.value.find("\\href") != std::string::npos) kept_anyway_.add(field.name);
  }

  std::string text(std::string_view field) {
    const BibField* found = entry_.field(field);
    if (!found) return {};
    std::string value = latex_to_unicode(found->value, &unknown_);
    if (!value.empty()) read_text(*found);
    return value;
  }

  // The first of `fields` the entry has, decoded; the model field it fills is located there.
  std::string first_text(std::span<const std::string_view> fields, std::string_view model_field) {
    for (std::string_view field : fields) {
      const BibField* found = entry_.field(field);
      if (!found) continue;
      std::string value = latex_to_unicode(found->value, &unknown_);
      if (value.empty()) continue;
      read_text(*found);
      result_.origins.emplace(model_field, found->at);
      return value;
    }
    return {};
  }
  std::string first_text(std::initializer_list<std::string_view> fields, std::string_view model_field) {
    return first_text(std::span<const std::string_view>(fields.begin(), fields.size()), model_field);
  }

  // The venue's name, with the AAS journal macros NASA ADS writes (journal = {\apj}, or
  // {accepted to \aap}) read as the journals' titles.
  std::string venue_name(std::span<const std::string_view> fields) {
    for (std::string_view field : fields) {
      const BibField* found = entry_.field(field);
      if (!found) continue;
      ExpandedVenue expanded = expand_journal_macros(found->value);
      std::string value = latex_to_unicode(expanded.latex, &unknown_);
      if (value.empty()) continue;
      read_text(*found);
      result_.origins.emplace("venue.name", found->at);
      result_.journal_macros = std::move(expanded.macros);
      return value;
    }
    return {};
  }

  void locate(std::string_view model_field, std::string_view field) {
    if (const BibField* found = entry_.field(field)) result_.origins.emplace(model_field, found->at);
  }

  std::string title() {
    std::string title = first_text({"title"}, "title");
    std::string subtitle = text("subtitle");
    if (!subtitle.empty()) title += (title.empty() || std::string(".:?!").find(title.back()) != std::string::npos ? " " : ": ") + subtitle;
    return title;
  }

  // BibLaTeX's date (a range: its start), else year and month. The year is read as LaTeX, so
  // that `{\noopsort{2025}in review}` is the "in review" BibTeX prints, with no year.
  std::optional<Date> date() {
    if (std::string date = verbatim(entry_.value("date")); !date.empty()) {
      date = date.substr(0, date.find('/'));
      if (auto parsed = parse_date(date, false)) {
        read("date");
        locate("date", "date");
        return parsed;
      }
    }
    std::string year = printed_year();
    size_t digits = year.find_first_of("0123456789");
    if (digits == std::string::npos || year.size() < digits + 4) return std::nullopt;
    auto parsed = parse_date(year.substr(digits, 4), false);
    if (!parsed) return std::nullopt;
    read("year");
    locate("date", "year");
    Date date = *parsed;
    std::string month(trim_space(verbatim(entry_.value("month"))));
    while (!month.empty() && month.back() == '.') month.pop_back();
    int number = 0;
    if (!month.empty() && std::all_of(month.begin(), month.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      number = std::atoi(month.c_str());
    else if (!month.empty())
      number = liberal_date_detail::english_month(month);
    if (number >= 1 && number <= 12) {
      date.month = number;
      read("month");
    }
    return date;
  }

  std::string printed_year() {
    const BibField* year = entry_.field("year");
    return year ? latex_to_unicode(year->value, &unknown_) : std::string();
  }

  // BibLaTeX's pubstate, or a year that says it ("in press", "to appear", "in review"). A year
  // read only for its status stays in extra.bibtex too: its words (and a sort key such as
  // \noopsort{2025}) are not all in the model.
  std::string status(bool dated) {
    std::string state = lower_ascii(verbatim(entry_.value("pubstate")));
    std::string year = lower_ascii(printed_year());
    auto said = [&](std::initializer_list<std::string_view> states, std::initializer_list<std::string_view> words) {
      if (std::find(states.begin(), states.end(), state) != states.end()) {
        read("pubstate");
        return true;
      }
      for (std::string_view word : words)
        if (year.find(word) != std::string::npos) {
          read("year");
          if (!dated) kept_anyway_.add("year");
          return true;
        }
      return false;
    };
    if (said({"inpress", "in press"}, {"press"})) return "in-press";
    if (said({"forthcoming", "accepted"}, {"appear", "forthcoming", "accepted"})) return "accepted";
    if (said({"submitted"}, {"submitted", "review"})) return "submitted";
    if (said({"prepublished"}, {})) return "preprint";
    return {};
  }

  std::string doi() {
    if (std::string doi = bare_doi(verbatim(entry_.value("doi"))); !doi.empty()) {
      read("doi");
      locate("doi", "doi");
      return doi;
    }
    if (std::string doi = bare_doi(verbatim(entry_.value("url"))); !doi.empty()) {
      read("url");
      locate("doi", "url");
      doi_from_url_ = true;
      return doi;
    }
    return {};
  }

  // Where the entry names an arXiv id: eprint with archivePrefix or eprinttype arXiv (arXiv's
  // own BibTeX, BibLaTeX), else an arXiv address or "arXiv:" in the venue, note or url. The text
  // found and the field it is in; empty when there is none.
  std::pair<std::string, std::string_view> arxiv_in_entry() {
    std::string eprint = verbatim(entry_.value("eprint"));
    if (!eprint.empty() && (eprint_kind_ == "arxiv" || (eprint_kind_.empty() && !arxiv_id(eprint).empty()))) {
      std::string id = eprint.substr(0, 6) == "arXiv:" || eprint.substr(0, 6) == "arxiv:" ? eprint.substr(6) : eprint;
      return {id.substr(0, id.find_first_of(" \t\r\n")), "eprint"}; // an id has no space; what follows is not it
    }
    for (std::string_view field : {"journal", "journaltitle", "howpublished", "note", "url"}) {
      const BibField* found = entry_.field(field);
      if (!found) continue;
      std::string value = verbatim(found->value);
      std::string lowered = lower_ascii(value);
      if (lowered.find("arxiv") == std::string::npos && lowered.find("corr") == std::string::npos) continue;
      if (std::string id = arxiv_id_in_text(value); !id.empty()) return {id, field};
    }
    return {};
  }

  // The arXiv id, PubMed id and ISBN of the entry. BibTeX writes an arXiv id as eprint with
  // archivePrefix (arXiv's own export), BibLaTeX as eprint with eprinttype arxiv or pubmed; PubMed
  // and Zotero exports write a pmid field. An entry may list several ISBNs ("978-..., 978-...",
  // "978... 030..."): the first valid one is taken (cvport/isbn_list.hpp, as the ORCID importer
  // does) and the whole text kept. A value that is no valid id is kept in
  // extra.bibtex, with a warning.
  void read_identifiers(Publication& p) {
    auto [arxiv, arxiv_field] = arxiv_in_entry();
    if (!arxiv.empty()) {
      p.arxiv = cvport::arxiv_id(arxiv);
      if (p.arxiv.empty()) {
        result_.warnings.push_back("the arXiv id \"" + arxiv + "\" is not one arXiv gives out; it is kept in extra.bibtex");
      } else {
        locate("arxiv", arxiv_field);
        if (arxiv_field == "eprint") read_eprint();
      }
    }
    std::string_view pubmed_field = "pmid";
    std::string pubmed = verbatim(entry_.value("pmid"));
    if (pubmed.empty() && eprint_kind_ == "pubmed") pubmed = verbatim(entry_.value(pubmed_field = "eprint"));
    if (!pubmed.empty()) {
      p.pmid = cvport::pmid(pubmed);
      if (p.pmid.empty()) {
        result_.warnings.push_back("the PubMed id \"" + pubmed + "\" is not a number; it is kept in extra.bibtex");
      } else {
        locate("pmid", pubmed_field);
        if (pubmed_field == "eprint") read_eprint(); else read("pmid");
      }
    }
    if (std::string isbns = verbatim(entry_.value("isbn")); !isbns.empty()) {
      p.isbn = first_valid_isbn(isbns);
      if (p.isbn.empty()) {
        result_.warnings.push_back("the isbn \"" + isbns + "\" holds no ISBN with a valid check digit; it is kept in extra.bibtex");
      } else {
        locate("isbn", "isbn");
        if (!isbn_digits(isbns).empty()) read("isbn"); // one ISBN; a list stays whole in extra.bibtex
      }
    }
  }

  // The eprint became the arxiv or pmid field: it is read, and so is what said which it is.
  void read_eprint() {
    for (std::string_view field : {"eprint", "archiveprefix", "eprinttype"}) read(field);
  }

  NameList authors() {
    NameList authors = names("author");
    if (!authors.names.empty() || authors.et_al) {
      locate("authors", "author");
      return authors;
    }
    authors = names("editor");
    if (!authors.names.empty()) {
      locate("authors", "editor");
      result_.warnings.push_back("the entry has no author: its editors are taken as the authors");
      return authors;
    }
    // INSPIRE leaves the author out of a collaboration's note and names the collaboration.
    if (std::string collaboration = text("collaboration"); !collaboration.empty()) {
      locate("authors", "collaboration");
      return {.names = {{.text = collaboration_name(collaboration), .group = true}}};
    }
    return {};
  }

  void map_publication(const TypeMapping& type) {
    Publication p;
    p.type = std::string(type.model);
    p.title = title();
    NameList authors = this->authors();
    for (BibName& name : authors.names) {
      result_.bold_authors.push_back(name.bold);
      result_.group_authors.push_back(name.group);
      p.authors.push_back({.name = std::move(name.text)});
    }
    p.et_al = authors.et_al;
    p.venue.name = venue_name(type.venue);
    p.venue.short_name = first_text({"abbr"}, "venue.short");
    std::optional<Date> date = this->date();
    if (date) p.date = *date;
    p.status = status(date.has_value());
    p.volume = first_text({"volume"}, "volume");
    bool numbered = p.type == "report" || p.type == "patent";
    if (numbered)
      p.number = first_text({"number"}, "number");
    else
      p.issue = first_text({"number", "issue"}, "issue");
    if (const BibField* pages = read("pages")) {
      p.pages = normalise_pages(latex_to_unicode(pages->value, &unknown_));
      locate("pages", "pages");
    }
    p.publisher = first_text({"publisher"}, "publisher");
    if (p.publisher.empty() && p.type == "book") p.publisher = first_text({"organization"}, "publisher");
    p.doi = doi();
    if (!doi_from_url_) p.url = link();
    if (!p.url.empty()) locate("url", "url");
    p.award = first_text({"award"}, "award");
    p.note = first_text({"note"}, "note");
    if (type.shows_type) type_note(p);
    read_identifiers(p);
    if (!p.arxiv.empty() &&
        (entry_.type == "misc" || entry_.type == "unpublished" || entry_.type == "online" ||
         lower_ascii(p.venue.name).find("arxiv") != std::string::npos || lower_ascii(p.venue.name) == "corr")) {
      p.type = "preprint";
      if (p.status.empty()) p.status = "preprint";
      if (p.venue.name.empty()) p.venue.name = "arXiv";
    }
    result_.publication = std::move(p);
  }

  // The type field said in the note ("Technical report", "Invited talk"; biblatex's keys as the
  // words it prints, biblatex_type_keys.hpp), before any note; a thesis without one is a "PhD
  // thesis" or "Master's thesis" by its entry type.
  void type_note(Publication& p) {
    std::string kind(type_text(text("type")));
    if (kind.empty()) kind = entry_.type == "phdthesis" ? "PhD thesis" : entry_.type == "mastersthesis" ? "Master's thesis" : "";
    if (kind.empty()) return;
    p.note = p.note.empty() ? kind : kind + ". " + p.note;
  }

  void map_software() {
    Software s;
    s.name = title();
    locate("name", "title");
    if (std::optional<Date> date = this->date()) s.date = *date;
    s.doi = doi();
    if (!doi_from_url_) s.url = link();
    s.description = first_text({"note"}, "description");
    result_.software = std::move(s);
  }

  // The url field as a link: the first of several ("https://a, https://b" or space separated),
  // "https://" added to one written without it ("github.com/x"). What cannot be a link is left to
  // extra.bibtex, with a warning.
  std::string link() {
    std::string written = verbatim(entry_.value("url"));
    if (written.empty()) return {};
    std::string url = written.substr(0, written.find_first_of(" ,;"));
    if (url.find("://") == std::string::npos && url.find('.') != std::string::npos && url.find('@') == std::string::npos) {
      url = "https://" + url;
      result_.warnings.push_back("the url has no scheme: read as " + url);
    }
    if (!is_http_url(url)) {
      result_.warnings.push_back("the url is not an http(s) link; it is kept in extra.bibtex");
      return {};
    }
    if (url == written) read("url"); // else the whole text stays in extra.bibtex
    return url;
  }

  NameList names(std::string_view field) {
    const BibField* found = entry_.field(field);
    if (!found) return {};
    NameList list = split_names(found->value, &unknown_);
    if (!list.names.empty() || list.et_al) read_.add(field);
    return list;
  }

  // Every field the mapping did not read for this entry, as written, with the key and type: a
  // JSON object, its members sorted by name as nlohmann's object writes them (the text it was
  // before), each field once (the first of two with one name), written straight rather than
  // through a tree.
  void keep_unread() {
    std::vector<std::pair<std::string_view, std::string_view>> kept = {{"key", entry_.key}, {"type", entry_.type}};
    for (const BibField& field : entry_.fields) {
      bool read = (read_.has(field.name) && !kept_anyway_.has(field.name)) ||
                  std::find(std::begin(kReadByInheritance), std::end(kReadByInheritance), field.name) !=
                      std::end(kReadByInheritance);
      if (read || std::any_of(kept.begin(), kept.end(), [&](const auto& member) { return member.first == field.name; }))
        continue;
      kept.emplace_back(field.name, field.value);
      result_.kept_fields.push_back(field.name);
    }
    std::sort(kept.begin(), kept.end());
    std::string& text = result_.kept;
    text = "{";
    for (const auto& [name, value] : kept) {
      if (text.size() > 1) text += ',';
      append_json_string(text, name);
      text += ':';
      append_json_string(text, value);
    }
    text += '}';
    if (result_.publication)
      result_.publication->extra.json = "{\"bibtex\":" + result_.kept + "}";
  }

  const BibEntry& entry_;
  UnknownCommands& unknown_;
  MappedEntry result_;
  bool doi_from_url_ = false;
  // archivePrefix or else eprinttype, lower-cased: what the eprint field holds ("arxiv", "pubmed").
  std::string eprint_kind_ = [this] {
    std::string kind = lower_ascii(verbatim(entry_.value("archiveprefix")));
    return kind.empty() ? lower_ascii(verbatim(entry_.value("eprinttype"))) : kind;
  }();
  FieldNames read_;        // the fields whose text is in the model
  FieldNames kept_anyway_; // read, but the model does not hold their text whole
};

} // namespace

std::string normalise_pages(const std::string& pages) {
  static const std::string en_dash = "\xE2\x80\x93";
  std::string out;
  for (size_t i = 0; i < pages.size();) {
    // A run of hyphens, dashes and the spaces around them, between two page numbers.
    size_t j = i;
    bool dash = false;
    while (j < pages.size()) {
      if (pages[j] == ' ') ++j;
      else if (pages[j] == '-') { ++j; dash = true; }
      else if (pages.compare(j, 3, en_dash) == 0 || pages.compare(j, 3, "\xE2\x80\x94") == 0) { j += 3; dash = true; }
      else break;
    }
    if (dash && !out.empty() && j < pages.size()) {
      out += en_dash;
      i = j;
      continue;
    }
    out += pages[i];
    ++i;
  }
  return std::string(trim_space(out));
}

std::string bare_doi(const std::string& text) {
  auto starts_with_ignoring_case = [](std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char p, char t) {
             return p == (t >= 'A' && t <= 'Z' ? char(t - 'A' + 'a') : t);
           });
  };
  std::string_view doi = trim_space(text);
  for (std::string_view prefix : {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
                                  "doi:", "doi "}) { // lower case, compared with the text's letters lowered
    if (starts_with_ignoring_case(doi, prefix)) {
      doi = trim_space(doi.substr(prefix.size()));
      break;
    }
  }
  return is_doi(doi) ? std::string(doi) : std::string();
}

MappedEntry map_entry(const BibEntry& entry, UnknownCommands& unknown) { return EntryMapper(entry, unknown).map(); }

} // namespace cvport::bibtex
