#include "latex_text.hpp"

#include <vector>

namespace bibtex {

namespace {

// A URL's characters that a verbatim field cannot hold as they are.
bool is_space_or_control(unsigned char c) { return c <= 0x20 || c == 0x7f; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_word_character(unsigned char c) { return is_upper(char(c)) || is_lower_or_digit(char(c)) || c >= 0x80; }

// For each character of `text`, whether it is a brace with a partner: BibTeX counts \{ and \}
// as braces too, so only paired ones may be written that way.
std::vector<bool> paired_braces(std::string_view text) {
  std::vector<bool> paired(text.size(), false);
  std::vector<size_t> open;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') open.push_back(i);
    if (text[i] == '}' && !open.empty()) {
      paired[i] = paired[open.back()] = true;
      open.pop_back();
    }
  }
  return paired;
}

// Escapes already cleaned text.
std::string escape_clean(std::string_view text) {
  std::vector<bool> paired = paired_braces(text);
  std::string escaped;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
    case '#':
    case '$':
    case '%':
    case '&':
    case '_':
      escaped += '\\';
      escaped += c;
      break;
    case '~': escaped += "\\textasciitilde{}"; break;
    case '^': escaped += "\\textasciicircum{}"; break;
    case '\\': escaped += "\\textbackslash{}"; break;
    case '{': escaped += paired[i] ? "\\{" : "\\textbraceleft{}"; break;
    case '}': escaped += paired[i] ? "\\}" : "\\textbraceright{}"; break;
    default: escaped += c;
    }
  }
  return escaped;
}

// A word needs its case kept when it has two capitals (GPU, NISQ, II), a capital after a
// lower-case letter or digit (QoS, iPhone, 5G), or is a single capital that does not start the
// title or a subtitle ("Phase B"). Only ASCII capitals are recognised.
bool needs_case_protection(std::string_view word, bool starts_phrase) {
  int capitals = 0;
  bool capital_after_lower = false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (!is_upper(word[i])) continue;
    ++capitals;
    if (i > 0 && is_lower_or_digit(word[i - 1])) capital_after_lower = true;
  }
  if (capitals >= 2 || capital_after_lower) return true;
  return !starts_phrase && word.size() == 1 && capitals == 1;
}

// One whitespace-free token of a title: each part between '-' and '/' is checked on its own
// ("{NISQ}-Era", "{ACM}/{IEEE}"), and braces enclose the part's letters, not its punctuation.
std::string title_token(std::string_view token, bool starts_phrase) {
  std::string out;
  size_t start = 0;
  while (start <= token.size()) {
    size_t end = token.find_first_of("-/", start);
    if (end == std::string_view::npos) end = token.size();
    std::string_view part = token.substr(start, end - start);
    size_t first = 0, last = part.size();
    while (first < last && !is_word_character(part[first])) ++first;
    while (last > first && !is_word_character(part[last - 1])) --last;
    std::string_view word = part.substr(first, last - first);
    if (!word.empty() && needs_case_protection(word, starts_phrase && start == 0)) {
      out += escape_clean(part.substr(0, first));
      out += "{" + escape_clean(word) + "}";
      out += escape_clean(part.substr(last));
    } else {
      out += escape_clean(part);
    }
    if (end == token.size()) break;
    out += token[end];
    start = end + 1;
  }
  return out;
}

} // namespace

std::string latex_text(std::string_view text) { return escape_clean(cvport::one_line(text)); }

std::string latex_title(std::string_view text) {
  std::string clean = cvport::one_line(text);
  std::string out;
  size_t start = 0;
  while (start < clean.size()) {
    size_t end = clean.find(' ', start);
    if (end == std::string::npos) end = clean.size();
    if (start > 0) out += ' ';
    // Styles and readers keep the capital of a title's first word and of the word after a colon.
    bool starts_phrase = start == 0 || clean[start - 2] == ':';
    out += title_token(std::string_view(clean).substr(start, end - start), starts_phrase);
    start = end + 1;
  }
  return out;
}

std::string latex_name(std::string_view text) {
  std::string escaped = latex_text(text);
  return escaped.empty() ? escaped : "{" + escaped + "}";
}

std::string verbatim_text(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (c == '{' || c == '}' || c == '\\' || is_space_or_control(c)) {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  return out;
}

} // namespace bibtex
