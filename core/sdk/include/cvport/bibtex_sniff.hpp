// Whether a text is a BibTeX database, by its content: the first thing that is not blank or a
// "%" comment line is an entry such as "@article{key," (or @string, @preamble, @comment), which no
// YAML or JSON document starts with. Lines "---" before it (Jekyll's empty front matter) are
// skipped. Shared by the host (which names a .bib it cannot import)
// and the bibtex plugin's detection, so the two always agree.
#ifndef CVPORT_BIBTEX_SNIFF_HPP
#define CVPORT_BIBTEX_SNIFF_HPP

#include <cctype>
#include <optional>
#include <string_view>

namespace cvport {

// The byte offset of the first entry's "@", or nothing when the text does not start as BibTeX.
inline std::optional<size_t> bibtex_entry_at(std::string_view content) {
  auto is_blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  size_t i = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") i = 3; // a byte order mark (JabRef on Windows)
  while (i < content.size()) {
    if (content.substr(i, 4) == "---\n" || content.substr(i, 5) == "---\r\n") {
      i += 3; // a Jekyll front matter (al-folio's _bibliography/papers.bib starts "---\n---")
    } else if (is_blank(content[i])) {
      ++i;
    } else if (content[i] == '%') {
      i = content.find('\n', i);
      if (i == std::string_view::npos) return std::nullopt;
    } else {
      break;
    }
  }
  if (i >= content.size() || content[i] != '@') return std::nullopt;
  size_t name_end = i + 1;
  while (name_end < content.size() && std::isalpha(static_cast<unsigned char>(content[name_end]))) ++name_end;
  size_t brace = name_end;
  while (brace < content.size() && is_blank(content[brace])) ++brace;
  if (name_end == i + 1 || brace >= content.size() || (content[brace] != '{' && content[brace] != '('))
    return std::nullopt;
  return i;
}

} // namespace cvport

#endif
