#include "markdown_escape.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace cvport::markdown {
namespace {

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool starts_with_ignoring_case(std::string_view text, size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[at + i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Length of a character reference ("&amp;", "&#38;", "&#x26;") starting at `at`, or 0.
size_t character_reference_length(std::string_view text, size_t at) {
  if (text[at] != '&') return 0;
  size_t i = at + 1;
  auto run = [&](auto accepts, size_t max) {
    size_t start = i;
    while (i < text.size() && i - start < max && accepts(text[i])) ++i;
    return i - start;
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  size_t body = 0;
  if (i < text.size() && text[i] == '#') {
    ++i;
    if (i < text.size() && (text[i] == 'x' || text[i] == 'X')) {
      ++i;
      body = run(hex, 6);
    } else {
      body = run(digit, 7);
    }
  } else if (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
    body = run(is_ascii_alnum, 32);
  }
  if (body == 0 || i >= text.size() || text[i] != ';') return 0;
  return i + 1 - at;
}

// Characters that start or end inline markup anywhere in a line: CommonMark (\ ` * [ ] <),
// GFM (~ strikethrough, | tables), pandoc ($ math, ^ and ~ super/subscript, @ citations).
// ">", "#" and "_" matter only in some places; see append_escaped and safe_line_start.
bool always_escaped(char c) { return std::string_view("\\`*[]<|~^$@").find(c) != std::string_view::npos; }

// Where the text goes: running text, a link's brackets (no links inside), or a heading (where a
// trailing "#" closes the heading and pandoc reads a trailing "{...}" as attributes).
enum class Context { text, link_text, heading };

// An address in running text, as GFM's autolink extension would find it.
struct AddressSpan {
  size_t begin;
  size_t end;
  bool email;
};

// GFM leaves trailing punctuation and an unbalanced ")" out of an autolink.
size_t trim_url_end(std::string_view text, size_t begin, size_t end) {
  while (end > begin) {
    char last = text[end - 1];
    if (std::string_view("?!.,:*_~'\"").find(last) != std::string_view::npos) {
      --end;
    } else if (last == ')') {
      std::string_view url = text.substr(begin, end - begin);
      if (std::count(url.begin(), url.end(), '(') >= std::count(url.begin(), url.end(), ')')) break;
      --end;
    } else if (last == ';') {
      size_t amp = text.rfind('&', end - 1);
      if (amp == std::string_view::npos || amp < begin || character_reference_length(text, amp) != end - amp)
        break;
      end = amp;
    } else {
      break;
    }
  }
  return end;
}

// A CommonMark e-mail autolink domain: labels of letters, digits and inner hyphens. GFM also
// wants a dot in it.
bool is_autolink_domain(std::string_view domain) {
  if (domain.find('.') == std::string_view::npos) return false;
  size_t start = 0;
  while (start <= domain.size()) {
    size_t dot = domain.find('.', start);
    if (dot == std::string_view::npos) dot = domain.size();
    std::string_view label = domain.substr(start, dot - start);
    if (label.empty() || label.size() > 63 || !is_ascii_alnum(label.front()) ||
        !is_ascii_alnum(label.back()) ||
        !std::all_of(label.begin(), label.end(), [](char c) { return is_ascii_alnum(c) || c == '-'; }))
      return false;
    start = dot + 1;
  }
  return true;
}

bool is_email_local_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '_' || c == '+' || c == '-'; }
bool is_email_domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-' || c == '_'; }

std::vector<AddressSpan> find_addresses(std::string_view text) {
  std::vector<AddressSpan> spans;
  size_t covered = 0; // text before this belongs to an earlier span
  for (size_t at = 0; at < text.size(); ++at) {
    if (at < covered) continue;
    size_t scheme = starts_with_ignoring_case(text, at, "https://")  ? 8
                    : starts_with_ignoring_case(text, at, "http://") ? 7
                                                                     : 0;
    if (scheme) {
      size_t end = at;
      while (end < text.size() && !is_space(text[end]) && text[end] != '<' && text[end] != '>') ++end;
      end = trim_url_end(text, at, end);
      if (end > at + scheme) {
        spans.push_back({at, end, false});
        covered = end;
        at = end - 1;
      }
      continue;
    }
    if (text[at] != '@') continue;
    size_t begin = at;
    while (begin > covered && is_email_local_char(text[begin - 1])) --begin;
    size_t end = at + 1;
    while (end < text.size() && is_email_domain_char(text[end])) ++end;
    while (end > at + 1 && text[end - 1] == '.') --end;
    if (begin == at || !is_autolink_domain(text.substr(at + 1, end - at - 1))) continue;
    spans.push_back({begin, end, true});
    covered = end;
    at = end - 1;
  }
  return spans;
}

// Escapes text that holds no address: markup characters, character references, and the dot of
// "www." (which GFM would otherwise turn into a link of its own). An "_" between two letters or
// digits stays as it is: neither CommonMark nor pandoc reads it as emphasis there.
void append_escaped(std::string& out, std::string_view text, Context context) {
  auto alnum_at = [&](size_t i) { return i < text.size() && is_ascii_alnum(text[i]); };
  for (size_t at = 0; at < text.size(); ++at) {
    char c = text[at];
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    bool markup = always_escaped(c) || (c == '_' && !(at > 0 && alnum_at(at - 1) && alnum_at(at + 1))) ||
                  (c == '&' && character_reference_length(text, at) > 0) ||
                  (context == Context::heading && (c == '#' || c == '{' || c == '}'));
    if (markup) {
      out += '\\';
      out += c;
    } else if (starts_with_ignoring_case(text, at, "www.") && (at == 0 || !is_ascii_alnum(text[at - 1]))) {
      out.append(text.substr(at, 3));
      out += "\\.";
      at += 3;
    } else {
      out += c;
    }
  }
}

std::string escape(std::string_view text, Context context) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  size_t at = 0;
  if (context != Context::link_text) {
    for (const AddressSpan& span : find_addresses(text)) {
      append_escaped(out, text.substr(at, span.begin - at), context);
      std::string_view address = text.substr(span.begin, span.end - span.begin);
      out += span.email ? email_link(address) : url_link(address);
      at = span.end;
    }
  }
  append_escaped(out, text.substr(at), context);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void append_percent_encoded(std::string& out, char c) {
  char buffer[4];
  std::snprintf(buffer, sizeof buffer, "%%%02X", static_cast<unsigned char>(c));
  out += buffer;
}

// Characters an autolink may hold so that cmark, commonmark.js and pandoc all read it as the
// same URL: RFC 3986's unreserved and reserved characters and "%".
bool is_autolink_safe(std::string_view url) {
  constexpr std::string_view allowed = "-._~:/?#[]@!$&'()*+,;=%";
  for (size_t at = 0; at < url.size(); ++at) {
    char c = url[at];
    if (!is_ascii_alnum(c) && allowed.find(c) == std::string_view::npos) return false;
    if (c == '&' && character_reference_length(url, at) > 0) return false;
  }
  return true;
}

// markdownlint's MD059 normalisation: non-word characters to spaces, lower case, trimmed.
std::string normalise_link_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (is_ascii_alnum(c)) {
      out += char(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_vague_link_text(std::string_view text) {
  std::string normalised = normalise_link_text(text);
  for (std::string_view vague : {"click here", "here", "link", "more"})
    if (normalised == vague) return true;
  return false;
}

} // namespace

std::string escape_text(std::string_view text) { return escape(text, Context::text); }

std::string escape_link_text(std::string_view text) { return escape(text, Context::link_text); }

std::string link_destination(std::string_view url) {
  std::string out;
  for (size_t at = 0; at < url.size(); ++at) {
    char c = url[at];
    unsigned char byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F || c == '<' || c == '>') {
      append_percent_encoded(out, c);
    } else if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '&' && character_reference_length(url, at) > 0) {
      out += "&amp;";
    } else {
      out += c;
    }
  }
  return out;
}

std::string link(std::string_view text, std::string_view url) {
  std::string label = escape_link_text(text);
  if (label.empty()) return url_link(url);
  if (is_vague_link_text(text)) return escape_text(text) + " " + url_link(url);
  return "[" + label + "](" + link_destination(url) + ")";
}

std::string url_link(std::string_view url) {
  bool has_scheme =
      starts_with_ignoring_case(url, 0, "https://") || starts_with_ignoring_case(url, 0, "http://");
  if (has_scheme && is_autolink_safe(url)) return "<" + std::string(url) + ">";
  return "[" + escape_link_text(url) + "](" + link_destination(url) + ")";
}

std::string email_link(std::string_view email) {
  size_t at = email.find('@');
  bool autolink = at != std::string_view::npos && at > 0 &&
                  std::all_of(email.begin(), email.begin() + long(at), is_email_local_char) &&
                  is_autolink_domain(email.substr(at + 1));
  return autolink ? "<" + std::string(email) + ">" : escape_link_text(email);
}

std::string heading_text(std::string_view text) {
  std::string out = escape(text, Context::heading);
  // Code points markdownlint's MD026 counts as trailing punctuation.
  static constexpr std::array<std::pair<std::string_view, int>, 10> punctuation{{{".", 0x2E},
                                                                                 {",", 0x2C},
                                                                                 {";", 0x3B},
                                                                                 {":", 0x3A},
                                                                                 {"!", 0x21},
                                                                                 {"\u3002", 0x3002},
                                                                                 {"\uFF0C", 0xFF0C},
                                                                                 {"\uFF1B", 0xFF1B},
                                                                                 {"\uFF1A", 0xFF1A},
                                                                                 {"\uFF01", 0xFF01}}};
  for (const auto& [mark, code_point] : punctuation) {
    if (out.size() >= mark.size() && std::string_view(out).substr(out.size() - mark.size()) == mark) {
      out.resize(out.size() - mark.size());
      out += "&#" + std::to_string(code_point) + ";";
      break;
    }
  }
  return out;
}

} // namespace cvport::markdown
