#include "brace_balance.hpp"

#include <cctype>

namespace cvport::bibtex {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// At `i` (an "@"), an entry start: "@type{" or "@type (". Returns the offset of its opening
// delimiter, or npos.
size_t entry_opening(std::string_view text, size_t i) {
  size_t j = i + 1;
  while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
  if (j == i + 1) return std::string_view::npos;
  while (j < text.size() && is_blank(text[j])) ++j;
  return j < text.size() && (text[j] == '{' || text[j] == '(') ? j : std::string_view::npos;
}

// Whether `i` is the first non-blank character of its line.
bool starts_line(std::string_view text, size_t i) {
  while (i > 0 && is_blank(text[i - 1])) --i;
  return i == 0 || text[i - 1] == '\n';
}

// At `i` (just after a newline), a line that starts a field: "  year = 2021,".
bool starts_field(std::string_view text, size_t i) {
  while (i < text.size() && is_blank(text[i])) ++i;
  size_t name = i;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == '-')) ++i;
  if (i == name || !std::isalpha(static_cast<unsigned char>(text[name]))) return false;
  while (i < text.size() && is_blank(text[i])) ++i;
  return i < text.size() && text[i] == '=';
}

// Every brace counted, entries or not: what decides whether anything is unbalanced at all.
bool braces_balance(std::string_view text) {
  long depth = 0;
  for (char c : text) {
    if (c == '{') ++depth;
    if (c == '}' && depth > 0) --depth;
  }
  return depth == 0;
}

} // namespace

std::vector<BraceProblem> find_unbalanced_braces(const LineIndex& source, std::string_view text) {
  std::vector<BraceProblem> problems;
  if (braces_balance(text)) return problems;
  std::vector<size_t> open; // offsets of the open "{" (the entry's own delimiter first)
  char entry_closer = 0;
  bool in_quotes = false;
  auto report_open = [&](std::string noticed) {
    size_t innermost = open.back();
    std::string what = open.size() == 1 ? "this entry is not closed" : "this \"{\" is not closed";
    problems.push_back({source.position(innermost), what + " " + noticed});
    open.clear();
    in_quotes = false;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (open.empty()) {
      if (c != '@') continue;
      size_t opening = entry_opening(text, i);
      if (opening == std::string_view::npos) continue;
      open.push_back(opening);
      entry_closer = text[opening] == '{' ? '}' : ')';
      i = opening;
      continue;
    }
    if (c == '@' && starts_line(text, i) && entry_opening(text, i) != std::string_view::npos) {
      Position next = source.position(i);
      report_open("before the next entry starts at line " + std::to_string(next.line));
      --i; // read this entry afresh
      continue;
    }
    if (c == '\n' && open.size() > 1 && starts_field(text, i + 1)) {
      // A value still open where the next field starts: its "{" is the one not closed.
      Position next = source.position(i + 1);
      problems.push_back({source.position(open.back()),
                          "this \"{\" is not closed before the next field starts at line " + std::to_string(next.line)});
      open.resize(1);
      continue;
    }
    if (c == '{') {
      open.push_back(i);
    } else if (c == '}' && open.size() > 1) {
      open.pop_back();
    } else if (c == entry_closer && open.size() == 1 && !in_quotes) {
      open.clear();
    } else if (c == '"' && open.size() == 1) {
      in_quotes = !in_quotes;
    }
  }
  if (!open.empty()) report_open("before the end of the file");
  return problems;
}

} // namespace cvport::bibtex
