#include "bibtex_records.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "cvport/render.hpp"
#include "latex_text.hpp"

namespace bibtex {

namespace {

// How one publication type is written (see the table in bibtex_records.hpp).
struct EntryShape {
  std::string_view publication_type;
  std::string_view entry_type;
  std::string_view venue_field;       // where venue.name goes; "" = nowhere
  std::string_view short_venue_field; // where venue.short goes; "" = nowhere
  std::string_view fixed_note;        // said in `note` because the entry type cannot say it
  bool venue_required;                // BibTeX's standard styles want the venue field
  bool year_required;
  bool publisher_required;
  bool publisher_is_venue; // the publisher may stand in for a missing venue (school)
};

constexpr std::array<EntryShape, 11> kShapes = {{
    {"journal-article", "article", "journal", "shortjournal", "", true, true, false, false},
    {"conference-paper", "inproceedings", "booktitle", "series", "", true, true, false, false},
    {"workshop-paper", "inproceedings", "booktitle", "series", "", true, true, false, false},
    {"book", "book", "series", "", "", false, true, true, false},
    {"book-chapter", "incollection", "booktitle", "", "", true, true, true, false},
    {"thesis", "phdthesis", "school", "", "", true, true, false, true},
    {"report", "techreport", "institution", "", "", true, true, false, true},
    {"preprint", "unpublished", "howpublished", "", "Preprint", false, false, false, false},
    {"poster", "unpublished", "eventtitle", "", "Poster", false, false, false, false},
    // biblatex's @patent, whose `number` is the patent number (classic BibTeX styles print it
    // as @misc).
    {"patent", "patent", "howpublished", "", "", false, true, false, false},
    {"other", "misc", "howpublished", "", "", false, false, false, false},
}};

const EntryShape& shape_of(std::string_view publication_type) {
  for (const EntryShape& shape : kShapes)
    if (shape.publication_type == publication_type) return shape;
  return kShapes.back(); // "other": the host only lets the listed types through
}

std::string_view status_text(std::string_view status) {
  if (status == "in-press") return "In press";
  if (status == "accepted") return "Accepted";
  if (status == "submitted") return "Submitted";
  if (status == "preprint") return "Preprint";
  return ""; // "published" or absent
}

// BibTeX splits an author list at the word "and" and reads commas as "Last, First": a name that
// holds either as text is braced whole, which makes it one literal name.
std::string author_name(std::string_view name) {
  std::string text = latex_text(name);
  std::string lower;
  for (char c : text) lower += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  size_t commas = 0;
  for (char c : text) commas += c == ',';
  bool has_and = (" " + lower + " ").find(" and ") != std::string::npos;
  return has_and || commas > 2 ? "{" + text + "}" : text;
}

std::string author_list(const std::vector<cvport::Author>& authors, bool et_al) {
  std::string list;
  for (const cvport::Author& author : authors) {
    if (author.name.empty()) continue;
    list += (list.empty() ? "" : " and ") + author_name(author.name);
  }
  if (et_al && !list.empty()) list += " and others"; // BibTeX's own "et al."
  return list;
}

// Page ranges with BibTeX's en dash: "1-14" and "1–14" become "1--14".
std::string page_range(std::string_view pages) {
  std::string out;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages.substr(i, 3) == "\xE2\x80\x93") {
      out += "--";
      i += 2;
    } else if (pages[i] == '-' && (i == 0 || pages[i - 1] != '-') && (i + 1 == pages.size() || pages[i + 1] != '-')) {
      out += "--";
    } else {
      out += pages[i];
    }
  }
  return latex_text(out);
}

// "A. B. C": the non-empty parts joined, each without a trailing full stop, repeats left out.
std::string joined_note(const std::vector<std::string_view>& parts) {
  std::vector<std::string> kept;
  for (std::string_view part : parts) {
    while (!part.empty() && (part.back() == '.' || part.back() == ' ')) part.remove_suffix(1);
    if (part.empty()) continue;
    bool repeated = false;
    for (const std::string& earlier : kept) repeated = repeated || earlier == part;
    if (!repeated) kept.emplace_back(part);
  }
  std::string note;
  for (const std::string& part : kept) note += (note.empty() ? "" : ". ") + part;
  return latex_text(note);
}

// BibTeX's month macros read the same in every style and language.
void add_date(BibRecord& record, const cvport::Date& date, const std::string& path,
              cvport::sdk::Diagnostics& diagnostics) {
  static constexpr std::array<std::string_view, 12> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  if (date.year > 0) record.add("year", std::to_string(date.year));
  if (date.month >= 1 && date.month <= 12) record.add_bare("month", std::string(months[date.month - 1]));
  if (date.day > 0)
    diagnostics.note("biblatex.day-dropped", path + ".date",
                     "BibTeX dates have a year and a month only; the day is left out.");
}

} // namespace

BibRecord publication_record(const cvport::Publication& publication, const std::string& key, const std::string& path,
                             cvport::sdk::Diagnostics& diagnostics) {
  const EntryShape& shape = shape_of(publication.type);
  std::string entry_type(shape.entry_type);
  BibRecord record{.type = entry_type, .key = key, .fields = {}};
  record.add("author", author_list(publication.authors, publication.et_al));
  record.add("title", latex_title(publication.title));

  std::string_view venue = publication.venue.name;
  bool publisher_used_as_venue = venue.empty() && shape.publisher_is_venue && !publication.publisher.empty();
  if (publisher_used_as_venue) venue = publication.publisher;
  record.add(std::string(shape.venue_field), latex_name(venue));
  if (venue.empty() && shape.venue_required)
    diagnostics.warning("biblatex.no-venue", path + ".venue",
                        "A BibTeX @" + entry_type + " needs its " + std::string(shape.venue_field) +
                            ": add venue: {name: ...} to this publication.");
  if (!publication.venue.short_name.empty()) {
    if (shape.short_venue_field.empty())
      diagnostics.note("biblatex.venue-short-dropped", path + ".venue.short",
                       "A BibTeX @" + entry_type + " has no field for the short venue name; it is left out.");
    else
      record.add(std::string(shape.short_venue_field), latex_name(publication.venue.short_name));
  }

  add_date(record, publication.date, path, diagnostics);
  if (publication.date.year == 0 && shape.year_required)
    diagnostics.warning("biblatex.no-year", path + ".date",
                        "A BibTeX @" + entry_type + " needs a year: add date: YYYY to this publication.");
  record.add("volume", latex_text(publication.volume));
  // A patent's or report's own number; else the issue of a journal.
  record.add("number", latex_text(publication.number.empty() ? publication.issue : publication.number));
  record.add("pages", page_range(publication.pages));
  if (!publisher_used_as_venue) record.add("publisher", latex_text(publication.publisher));
  if (publication.publisher.empty() && shape.publisher_required)
    diagnostics.warning("biblatex.no-publisher", path + ".publisher",
                        "A BibTeX @" + entry_type + " needs a publisher: add publisher: ... to this publication.");
  record.add("doi", verbatim_text(publication.doi));
  // BibLaTeX's eprint fields (manual 3.15, "Electronic Publishing Information"): the arXiv id
  // with eprinttype arxiv, the PubMed id with eprinttype pubmed.
  if (!publication.arxiv.empty()) {
    record.add("eprint", verbatim_text(publication.arxiv));
    record.add("eprinttype", "arxiv");
  } else if (!publication.pmid.empty()) {
    record.add("eprint", verbatim_text(publication.pmid));
    record.add("eprinttype", "pubmed");
  }
  record.add("isbn", verbatim_text(publication.isbn));
  record.add("url", verbatim_text(publication.url));
  record.add("note",
             joined_note({shape.fixed_note, status_text(publication.status), publication.award, publication.note}));
  return record;
}

BibRecord software_record(const cvport::Software& software, const std::string& key, const std::string& path,
                          cvport::sdk::Diagnostics& diagnostics) {
  BibRecord record{.type = "software", .key = key, .fields = {}};
  record.add("title", latex_title(software.name));
  add_date(record, software.date, path, diagnostics);
  record.add("doi", verbatim_text(software.doi));
  record.add("url", verbatim_text(software.url));
  record.add("abstract", latex_text(software.description));
  return record;
}

BibRecord talk_record(const cvport::Talk& talk, const cvport::Person& speaker, const std::string& key,
                      const std::string& path, cvport::sdk::Diagnostics& diagnostics) {
  BibRecord record{.type = "unpublished", .key = key, .fields = {}};
  std::string host = cvport::join_nonempty({talk.host.department, talk.host.name}, ", ");
  const cvport::Location& place = talk.location;
  record.add("author", author_name(speaker.name));
  record.add("title", latex_title(talk.title));
  record.add("eventtitle", latex_name(talk.event));
  record.add("organization", latex_text(host));
  record.add("venue",
             latex_text(cvport::address_text(place)));
  add_date(record, talk.date, path, diagnostics);
  if (talk.date.empty() && !talk.date_label.empty())
    diagnostics.note("biblatex.date-label-dropped", path + ".date_label",
                     "BibTeX cannot hold a date given only as a label; add date: YYYY to this talk.");
  record.add("url", verbatim_text(talk.url));
  record.add("note", latex_text(cvport::join_nonempty({"Invited talk", talk.event, host}, ", ")));
  record.add("abstract", latex_text(talk.summary));
  return record;
}

} // namespace bibtex
