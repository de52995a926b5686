#include "bibtex_fields.hpp"

#include <algorithm>
#include <cctype>

#include "cvport/text.hpp"

namespace cvport::orcid {

namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

// The value starting at `at` (after "="): braced, quoted or bare; `at` moves past it.
std::string read_value(std::string_view text, size_t& at) {
  while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
  if (at >= text.size()) return "";
  char open = text[at];
  if (open == '{' || open == '"') {
    char close = open == '{' ? '}' : '"';
    int depth = 0;
    size_t start = ++at;
    for (; at < text.size(); ++at) {
      char c = text[at];
      if (c == '\\') {
        ++at;
      } else if (c == '{') {
        ++depth;
      } else if (c == '}' && depth > 0) {
        --depth;
      } else if (c == close && depth == 0) {
        return std::string(text.substr(start, at++ - start));
      }
    }
    return std::string(text.substr(start));
  }
  size_t start = at;
  while (at < text.size() && text[at] != ',' && text[at] != '}') ++at;
  return std::string(trim_space(text.substr(start, at - start)));
}

// Protective braces removed and white space made single: "{GPU} computing" -> "GPU computing".
std::string plain(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '{' || c == '}') continue;
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  return std::string(trim_space(out));
}

// "Last, First" -> "First Last"; "First Last" as it is.
std::string display_name(std::string name) {
  size_t comma = name.find(',');
  if (comma == std::string::npos) return name;
  std::string last(trim_space(std::string_view(name).substr(0, comma)));
  std::string first(trim_space(std::string_view(name).substr(comma + 1)));
  return first.empty() ? last : first + " " + last;
}

// Splits on " and " outside braces ("{Barnes and Noble}" is one name).
std::vector<std::string> split_authors(std::string_view value) {
  std::vector<std::string> names;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '{') ++depth;
    if (value[i] == '}') --depth;
    if (depth == 0 && value.substr(i, 5) == " and " ) {
      names.push_back(std::string(value.substr(start, i - start)));
      start = i + 5;
      i += 4;
    }
  }
  names.push_back(std::string(value.substr(start)));
  return names;
}

} // namespace

ImportedCitationFields read_citation_fields(std::string_view bibtex) {
  ImportedCitationFields fields;
  size_t open = bibtex.find('{');
  if (open == std::string_view::npos) return fields;
  size_t at = bibtex.find(',', open); // past the citation key
  while (at != std::string_view::npos && at < bibtex.size()) {
    ++at;
    while (at < bibtex.size() && !is_name_char(bibtex[at])) ++at;
    size_t name_start = at;
    while (at < bibtex.size() && is_name_char(bibtex[at])) ++at;
    std::string name = lower_ascii(bibtex.substr(name_start, at - name_start));
    while (at < bibtex.size() && std::isspace(static_cast<unsigned char>(bibtex[at]))) ++at;
    if (name.empty() || at >= bibtex.size() || bibtex[at] != '=') break;
    ++at;
    std::string value = read_value(bibtex, at);
    if (name == "author") {
      for (std::string& author : split_authors(value)) {
        std::string shown = display_name(plain(author));
        if (shown == "others") {
          fields.et_al = true;
        } else if (!shown.empty()) {
          fields.authors.push_back(std::move(shown));
        }
      }
    } else if (name == "volume") {
      fields.volume = plain(value);
    } else if (name == "number") {
      fields.number = plain(value);
    } else if (name == "pages") {
      // "12--34" and "12---34" are 12-34: each run of dashes becomes one.
      std::string pages = plain(value);
      pages.erase(std::unique(pages.begin(), pages.end(), [](char a, char b) { return a == '-' && b == '-'; }), pages.end());
      fields.pages = std::move(pages);
    }
    at = bibtex.find(',', at);
  }
  return fields;
}

} // namespace cvport::orcid
