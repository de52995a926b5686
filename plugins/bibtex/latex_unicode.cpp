#include "latex_unicode.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <vector>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "cvport/text.hpp"
#include "cvport/utf8.hpp"
#include "latex_symbols.hpp"
#include "unicode_scripts.hpp"

namespace cvport::bibtex {

namespace {

// Commands whose argument is text shown as it is, in another style or as a link: the text stays.
// \underline, \uline, \sout ... (ulem, soul) underline or strike out their text; a CV keeps it.
constexpr auto kStyleCommands = std::to_array<std::string_view>({
    "\\mkbibemph", "\\mkbibitalic", "\\mkbibbold", "\\emph",     "\\textit",      "\\textbf",     "\\textsc",
    "\\textrm",    "\\textsf",      "\\texttt",    "\\textup",   "\\textmd",      "\\textsl",     "\\textnormal",
    "\\mathrm",    "\\mathit",      "\\mathbf",    "\\mathsf",   "\\mathtt",      "\\mathcal",    "\\text",
    "\\mbox",      "\\hbox",        "\\url",       "\\nolinkurl", "\\NoCaseChange", "\\ensuremath", "\\uppercase",
    "\\lowercase", "\\underline",   "\\uline",     "\\uuline",   "\\uwave",       "\\dashuline",  "\\dotuline",
    "\\sout",      "\\xout",        "\\ul",        "\\st",       "\\hl",          "\\so"});
// Declarations that change the style or size of the rest of their group: {\em text}, {\bf text},
// {\small text}, math's {\cal B}.
constexpr auto kStyleDeclarations = std::to_array<std::string_view>({
    "\\em",     "\\it",         "\\bf",         "\\sc",         "\\rm",          "\\sf",      "\\tt",
    "\\sl",     "\\itshape",    "\\bfseries",   "\\scshape",    "\\upshape",     "\\normalfont", "\\relax",
    "\\cal",    "\\tiny",       "\\scriptsize", "\\footnotesize", "\\small",      "\\normalsize", "\\large",
    "\\Large",  "\\LARGE",      "\\huge",       "\\Huge"});
// Commands that print nothing and whose argument only sorts: `year = {\noopsort{2025}in review}`
// sorts by 2025 and prints "in review". BibTeX's own documentation defines \noopsort this way in
// a @preamble (Patashnik, "BibTeXing", btxdoc.tex: \newcommand{\noopsort}[1]{}); the other names
// are the spellings .bib files define the same way.
constexpr auto kSortOnlyCommands = std::to_array<std::string_view>({"\\noop", "\\noopsort", "\\SortNoop", "\\sortnoop"});

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
    for (unsigned char c : std::string_view("{}\\$~^_")) table[c] = true;
    for (const LatexSymbol& symbol : kLatexSymbols)
      if (symbol.command.empty() && !symbol.argument.empty()) table[static_cast<unsigned char>(symbol.argument[0])] = true;
    return table;
  }();
  return ends;
}

bool starts_with_letter(std::string_view text) {
  size_t at = 0;
  return !text.empty() && u_isalpha(UChar32(next_code_point(text, at)));
}

// A fraction's numerator or denominator as it reads after a slash: in parentheses when it holds
// a space or an operator ("(a+b)/2"), as it is otherwise ("1/2", "dN/dη").
std::string grouped(const std::string& operand) {
  bool compound = operand.find_first_of(" +-*/=<>,;") != std::string::npos ||
                  operand.find("\u2212") != std::string::npos || operand.find("\u00B1") != std::string::npos ||
                  operand.find("\u00D7") != std::string::npos;
  return compound ? "(" + operand + ")" : operand;
}

// Each character of `text` followed by a combining mark (a bar or a line over it).
std::string marked(std::string_view text, char32_t mark) {
  std::string out;
  for (size_t at = 0; at < text.size();) {
    size_t start = at;
    char32_t c = next_code_point(text, at);
    out.append(text.substr(start, at - start));
    if (c != ' ') append_utf8(out, mark);
  }
  return out;
}

// mhchem's \ce{Al2O3}: the numbers after an element or a closing bracket are subscripts (Al₂O₃,
// Cu₂(Zn,Cd)SnS₄); a leading number is a coefficient and stays. The rest of mhchem's language
// (charges, arrows) is read as any LaTeX.
std::string chemical_formula(std::string_view formula) {
  std::string out;
  bool after_element = false;
  for (char c : formula) {
    if (c >= '0' && c <= '9' && after_element) {
      append_utf8(out, U'\u2080' + char32_t(c - '0'));
      continue;
    }
    after_element = is_letter(c) || c == ')' || c == ']';
    out += c;
  }
  return out;
}

// How deep groups and arguments are decoded: the decoder recurses into each, and a value nested a
// hundred thousand deep (a fuzzer's, or a broken file's) would exhaust the stack. Below this
// depth a group's text is kept as it is, braces dropped; no real value comes near it.
constexpr int kMaxNesting = 200;

// A group's raw text without its braces, as the text too deep to decode.
std::string without_braces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != '{' && c != '}') out += c;
  return out;
}

class Decoder {
public:
  Decoder(std::string_view text, UnknownCommands* unknown, Scripts scripts, bool math = false, int depth = 0)
      : text_(text), unknown_(unknown), scripts_(scripts), math_(math), depth_(depth) {}

  std::string decode() {
    if (depth_ > kMaxNesting) {
      put(without_braces(text_));
      return std::move(out_);
    }
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
      if (c == '{' && depth_ >= kMaxNesting) {
        put(without_braces(read_group()));
      } else if (c == '{') {
        ++pos_;
        ++depth_;
        decode_until_close();
        --depth_;
        if (pos_ < text_.size()) ++pos_;
      } else if (c == '\\') {
        decode_command();
      } else if (c == '$') {
        ++pos_; // math shift: the formula's text stays, its commands are decoded like any others
        math_ = !math_;
      } else if ((c == '^' || c == '_') && math_ && scripts_ == Scripts::unicode) {
        ++pos_;
        decode_script(c);
      } else if (c == '\'' && math_) {
        put("\u2032"); // f' is f^\prime in a formula
        ++pos_;
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
      size_t word_end = pos_;
      while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_; // TeX skips spaces after a word
      space_after_word_ = pos_ > word_end;
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

  // A command's argument as TeX takes it: a braced group (its text, braces consumed), a control
  // sequence, or one character. "" at the end of the text.
  std::string_view read_argument() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    if (pos_ >= text_.size()) return {};
    if (text_[pos_] == '{') return read_group();
    if (text_[pos_] == '\\') return read_command();
    size_t length = 1;
    unsigned char lead = static_cast<unsigned char>(text_[pos_]);
    if (lead >= 0xC0) length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    std::string_view argument = text_.substr(pos_, length);
    pos_ += argument.size();
    return argument;
  }

  // An optional argument, [3] of \sqrt[3]{x}: its text, or "" when there is none.
  std::string_view read_optional_argument() {
    if (pos_ >= text_.size() || text_[pos_] != '[') return {};
    size_t close = text_.find(']', pos_);
    if (close == std::string_view::npos) return {};
    std::string_view argument = text_.substr(pos_ + 1, close - pos_ - 1);
    pos_ = close + 1;
    return argument;
  }

  // The star of \vspace*, \enquote*: true when there is one (consumed).
  bool read_star() {
    if (pos_ >= text_.size() || text_[pos_] != '*') return false;
    ++pos_;
    return true;
  }

  // An accent's argument: {u}, u, {\i} or \i, with the braces dropped.
  std::string read_accent_argument() {
    std::string argument;
    for (char c : read_argument())
      if (c != '{' && c != '}' && !is_space(c)) argument += c;
    return argument;
  }

  // LaTeX text decoded in the mode (text or math) the decoder is in.
  std::string decoded(std::string_view latex) { return Decoder(latex, unknown_, scripts_, math_, depth_ + 1).decode(); }

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
        put(decoded(argument));
      }
      return;
    }
    if (const LatexSymbol* symbol = find_symbol(rows, "")) {
      put(symbol->text);
      if (text_.substr(pos_, 2) == "{}") pos_ += 2; // \ss{} and \o{} end the command only
      // TeX spaces a formula itself: room around an arrow or an operator ("$B \to J/\psi$"), none
      // between letters ("$\Delta A$" is ΔA). A space written after a symbol that is no letter stands
      // for that room, as the one before it does; after a letter it only ends the command's name.
      if (math_ && space_after_word_ && !starts_with_letter(symbol->text)) put(" ");
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
    if (decode_printed_otherwise(command)) return;
    if (!listed(kStyleCommands, command)) note_unknown(std::string(command));
    // A command's braced argument is its text: \textit{Word} -> Word; an unknown command without
    // one leaves nothing, as TeX would print nothing the importer can know.
    if (pos_ < text_.size() && text_[pos_] == '{') put(decoded(read_group()));
  }

  // Commands whose arguments LaTeX prints in another form than their text, or not at all: what
  // it prints, as text. False for any other command (nothing read).
  bool decode_printed_otherwise(std::string_view command) {
    if (listed(kSortOnlyCommands, command) || command == "\\color") {
      read_argument();
    } else if (command == "\\href" || command == "\\texorpdfstring" || command == "\\textcolor" ||
               command == "\\colorbox") { // \href{url}{text}, \texorpdfstring{TeX}{PDF text}: the text
      read_argument();
      put(decoded(read_argument()));
    } else if (command == "\\vspace" || command == "\\hspace") {
      read_star();
      read_argument();
      if (command == "\\hspace") put(" ");
    } else if (command == "\\frac" || command == "\\tfrac" || command == "\\dfrac") {
      std::string numerator = decoded(read_argument());
      std::string denominator = decoded(read_argument());
      put(grouped(numerator) + "/" + grouped(denominator));
    } else if (command == "\\sqrt") {
      decode_root();
    } else if (command == "\\textsuperscript" || command == "\\textsubscript") {
      std::string text = decoded(read_argument());
      std::optional<std::string> raised = scripts_ == Scripts::as_written ? std::nullopt
                                          : command == "\\textsuperscript"  ? as_superscript(text)
                                                                            : as_subscript(text);
      put(raised ? *raised : text);
    } else if (command == "\\enquote" || command == "\\mkbibquote") {
      // csquotes' and biblatex's quotation in English: “outer”, ‘inner’ for the starred form.
      bool inner = read_star();
      put(inner ? "\u2018" : "\u201C");
      put(decoded(read_argument()));
      put(inner ? "\u2019" : "\u201D");
    } else if (command == "\\bar" || command == "\\overline") {
      // Math accents: a bar over the letter (combining macron), a line over the text (combining overline).
      put(marked(decoded(read_argument()), command == "\\bar" ? U'\u0304' : U'\u0305'));
    } else if (command == "\\ce") {
      put(decoded(chemical_formula(read_argument())));
    } else {
      return false;
    }
    return true;
  }

  // x^2, x_{10}, 25^\circ in math: raised or lowered characters where Unicode has them all,
  // ° for a raised \circ and ′ for a raised \prime (what TeX draws); otherwise the ^ or _ stays,
  // as written, before the text.
  void decode_script(char kind) {
    std::string_view argument = read_argument();
    if (kind == '^' && trim_space(argument) == "\\circ") {
      put("\u00B0");
      return;
    }
    std::string text = decoded(argument);
    std::optional<std::string> moved = kind == '^' ? as_superscript(text) : as_subscript(text);
    if (moved) {
      put(*moved);
    } else if (kind == '^' && !text.empty() && text.find_first_not_of("\u2032") == std::string::npos) {
      put(text); // primes are raised already
    } else {
      put(std::string(1, kind) + text);
    }
  }

  // \sqrt{x} -> √x, \sqrt{x+1} -> √(x+1), \sqrt[3]{x} -> ∛x.
  void decode_root() {
    std::string_view index = trim_space(read_optional_argument());
    std::string radicand = decoded(read_argument());
    std::string root = index == "3" ? "\u221B" : index == "4" ? "\u221C" : "\u221A";
    if (!index.empty() && index != "3" && index != "4")
      if (std::optional<std::string> raised = as_superscript(decoded(index))) root = *raised + root;
    bool bare = count_code_points(radicand) <= 1 || radicand.find_first_not_of("0123456789") == std::string::npos;
    put(root + (bare ? radicand : "(" + radicand + ")"));
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
  Scripts scripts_;
  bool math_; // between $ and $: ^ and _ raise and lower
  int depth_;  // the groups and arguments this text is inside
  bool space_after_word_ = false; // the control word read last was followed by white space
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

// Unicode's composed form (NFC): "é" as one character whether the file wrote it so, as "e" with a
// combining accent (macOS and some PDF copies write that, NFD), or as {\'e}; so two spellings of
// one name are one string, and what the CV holds matches what is typed. Text with no byte above
// ASCII, and text already composed, is given back as it is.
std::string in_nfc(std::string text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return text;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::StringPiece piece(text.data(), int32_t(text.size()));
  if (U_FAILURE(status) || nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return text;
  std::string composed;
  icu::StringByteSink<std::string> sink(&composed, int32_t(text.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_FAILURE(status) ? text : composed;
}

} // namespace

std::string latex_to_unicode(std::string_view latex, UnknownCommands* unknown, Scripts scripts) {
  return in_nfc(is_plain(latex) ? std::string(latex) : Decoder(latex, unknown, scripts).decode());
}

} // namespace cvport::bibtex
