#include "input_kind.hpp"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "cvport/bibtex_sniff.hpp"

namespace cvport {

namespace {

constexpr const char* kCode = "input.not-a-cv";
constexpr const char* kWhatCvportReads = "cvport reads a CV source (YAML or JSON, see docs/source-format.md) or a "
                                         "JSON Resume; "
                                         "cvport init writes a starter to fill in";

ForeignInput foreign(const std::string& file, int line, int column, std::string message, std::string hint,
                     bool binary = false) {
  return {binary, {Severity::error, kCode, file, line, column, "", std::move(message), std::move(hint)}};
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// A ZIP archive's local file header names its members; a Word document has
// word/document.xml.
bool zip_names_member(std::string_view content, std::string_view member) {
  return content.find(member) != std::string_view::npos;
}

std::pair<int, int> line_and_column(std::string_view content, size_t offset) {
  int line = 1 + int(std::count(content.begin(), content.begin() + offset, '\n'));
  size_t line_start = content.rfind('\n', offset == 0 ? 0 : offset - 1);
  int column = int(offset - (line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1)) + 1;
  return {line, column};
}

// Only "#" comment lines and blank lines: a YAML document with nothing in it (a starter emptied
// down to its schema line).
bool holds_only_comments(std::string_view content) {
  for (size_t start = 0; start < content.size();) {
    size_t end = std::min(content.find('\n', start), content.size());
    std::string_view line = content.substr(start, end - start);
    auto first = std::find_if_not(line.begin(), line.end(), is_blank);
    if (first != line.end() && *first != '#') return false;
    start = end + 1;
  }
  return true;
}

bool is_orcid_manifest(std::string_view content) {
  auto first = std::find_if_not(content.begin(), content.end(), is_blank);
  if (first == content.end() || *first != '{') return false;
  auto json = nlohmann::json::parse(content.begin(), content.end(), nullptr, false);
  return json.is_object() && json.contains("manifest_version") && json.contains("items");
}

// ORCID's JSON (GET with Accept: application/vnd.orcid+json): a record, a works
// list or an affiliation list, known by their top-level members.
bool is_orcid_json(std::string_view content) {
  auto first = std::find_if_not(content.begin(), content.end(), is_blank);
  if (first == content.end() || *first != '{') return false;
  auto json = nlohmann::json::parse(content.begin(), content.end(), nullptr, false);
  if (!json.is_object()) return false;
  if (json.contains("orcid-identifier") || json.contains("activities-summary")) return true;
  for (const char* list : {"group", "affiliation-group"}) {
    auto found = json.find(list);
    if (found != json.end() && found->is_array()) return json.contains("path") || json.contains("last-modified-date");
  }
  return false;
}

// ORCID's XML (a record, or a work or affiliation of a bundle) declares its
// namespaces.
bool is_orcid_xml(std::string_view content) {
  auto first = std::find_if_not(content.begin(), content.end(), is_blank);
  return first != content.end() && *first == '<' &&
         content.substr(0, 4096).find("http://www.orcid.org/ns/") != std::string_view::npos;
}

// Markup saved under a CV's name (a web page saved as resume.json): where its first "<" stands,
// and whether it is HTML.
struct Markup {
  size_t offset;
  bool html;
};

std::optional<Markup> markup_at(std::string_view content) {
  size_t first = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") first = 3;
  while (first < content.size() && is_blank(content[first])) ++first;
  if (first >= content.size() || content[first] != '<') return std::nullopt;
  std::string head(content.substr(first, 512));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  bool html = head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos;
  return Markup{first, html};
}

} // namespace

std::optional<ForeignInput> recognise_foreign_input(std::string_view content, const std::string& file) {
  if (content.substr(0, 5) == "%PDF-")
    return foreign(file, 0, 0,
                   "this is a PDF, not a CV source: cvport writes CVs but "
                   "cannot read a PDF",
                   kWhatCvportReads, true);
  if (content.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    if (zip_names_member(content, "word/document.xml"))
      return foreign(file, 0, 0,
                     "this is a Word document (DOCX), not a CV source: cvport "
                     "writes DOCX but cannot read it",
                     kWhatCvportReads, true);
    return foreign(file, 0, 0, "this is a ZIP archive, not a CV source", kWhatCvportReads, true);
  }
  std::string starter_hint = "cvport init " + file + " --force writes a starter CV into it";
  if (std::all_of(content.begin(), content.end(), is_blank)) return foreign(file, 0, 0, "the file is empty", starter_hint);
  if (holds_only_comments(content))
    return foreign(file, 0, 0, "the file holds only comments, no CV", starter_hint);
  if (auto entry = bibtex_entry_at(content)) {
    auto [line, column] = line_and_column(content, *entry);
    return foreign(file, line, column, "this is BibTeX, not a CV, and no loaded plugin imports it",
                   "the bibtex plugin imports .bib files (cvport import papers.bib -o cv.yaml); "
                   "cvport plugins lists where plugins are looked for");
  }
  if (is_orcid_manifest(content))
    return foreign(file, 1, 1,
                   "this is an ORCID bundle manifest (written by cvport export "
                   "--to orcid), not a CV",
                   "export from the CV source the bundle was made from");
  if (is_orcid_xml(content))
    return foreign(file, 1, 1,
                   "this is ORCID XML, not a CV, and no loaded plugin imports it",
                   "the orcid plugin imports ORCID records (format orcid-record): "
                   "check that it is installed (cvport formats)");
  if (is_orcid_json(content))
    return foreign(file, 1, 1,
                   "this is ORCID JSON, not a CV, and no loaded plugin imports it",
                   "the orcid plugin imports ORCID records (format orcid-record): "
                   "check that it is installed (cvport formats)");
  if (auto markup = markup_at(content)) {
    auto [line, column] = line_and_column(content, markup->offset);
    return foreign(file, line, column,
                   std::string("this looks like ") + (markup->html ? "HTML" : "XML") +
                       ", not JSON or YAML: it starts with \"<\"",
                   kWhatCvportReads);
  }
  return std::nullopt;
}

} // namespace cvport
