#include "latex_unicode.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <vector>

#include "latex_symbols.hpp"

namespace cvport::bibtex {

namespace {

// Commands whose argument is text shown as it is, in another style or as a link: the text stays.
constexpr std::array<std::string_view, 30> kStyleCommands = {
    "\\mkbibemph", "\\mkbibitalic", "\\mkbibbold", "\\mkbibquote",
    "\\emph",   "\\textit",  "\\textbf",   "\\textsc",   "\\textrm",   "\\textsf",    "\\texttt",
    "\\textup", "\\textmd",  "\\textsl",   "\\textnormal", "\\mathrm", "\\mathit",    "\\mathbf",
    "\\mathsf", "\\mathtt",  "\\mathcal",  "\\text",     "\\mbox",     "\\hbox",      "\\url",
    "\\nolinkurl", "\\NoCaseChange", "\\ensuremath", "\\uppercase", "\\lowercase"};
// Declarations that change the style of the rest of their group: {\em text}, {\bf text}.
constexpr std::array<std::string_view, 14> kStyleDeclarations = {
    "\\em", "\\it", "\\bf", "\\sc", "\\rm", "\\sf", "\\tt", "\\sl", "\\itshape", "\\bfseries", "\\scshape",
    "\\upshape", "\\normalfont", "\\relax"};

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

template <size_t N> bool listed(const std::array<std::string_view, N>& list, std::string_view command) {
  return std::find(list.begin(), list.end(), command) != list.end();
}

// The rows of kLatexSymbols for one command: consecutive, as the table is sorted by command, then
// argument. Found by a hash of the command, built once: two binary searches of the whole table
// for each command decoded were a quarter of the decoder's instructions on accented text.
struct CommandRows {
  const LatexSymbol* first;
  const LatexSymbol* last;
  bool takes_argument; // an accent (\" \' \c \v ...): a row with an argument
};

const CommandRows* rows_of(std::string_view command) {
  static const std::unordered_map<std::string_view, CommandRows> index = [] {
    std::unordered_map<std::string_view, CommandRows> rows;
    for (const LatexSymbol& symbol : kLatexSymbols) {
      auto [it, added] = rows.try_emplace(symbol.command, CommandRows{&symbol, &symbol + 1, false});
      if (!added) it->second.last = &symbol + 1;
      if (!symbol.argument.empty()) it->second.takes_argument = true;
    }
    return rows;
  }();
  auto found = index.find(command);
  return found == index.end() ? nullptr : &found->second;
}

const LatexSymbol* find_symbol(const CommandRows* rows, std::string_view argument) {
  if (!rows) return nullptr;
  auto it = std::lower_bound(rows->first, rows->last, argument,
                             [](const LatexSymbol& s, std::string_view a) { return s.argument < a; });
  return it != rows->last && it->argument == argument ? it : nullptr;
}

// The ligatures decode_ligature tries, three characters long before two: --- before --.
const std::vector<const LatexSymbol*>& ligatures() {
  static const std::vector<const LatexSymbol*> list = [] {
    std::vector<const LatexSymbol*> found;
    for (size_t length = 3; length >= 2; --length)
      for (const LatexSymbol& symbol : kLatexSymbols)
        if (symbol.command.empty() && symbol.argument.size() == length) found.push_back(&symbol);
    return found;
  }();
  return list;
}

// The bytes at which a run of plain text ends: the ones decode_until_close gives a meaning to,
// and the first characters of ligatures. Plain text between them is copied as one run.
const std::array<bool, 256>& ends_plain_text() {
  static const std::array<bool, 256> ends = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("{}\\$~")) table[c] = true;
    for (const LatexSymbol& symbol : kLatexSymbols)
      if (symbol.command.empty() && !symbol.argument.empty()) table[static_cast<unsigned char>(symbol.argument[0])] = true;
    return table;
  }();
  return ends;
}

class Decoder {
public:
  Decoder(std::string_view text, UnknownCommands* unknown) : text_(text), unknown_(unknown) {}

  std::string decode() {
    decode_until_close();
    while (pos_ < text_.size()) { // a stray "}" closes nothing: skip it and go on
      ++pos_;
      decode_until_close();
    }
    return std::move(out_);
  }

private:
  // Decodes up to the "}" that closes the current group (consumed by the caller) or the end.
  void decode_until_close() {
    const std::array<bool, 256>& ends = ends_plain_text();
    while (pos_ < text_.size()) {
      size_t run_end = pos_;
      while (run_end < text_.size() && !ends[static_cast<unsigned char>(text_[run_end])]) ++run_end;
      if (run_end > pos_) {
        put(text_.substr(pos_, run_end - pos_));
        pos_ = run_end;
        continue;
      }
      char c = text_[pos_];
      if (c == '}') return;
      if (c == '{') {
        ++pos_;
        decode_until_close();
        if (pos_ < text_.size()) ++pos_;
      } else if (c == '\\') {
        decode_command();
      } else if (c == '$') {
        ++pos_; // math shift: the formula's text stays, its commands are decoded like any others
      } else if (c == '~') {
        // A tie is a space that does not break; in a CV's text (and in name matching) a plain
        // space is what it stands for.
        put(" ");
        ++pos_;
      } else if (!decode_ligature()) {
        put(text_.substr(pos_, 1));
        ++pos_;
      }
    }
  }

  // --, ---, ``, '' and the like, longest first.
  bool decode_ligature() {
    for (const LatexSymbol* symbol : ligatures())
      if (text_.compare(pos_, symbol->argument.size(), symbol->argument) == 0) {
        put(symbol->text);
        pos_ += symbol->argument.size();
        return true;
      }
    return false;
  }

  std::string_view read_command() {
    size_t start = pos_++;
    if (pos_ < text_.size() && is_letter(text_[pos_])) {
      while (pos_ < text_.size() && is_letter(text_[pos_])) ++pos_;
      std::string_view word = text_.substr(start, pos_ - start);
      while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_; // TeX skips spaces after a word
      return word;
    }
    if (pos_ < text_.size()) ++pos_;
    return text_.substr(start, pos_ - start);
  }

  // The raw text of a braced group at pos_ (braces consumed), or "" when none is there.
  std::string_view read_group() {
    if (pos_ >= text_.size() || text_[pos_] != '{') return {};
    size_t start = ++pos_;
    int depth = 1;
    while (pos_ < text_.size() && depth > 0) {
      if (text_[pos_] == '{') ++depth;
      if (text_[pos_] == '}') --depth;
      ++pos_;
    }
    return text_.substr(start, pos_ - start - (depth == 0 ? 1 : 0));
  }

  // An accent's argument: {u}, u, {\i} or \i, with the braces dropped.
  std::string read_accent_argument() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    if (pos_ >= text_.size()) return {};
    std::string argument;
    if (text_[pos_] == '{') {
      for (char c : read_group())
        if (c != '{' && c != '}' && !is_space(c)) argument += c;
      return argument;
    }
    if (text_[pos_] == '\\') return std::string(read_command());
    size_t length = 1;
    unsigned char lead = static_cast<unsigned char>(text_[pos_]);
    if (lead >= 0xC0) length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    argument = std::string(text_.substr(pos_, length));
    pos_ += length;
    return argument;
  }

  void decode_command() {
    std::string_view command = read_command();
    if (command == "\\\\") { // a line break
      put(" ");
      return;
    }
    const CommandRows* rows = rows_of(command);
    if (rows && rows->takes_argument) {
      std::string argument = read_accent_argument();
      if (const LatexSymbol* symbol = find_symbol(rows, argument)) {
        put(symbol->text);
      } else {
        note_unknown(std::string(command) + "{" + argument + "}");
        put(Decoder(argument, unknown_).decode());
      }
      return;
    }
    if (const LatexSymbol* symbol = find_symbol(rows, "")) {
      put(symbol->text);
      if (text_.substr(pos_, 2) == "{}") pos_ += 2; // \ss{} and \o{} end the command only
      return;
    }
    if (listed(kStyleDeclarations, command)) return;
    // LaTeX's escaped specials and spacing commands that latexcodec's table leaves out.
    if (command.size() == 2 && std::string_view("$%#&_{}").find(command[1]) != std::string_view::npos) {
      put(command.substr(1));
      return;
    }
    if (command == "\\>" || command == "\\," || command == "\\;" || command == "\\:" || command == "\\!" ||
        command == "\\quad" || command == "\\qquad") {
      put(" ");
      return;
    }
    if (command == "\\textbar") {
      put("|");
      if (text_.substr(pos_, 2) == "{}") pos_ += 2;
      return;
    }
    if (command == "\\href") { // \href{url}{text}: the text
      read_group();
      put(Decoder(read_group(), unknown_).decode());
      return;
    }
    if (!listed(kStyleCommands, command)) note_unknown(std::string(command));
    // A command's braced argument is its text: \textit{Word} -> Word; an unknown command without
    // one leaves nothing, as TeX would print nothing the importer can know.
    if (pos_ < text_.size() && text_[pos_] == '{') put(Decoder(read_group(), unknown_).decode());
  }

  void note_unknown(std::string command) {
    if (unknown_) unknown_->insert(std::move(command));
  }

  // Appends decoded text with every run of whitespace made one space and none at either end, as
  // BibTeX shows a value; done as the text is written, not in a second pass over it.
  void put(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
      size_t start = i;
      while (i < text.size() && !is_space(text[i])) ++i;
      if (i > start) {
        if (space_pending_) out_ += ' ';
        space_pending_ = false;
        out_.append(text.substr(start, i - start));
      }
      while (i < text.size() && is_space(text[i])) {
        space_pending_ = !out_.empty();
        ++i;
      }
    }
  }

  std::string_view text_;
  UnknownCommands* unknown_;
  size_t pos_ = 0;
  std::string out_;
  bool space_pending_ = false; // whitespace written since the last character, after some
};

// Text the decoder would give back as it is: no byte it gives a meaning to, and no space but
// single ones between other characters. Most values are ("Baolin Li", "IEEE Transactions on ...").
bool is_plain(std::string_view text) {
  const std::array<bool, 256>& ends = ends_plain_text();
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (ends[static_cast<unsigned char>(c)]) return false;
    if (is_space(c) && (c != ' ' || i == 0 || i + 1 == text.size() || is_space(text[i + 1]))) return false;
  }
  return true;
}

} // namespace

std::string latex_to_unicode(std::string_view latex, UnknownCommands* unknown) {
  if (is_plain(latex)) return std::string(latex);
  return Decoder(latex, unknown).decode();
}

} // namespace cvport::bibtex
