#include "latex_unicode.hpp"

#include <algorithm>
#include <array>
#include <cctype>

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

const LatexSymbol* find_symbol(std::string_view command, std::string_view argument) {
  auto less = [](const LatexSymbol& s, std::pair<std::string_view, std::string_view> key) {
    return std::pair(s.command, s.argument) < key;
  };
  auto it = std::lower_bound(std::begin(kLatexSymbols), std::end(kLatexSymbols), std::pair(command, argument), less);
  return it != std::end(kLatexSymbols) && it->command == command && it->argument == argument ? &*it : nullptr;
}

// Whether the command is an accent, i.e. takes an argument (\" \' \c \v ...).
bool takes_argument(std::string_view command) {
  auto it = std::lower_bound(std::begin(kLatexSymbols), std::end(kLatexSymbols), command,
                             [](const LatexSymbol& s, std::string_view c) { return s.command < c; });
  for (; it != std::end(kLatexSymbols) && it->command == command; ++it)
    if (!it->argument.empty()) return true;
  return false;
}

class Decoder {
public:
  Decoder(std::string_view text, UnknownCommands* unknown) : text_(text), unknown_(unknown) {}

  std::string decode() {
    std::string out;
    decode_until_close(out);
    while (pos_ < text_.size()) { // a stray "}" closes nothing: skip it and go on
      ++pos_;
      decode_until_close(out);
    }
    return collapse(out);
  }

private:
  // Decodes up to the "}" that closes the current group (consumed by the caller) or the end.
  void decode_until_close(std::string& out) {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '}') return;
      if (c == '{') {
        ++pos_;
        decode_until_close(out);
        if (pos_ < text_.size()) ++pos_;
      } else if (c == '\\') {
        decode_command(out);
      } else if (c == '$') {
        ++pos_; // math shift: the formula's text stays, its commands are decoded like any others
      } else if (c == '~') {
        // A tie is a space that does not break; in a CV's text (and in name matching) a plain
        // space is what it stands for.
        out += ' ';
        ++pos_;
      } else if (!decode_ligature(out)) {
        out += c;
        ++pos_;
      }
    }
  }

  // --, ---, ``, '' and the like, longest first. Most characters start none: a table of the
  // first characters keeps the search of the symbol table for those that do.
  bool decode_ligature(std::string& out) {
    static const std::array<bool, 256> starts_ligature = [] {
      std::array<bool, 256> starts{};
      for (const LatexSymbol& symbol : kLatexSymbols)
        if (symbol.command.empty() && !symbol.argument.empty()) starts[static_cast<unsigned char>(symbol.argument[0])] = true;
      return starts;
    }();
    if (!starts_ligature[static_cast<unsigned char>(text_[pos_])]) return false;
    for (size_t length = 3; length >= 2; --length) {
      if (pos_ + length > text_.size()) continue;
      if (const LatexSymbol* symbol = find_symbol("", text_.substr(pos_, length))) {
        out += symbol->text;
        pos_ += length;
        return true;
      }
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

  void decode_command(std::string& out) {
    std::string_view command = read_command();
    if (command == "\\\\") { // a line break
      out += ' ';
      return;
    }
    if (takes_argument(command)) {
      std::string argument = read_accent_argument();
      if (const LatexSymbol* symbol = find_symbol(command, argument)) {
        out += symbol->text;
      } else {
        note_unknown(std::string(command) + "{" + argument + "}");
        out += Decoder(argument, unknown_).decode();
      }
      return;
    }
    if (const LatexSymbol* symbol = find_symbol(command, "")) {
      out += symbol->text;
      if (text_.substr(pos_, 2) == "{}") pos_ += 2; // \ss{} and \o{} end the command only
      return;
    }
    if (listed(kStyleDeclarations, command)) return;
    // LaTeX's escaped specials and spacing commands that latexcodec's table leaves out.
    if (command.size() == 2 && std::string_view("$%#&_{}").find(command[1]) != std::string_view::npos) {
      out += command[1];
      return;
    }
    if (command == "\\>" || command == "\\," || command == "\\;" || command == "\\:" || command == "\\!" ||
        command == "\\quad" || command == "\\qquad") {
      out += ' ';
      return;
    }
    if (command == "\\textbar") {
      out += '|';
      if (text_.substr(pos_, 2) == "{}") pos_ += 2;
      return;
    }
    if (command == "\\href") { // \href{url}{text}: the text
      read_group();
      out += Decoder(read_group(), unknown_).decode();
      return;
    }
    if (!listed(kStyleCommands, command)) note_unknown(std::string(command));
    // A command's braced argument is its text: \textit{Word} -> Word; an unknown command without
    // one leaves nothing, as TeX would print nothing the importer can know.
    if (pos_ < text_.size() && text_[pos_] == '{') out += Decoder(read_group(), unknown_).decode();
  }

  void note_unknown(std::string command) {
    if (unknown_) unknown_->insert(std::move(command));
  }

  static std::string collapse(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
      if (is_space(c)) {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += c;
    }
    return out;
  }

  std::string_view text_;
  UnknownCommands* unknown_;
  size_t pos_ = 0;
};

} // namespace

std::string latex_to_unicode(std::string_view latex, UnknownCommands* unknown) {
  return Decoder(latex, unknown).decode();
}

} // namespace cvport::bibtex
