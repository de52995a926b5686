// What a CV written out in another language must not show: an English section title of the
// registry ("Work Experience") or an English month name ("March", "Mar 2021"). Used by the golden
// tests of the translated examples (Markdown, DOCX, PDF).
#ifndef CVPORT_TESTS_ENGLISH_LABELS_HPP
#define CVPORT_TESTS_ENGLISH_LABELS_HPP

#include <regex>
#include <string>
#include <vector>

#include "cvport/sections.hpp"

namespace cvport::testing {

// Each English section title (a line of its own, after any "#" of a Markdown heading: the CV's
// text may say "Elastic Container Service") and month name (a whole word) found in `text`.
inline std::vector<std::string> english_labels_in(const std::string& text) {
  std::vector<std::string> found;
  std::vector<std::string> patterns;
  for (const StandardSection& section : kStandardSections)
    patterns.push_back("(^|\\n)[ \\t#]*" + std::string(section.title) + "[ \\t]*(\\n|$)");
  for (const char* month : {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                            "October", "November", "December"})
    patterns.push_back(std::string("\\b") + month + "\\b");
  // Abbreviated, as "Mar 2021" was written before the CV had a language.
  patterns.push_back("\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s+[0-9]{4}\\b");
  patterns.push_back("\\bpresent\\b");
  for (const std::string& pattern : patterns) {
    std::smatch match;
    if (std::regex_search(text, match, std::regex(pattern))) found.push_back(match.str());
  }
  return found;
}

} // namespace cvport::testing

#endif
