#include "bib_database.hpp"

#include <btparse.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <stdio_ext.h> // __fsetlocking (glibc, musl)

#include "brace_balance.hpp"
#include "btparse_capture.hpp"
#include "percent_comments.hpp"
#include "cvport/text.hpp"

namespace cvport::bibtex {

namespace {

// BibTeX's rule for a field value: every run of whitespace is one space, none at either end.
// In place: the text only shrinks, so what is written never overtakes what is read.
void collapse_whitespace(std::string& text) {
  size_t out = 0;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = out > 0;
      continue;
    }
    if (space) text[out++] = ' ';
    space = false;
    text[out++] = c;
  }
  text.resize(out);
}

// al-folio's papers.bib starts with Jekyll's empty front matter ("---" lines), which btparse
// would call junk: blanked, so that every offset stays.
void blank_front_matter(std::string& text) {
  size_t i = 0;
  while (true) {
    size_t first = text.find_first_not_of(" \t\r\n", i);
    if (first == std::string::npos || text.compare(first, 3, "---") != 0) return;
    size_t end = text.find('\n', first);
    std::string_view rest(text.data() + first + 3, (end == std::string::npos ? text.size() : end) - first - 3);
    if (rest.find_first_not_of("\r ") != std::string_view::npos) return;
    text.replace(first, 3, "   ");
    i = first + 3;
  }
}

// An "@" outside every entry that does not start one ("% by me@example.org", a JSON file read
// with --from bibtex) is junk to BibTeX, which skips it. libbtparse instead starts an entry there
// and, on some such text ('@mail.com", ...'), reaches a usage error that calls exit(1) inside
// the cvport process. Blanked here, so that btparse only ever sees "@type{" or "@type(" at the
// top level; every offset stays.
void blank_stray_at_signs(std::string& text) {
  auto is_type_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == ':' || c == '.';
  };
  size_t i = 0;
  while (i < text.size()) {
    size_t at = text.find('@', i);
    if (at == std::string::npos) return;
    size_t end = at + 1;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t' || text[end] == '\r' || text[end] == '\n')) ++end;
    size_t type_start = end;
    while (end < text.size() && is_type_char(text[end])) ++end;
    size_t type_end = end;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t' || text[end] == '\r' || text[end] == '\n')) ++end;
    bool starts_entry = type_end > type_start && std::isalpha(static_cast<unsigned char>(text[type_start])) &&
                        end < text.size() && (text[end] == '{' || text[end] == '(');
    if (!starts_entry) {
      text[at] = ' ';
      i = at + 1;
      continue;
    }
    // Skip the entry: to the brace that closes it, or for "(", to the ")" outside every brace.
    char open = text[end];
    int depth = 0;
    size_t j = end + 1;
    for (; j < text.size(); ++j) {
      char c = text[j];
      if (c == '{') ++depth;
      else if (c == '}') {
        if (depth == 0 && open == '{') break;
        if (depth > 0) --depth;
      } else if (c == ')' && open == '(' && depth == 0) break;
    }
    i = j + 1;
  }
}

// Entries blanked before libbtparse reads the file, and why.
struct BlankedEntries {
  std::vector<size_t> text_after_a_value; // offsets of the stray text
  std::vector<size_t> without_fields;     // offsets of the "@"
};

// Text right after a field value that is neither ",", "#" nor the end of the entry
// ("pages = {12--34}L"). libbtparse reports it, but its error recovery then frees memory it does
// not own (fuzz_import, AddressSanitizer: bad-free in zztfree), which can crash cvport. Each such
// entry is blanked here, newlines kept so every offset and line stays, and btparse never has to
// recover from it; the junk's offsets are returned for the messages. So is an entry with a key
// and nothing else ("@misc{placeholder}"): BibTeX takes it as an entry without fields, libbtparse
// calls it a syntax error ("expected ,"). Runs after blank_stray_at_signs, so every "@" outside an
// entry starts one.
//
// With `definitions_only`, every entry but @string is blanked too, unreported: a file read only
// for its macros (read_bib_definitions) costs a scan, not a parse, whatever its size.
BlankedEntries blank_entries_libbtparse_cannot_take(std::string& text, bool definitions_only) {
  BlankedEntries blanked;
  std::vector<size_t>& junk = blanked.text_after_a_value;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
  size_t i = 0;
  while ((i = text.find('@', i)) != std::string::npos) {
    size_t at = i;
    size_t open_at = text.find_first_of("{(", at);
    if (open_at == std::string::npos) return blanked;
    std::string type = lower_ascii(std::string_view(text).substr(at + 1, open_at - at - 1));
    type.erase(std::remove_if(type.begin(), type.end(), [&](char c) { return space(c); }), type.end());
    char open = text[open_at];
    int depth = 0;           // braces inside the entry's body
    bool in_quotes = false;  // a "..." value (its braces nest too)
    bool after_value = false; // a {...} or "..." value just ended
    bool has_more_than_a_key = false; // a "," or "=" outside every value
    size_t bad = std::string::npos, end = text.size();
    for (size_t j = open_at + 1; j < text.size(); ++j) {
      char c = text[j];
      if (in_quotes) {
        if (c == '{') ++depth;
        else if (c == '}' && depth > 0) --depth;
        else if (c == '"' && depth == 0) in_quotes = false, after_value = true;
        continue;
      }
      if (depth > 0) {
        if (c == '{') ++depth;
        else if (c == '}' && --depth == 0) after_value = true;
        continue;
      }
      if (after_value && !space(c)) {
        after_value = false;
        if (c != ',' && c != '#' && c != '}' && c != ')' && bad == std::string::npos && type != "comment") bad = j;
      }
      if ((c == '}' && open == '{') || (c == ')' && open == '(')) {
        end = j;
        break;
      }
      if (c == ',' || c == '=') has_more_than_a_key = true;
      if (c == '{') ++depth;
      else if (c == '"') in_quotes = true;
    }
    bool key_only = !has_more_than_a_key && end < text.size() && type != "comment" && type != "preamble" &&
                    type != "string";
    bool not_read = definitions_only && type != "string";
    if (not_read) {
    } else if (key_only) blanked.without_fields.push_back(at);
    else if (bad != std::string::npos) junk.push_back(bad);
    if (not_read || key_only || bad != std::string::npos) {
      for (size_t k = at; k <= std::min(end, text.size() - 1); ++k)
        if (text[k] != '\n' && text[k] != '\r') text[k] = ' ';
    }
    i = end == text.size() ? end : end + 1;
  }
  return blanked;
}

// BibTeX reports these as errors and skips the entry; cvport imports nothing while a file has
// one, so that no publication is lost without the user seeing it.
constexpr const char* kFixTheEntry = "correct the entry and import again: nothing is imported while the file has an error";

class DatabaseReader {
public:
  // With `definitions_only`, only the file's @string entries are read (read_bib_definitions).
  DatabaseReader(std::string_view text, const std::string& file_name, BibMacros macros, bool definitions_only)
      : source_(text), file_name_(file_name), definitions_only_(definitions_only) {
    database_.macros = std::move(macros);
  }

  BibDatabase read(BtparseSession& session) {
    // btparse reads a FILE; the text stays in memory (a plugin never opens a path). Every check
    // below reads it as libbtparse will: without its "%" comments.
    std::string copy(source_.text());
    blank_percent_comments(copy);
    for (const BraceProblem& problem : find_unbalanced_braces(source_, copy))
      add_problem(CVPORT_SEVERITY_ERROR, "bibtex.unbalanced-brace", problem.at, problem.message,
                  "add the missing \"}\" (BibTeX counts every brace, \\{ and \\} too)");
    if (!database_.problems.empty()) return std::move(database_);
    blank_front_matter(copy);
    blank_stray_at_signs(copy);
    BlankedEntries blanked = blank_entries_libbtparse_cannot_take(copy, definitions_only_);
    for (size_t offset : blanked.without_fields)
      add_problem(CVPORT_SEVERITY_WARNING, "bibtex.entry-without-fields", source_.position(offset),
                  "this entry has no fields: left out, as it holds nothing to import", "");
    for (size_t offset : blanked.text_after_a_value) {
      unsigned char junk = static_cast<unsigned char>(source_.text()[offset]);
      std::string found = junk > ' ' && junk < 0x7f ? "\"" + std::string(1, char(junk)) + "\"" : std::string("text");
      add_problem(CVPORT_SEVERITY_ERROR, "bibtex.syntax", source_.position(offset),
                  "found " + found + " after a field value, expected \",\" or the end of the entry (\"}\" or \")\")",
                  kFixTheEntry);
    }
    // libbtparse measures a string with strlen and asserts on where it ends: a NUL byte inside
    // one would abort the process. Text files hold none; a damaged one is read without them.
    if (size_t nul = copy.find('\0'); nul != std::string::npos) {
      add_problem(CVPORT_SEVERITY_WARNING, "bibtex.nul-byte", source_.position(nul), "the file holds NUL bytes: they are read as spaces",
                  "");
      std::replace(copy.begin(), copy.end(), '\0', ' ');
    }
    std::unique_ptr<FILE, int (*)(FILE*)> file(fmemopen(copy.data(), copy.size(), "r"), &std::fclose);
    // btparse's lexer reads it with getc, a byte at a time. Once the process has started a thread,
    // glibc locks a stream for each getc (half of what getc costs here); this one is this thread's.
    if (file) __fsetlocking(file.get(), FSETLOCKING_BYCALLER);
    if (copy.empty() || !file) return std::move(database_);
    find_header(copy);
    // libbtparse also stores every @string in a table of its own and warns when a definition
    // replaces one. The session empties it once per import; it is emptied for each file too,
    // because an import also reads the earlier inputs' definitions (read_bib_definitions): a file
    // that redefines one of theirs does as BibTeX allows, and libbtparse would call it
    // "overriding existing definition". Macros pass from file to file through `database_.macros`.
    bt_delete_all_macros();
    std::string name = file_name_;
    std::string failure;
    while (AST* entry = guarded_parse_entry(file.get(), name.data(), failure)) {
      read_entry(entry);
      bt_free_ast(entry);
      take_messages(session);
      read_an_entry_ = true;
    }
    // btparse returns no entry at the end of the file but also on text it cannot parse at all;
    // then it still holds this FILE, and its next call, for the next file, would be a usage
    // error. A null file is its documented "done with this file".
    bt_parse_entry(nullptr, name.data(), 0, nullptr);
    if (!failure.empty()) {
      long offset = std::ftell(file.get());
      add_problem(CVPORT_SEVERITY_ERROR, "bibtex.parser-gave-up", source_.position(offset < 0 ? 0 : size_t(offset)),
                  "libbtparse could not read the file past this point (" + failure + ")",
                  "check the entry before this point: a field without \"name =\", or text between fields");
    }
    take_messages(session);
    report_undefined_macros();
    return std::move(database_);
  }

private:
  void read_entry(AST* entry) {
    bt_metatype metatype = bt_entry_metatype(entry);
    std::string type = lower_ascii(bt_entry_type(entry) ? bt_entry_type(entry) : "");
    if (metatype == BTE_MACRODEF) {
      if (database_.definitions == 0) database_.first_definition = entry_at(entry, type);
      char* name = nullptr;
      for (AST* macro = bt_next_macro(entry, nullptr, &name); macro; macro = bt_next_macro(entry, macro, &name)) {
        int line = macro->line;
        // Not collapsed here: "Proceedings of the " keeps its last space for procof # cvpr, and
        // the field that uses the macro is collapsed as a whole.
        std::string value = expand(macro, line, name ? name : "", false);
        if (name) database_.macros[lower_ascii(name)] = value;
        ++database_.definitions;
      }
      return;
    }
    if (metatype != BTE_REGULAR) return; // @comment, @preamble: nothing for a CV
    BibEntry out;
    out.type = std::move(type);
    out.key = bt_entry_key(entry) ? bt_entry_key(entry) : "";
    out.at = entry_at(entry, out.type);
    char* name = nullptr;
    for (AST* field = bt_next_field(entry, nullptr, &name); field; field = bt_next_field(entry, field, &name)) {
      BibField value;
      value.name = lower_ascii(name ? name : "");
      value.at = find_word(source_, field->line, value.name);
      value.value = expand(field, field->line, value.name);
      out.fields.push_back(std::move(value));
    }
    database_.entries.push_back(std::move(out));
  }

  // The "@" that starts an entry.
  Position entry_at(AST* entry, const std::string& type) const {
    if (size_t at = source_.line_text(entry->line).find('@'); at != std::string_view::npos)
      return source_.position(source_.line_start(entry->line) + at);
    return find_word(source_, entry->line, "@" + type);
  }

  // The value of a field or macro definition: its parts pasted, macros expanded.
  std::string expand(AST* field, int line, const std::string& field_name, bool collapse = true) {
    std::string value;
    bt_nodetype type;
    char* text = nullptr;
    for (AST* part = bt_next_value(field, nullptr, &type, &text); part; part = bt_next_value(field, part, &type, &text)) {
      std::string_view piece = text ? text : "";
      if (type != BTAST_MACRO) {
        value += piece;
        continue;
      }
      auto found = database_.macros.find(lower_ascii(piece));
      if (found != database_.macros.end()) {
        value += found->second;
        continue;
      }
      // BibTeX warns and reads "" here; bibtex-ruby (jekyll-scholar, al-folio) prints the name.
      // The name is what the user meant to show ("booktitle = CVPR", with the @string in an
      // abbreviations file that \bibliography{abbrev,papers} reads first), so it is kept.
      value += piece;
      std::string name(piece);
      auto [use, first] = undefined_macros_.try_emplace(lower_ascii(name));
      ++use->second.count;
      if (!first) continue;
      int macro_line = part->line > 0 ? part->line : line;
      Position after_name = find_word(source_, macro_line, field_name);
      size_t from = after_name.line == macro_line ? size_t(after_name.column) : 0;
      use->second.name = name;
      use->second.at = find_word(source_, macro_line, name, from);
      use->second.order = undefined_macros_.size();
    }
    if (collapse) collapse_whitespace(value);
    return value;
  }

  void take_messages(BtparseSession& session) {
    for (const BtparseMessage& message : session.messages()) {
      Position at = message.line > 0 ? located(message) : Position{};
      if (!message.is_error && !read_an_entry_ && header_.has_value() &&
          message.message.find("junk seen at toplevel") != std::string::npos) {
        // What comes before the first entry is a header (Mendeley's, ADS's): BibTeX skips it
        // without a word, and so does cvport, with a note where it starts.
        Position start = source_.position(*header_);
        std::string lines = start.line == header_last_line_
                                ? "line " + std::to_string(start.line)
                                : "lines " + std::to_string(start.line) + "-" + std::to_string(header_last_line_);
        add_problem(CVPORT_SEVERITY_NOTE, "bibtex.header-skipped", start,
                    "the text before the first entry (" + lines + ") is not BibTeX: skipped, as BibTeX skips it", "");
        continue;
      }
      add_problem(message.is_error ? CVPORT_SEVERITY_ERROR : CVPORT_SEVERITY_WARNING,
                  message.is_error ? "bibtex.syntax" : "bibtex.parser-warning", at, message.message,
                  message.is_error ? kFixTheEntry : "");
    }
  }

  // btparse names the line; the column is that of the token it quotes ("found \"@misc\"").
  Position located(const BtparseMessage& message) const {
    size_t found = message.message.find("found \"");
    if (found != std::string::npos) {
      size_t start = found + 7, end = message.message.find('"', start);
      std::string token = message.message.substr(start, end == std::string::npos ? std::string::npos : end - start);
      size_t column = source_.line_text(message.line).find(token);
      if (!token.empty() && column != std::string_view::npos)
        return source_.position(source_.line_start(message.line) + column);
    }
    return find_word(source_, message.line, "");
  }

  void add_problem(cvport_severity severity, std::string code, Position at, std::string message, std::string hint) {
    database_.problems.push_back({severity, std::move(code), at, std::move(message), std::move(hint)});
  }

  // Text before the first "@" (comments, front matter and stray "@"s already blanked): where it
  // starts and the line where it ends.
  void find_header(std::string_view text) {
    size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || text[first] == '@') return;
    size_t at = text.find('@', first);
    size_t last = text.find_last_not_of(" \t\r\n", at == std::string_view::npos ? text.size() : at - 1);
    header_ = first;
    header_last_line_ = source_.position(last).line;
  }

  // One warning per undefined macro, at its first use, with how often the file uses it.
  void report_undefined_macros() {
    std::vector<const UndefinedMacro*> in_order;
    for (const auto& [key, use] : undefined_macros_) in_order.push_back(&use);
    std::sort(in_order.begin(), in_order.end(), [](auto* a, auto* b) { return a->order < b->order; });
    for (const UndefinedMacro* use : in_order) {
      std::string times = use->count == 1 ? "once" : std::to_string(use->count) + " times";
      add_problem(CVPORT_SEVERITY_WARNING, "bibtex.undefined-macro", use->at,
                  "undefined macro \"" + use->name + "\" (used " + times + "): read as the text \"" + use->name + "\"",
                  "define it with @string{" + use->name + " = \"...\"} before its first use; if another .bib file "
                  "defines it (\\bibliography{abbrev,papers}), give that file first on the command line: "
                  "cvport import abbrev.bib papers.bib");
    }
  }

  struct UndefinedMacro {
    std::string name; // as first written
    Position at;      // its first use
    size_t count = 0;
    size_t order = 0; // first uses in file order
  };

  LineIndex source_;
  std::string file_name_;
  bool definitions_only_;
  std::map<std::string, UndefinedMacro> undefined_macros_; // by lower-case name
  std::optional<size_t> header_;                          // where text before the first entry starts
  int header_last_line_ = 0;
  bool read_an_entry_ = false;
  BibDatabase database_;
};

} // namespace

const BibField* BibEntry::field(std::string_view name) const {
  for (const BibField& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

std::string BibEntry::value(std::string_view name) const {
  const BibField* f = field(name);
  return f ? f->value : std::string();
}

// The month macros of BibTeX's standard styles (plain.bst: MACRO {jan} {"January"} ...).
BibMacros standard_macros() {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  BibMacros macros;
  for (const char* month : months) macros[lower_ascii(std::string_view(month, 3))] = month;
  return macros;
}

BibDatabase read_bib_database(std::string_view text, const std::string& file_name, BtparseSession& session,
                              BibMacros macros) {
  return DatabaseReader(text, file_name, std::move(macros), false).read(session);
}

namespace {

// Whether `text` may hold an @string entry: an "@", white space, then "string" in any case (as
// libbtparse reads an entry's type). Every file given before the imported one is read for its
// definitions, so `cvport import content/publication/*/cite.bib` (one file per paper, none with
// a definition) would prepare and parse each file again for every file after it: this scan,
// which a comment mentioning "@string" only makes cautious, leaves those files unread.
bool may_define_macros(std::string_view text) {
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t type = at + 1;
    while (type < text.size() && (text[type] == ' ' || text[type] == '\t' || text[type] == '\r' || text[type] == '\n'))
      ++type;
    if (lower_ascii(text.substr(type, 6)) == "string") return true;
  }
  return false;
}

} // namespace

void read_bib_definitions(std::string_view text, const std::string& file_name, BtparseSession& session,
                          BibMacros& macros) {
  if (!may_define_macros(text)) return;
  macros = DatabaseReader(text, file_name, std::move(macros), true).read(session).macros;
}

} // namespace cvport::bibtex
