#include "annotation_repair.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <string_view>
#include <vector>

namespace cvport::pdf {
namespace {

constexpr std::size_t kXrefEntrySize = 20; // "oooooooooo ggggg n \n", fixed by the PDF standard

struct XrefTable {
  std::size_t entries_at = 0; // offset of the first entry (object 0)
  std::size_t count = 0;
};

std::size_t parse_number(std::string_view text, std::size_t& at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r')) ++at;
  std::size_t value = 0;
  auto [end, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
  if (error != std::errc()) return 0;
  at = static_cast<std::size_t>(end - text.data());
  return value;
}

// The classic cross-reference table cairo 1.16 writes: "xref\n0 N\n" then N entries.
bool find_xref(std::string_view pdf, XrefTable& table) {
  std::size_t startxref = pdf.rfind("startxref");
  if (startxref == std::string_view::npos) return false;
  std::size_t at = startxref + 9;
  std::size_t xref = parse_number(pdf, at);
  if (pdf.substr(xref, 5) != "xref\n") return false;
  at = xref + 5;
  if (parse_number(pdf, at) != 0) return false; // one subsection from object 0
  table.count = parse_number(pdf, at);
  while (at < pdf.size() && pdf[at] != '\n') ++at;
  table.entries_at = at + 1;
  return table.entries_at + table.count * kXrefEntrySize <= pdf.size();
}

bool starts_object(std::string_view pdf, std::size_t offset, std::size_t number) {
  std::string header = std::to_string(number) + " 0 obj\n";
  return pdf.substr(offset, header.size()) == header;
}

} // namespace

bool repair_link_annotations(std::string& pdf) {
  XrefTable table;
  if (!find_xref(pdf, table)) return true; // not cairo 1.16's layout: nothing to repair
  std::map<std::size_t, std::size_t> objects; // offset -> object number, for the objects written
  std::set<std::size_t> missing;              // numbers in use whose entry points elsewhere
  for (std::size_t number = 1; number < table.count; ++number) {
    std::string_view entry(pdf.data() + table.entries_at + number * kXrefEntrySize, kXrefEntrySize);
    if (entry[17] != 'n') continue;
    std::size_t at = 0;
    std::size_t offset = parse_number(entry, at);
    if (starts_object(pdf, offset, number))
      objects[offset] = number;
    else
      missing.insert(number);
  }
  if (missing.empty()) return true;

  std::vector<std::size_t> annotations; // link annotations written since the last array, in order
  for (const auto& [offset, number] : objects) {
    std::size_t body = pdf.find('\n', offset) + 1;
    std::size_t end = pdf.find("endobj", body);
    std::string_view content(pdf.data() + body, end - body);
    if (content.find("/Subtype /Link") != std::string_view::npos) {
      annotations.push_back(number);
      continue;
    }
    if (content.empty() || content[0] != '[') continue;
    // "[\n  6 0 R\n  7 0 R\n]": each reference to a missing object becomes the next annotation
    // written before the array, right-aligned in the reference's own room.
    std::size_t next_annotation = 0;
    for (std::size_t line = body; line < end;) {
      std::size_t line_end = pdf.find('\n', line);
      std::string_view text(pdf.data() + line, line_end - line);
      std::size_t at = 0;
      std::size_t referenced = parse_number(text, at);
      if (text.size() > 4 && text.substr(text.size() - 4) == " 0 R" && missing.count(referenced)) {
        if (next_annotation >= annotations.size()) return false;
        std::string replacement = std::to_string(annotations[next_annotation++]) + " 0 R";
        if (replacement.size() > text.size()) return false;
        pdf.replace(line, text.size(), std::string(text.size() - replacement.size(), ' ') + replacement);
      }
      line = line_end + 1;
    }
    annotations.clear();
  }
  for (std::size_t number : missing)
    pdf.replace(table.entries_at + number * kXrefEntrySize, kXrefEntrySize, "0000000000 00001 f \n");
  return true;
}

} // namespace cvport::pdf
