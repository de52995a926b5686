#include "citation.hpp"

#include <string_view>

namespace cvport::orcid {

namespace {

struct EntryKind {
  std::string_view entry_type;
  std::string_view venue_field;
};

EntryKind entry_kind(std::string_view cv_type) {
  if (cv_type == "journal-article") return {"article", "journal"};
  if (cv_type == "conference-paper" || cv_type == "workshop-paper" || cv_type == "poster")
    return {"inproceedings", "booktitle"};
  if (cv_type == "book") return {"book", "series"};
  if (cv_type == "book-chapter") return {"incollection", "booktitle"};
  if (cv_type == "report") return {"techreport", "institution"};
  // biblatex's @patent: its number is the patent number.
  if (cv_type == "patent") return {"patent", "howpublished"};
  return {"misc", "howpublished"};
}

bool balanced_braces(std::string_view text) {
  int depth = 0;
  for (char c : text) {
    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth == 0;
}

std::string braced_value(std::string_view text) {
  if (balanced_braces(text)) return "{" + std::string(text) + "}";
  std::string kept;
  for (char c : text)
    if (c != '{' && c != '}') kept += c;
  return "{" + kept + "}";
}

// BibTeX keys allow letters, digits and a few marks; the CV's id usually is one already.
std::string bibtex_key(std::string_view id) {
  std::string key;
  for (char c : id)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == ':' || c == '.')
      key += c;
  return key.empty() ? "cv" : key;
}

std::string month_macro(int month) {
  static constexpr std::string_view macros[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  return std::string(macros[month - 1]);
}

} // namespace

std::string bibtex_citation(const CitationFields& fields) {
  EntryKind kind = entry_kind(fields.cv_type);
  std::string text = "@" + std::string(kind.entry_type) + "{" + bibtex_key(fields.key);
  auto add = [&](std::string_view name, const std::string& value) {
    if (!value.empty()) text += ", " + std::string(name) + "=" + braced_value(value);
  };
  add("title", fields.title);
  std::string authors;
  for (const std::string& author : fields.authors)
    authors += (authors.empty() ? "" : " and ") + author;
  if (fields.et_al && !authors.empty()) authors += " and others";
  add("author", authors);
  if (kind.venue_field == "series") {
    // A book's venue is its series; the short name can only go beside it.
    bool both = !fields.venue.empty() && !fields.venue_short.empty();
    add("series",
        both ? fields.venue + " (" + fields.venue_short + ")" : fields.venue + fields.venue_short);
  } else {
    add(kind.venue_field, fields.venue);
    add("series", fields.venue_short);
  }
  if (fields.date.year != 0) add("year", std::to_string(fields.date.year));
  if (fields.date.month != 0) text += ", month=" + month_macro(fields.date.month);
  add("volume", fields.volume);
  add("number", fields.number.empty() ? fields.issue : fields.number);
  add("pages", fields.pages);
  add("publisher", fields.publisher);
  add("doi", fields.doi);
  if (!fields.arxiv.empty()) {
    add("eprint", fields.arxiv);
    add("archivePrefix", "arXiv");
  }
  add("isbn", fields.isbn);
  add("url", fields.url);
  add("note", fields.note);
  return text + "}";
}

} // namespace cvport::orcid
