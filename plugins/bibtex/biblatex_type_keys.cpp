#include "biblatex_type_keys.hpp"

#include <utility>

namespace cvport::bibtex {

namespace {

// The localisation keys biblatex's manual lists for the type field (doc/latex/biblatex/biblatex.tex,
// "Localization Keys", paragraph "Types": bathesis ... audiocd; the patent keys follow), with the
// long strings of its English localisation, tex/latex/biblatex/lbx/english.lbx (github.com/plk/
// biblatex at d11aa549, lines 420-428 and 549-560): `mathesis = {{Master's thesis}{MA thesis}}`.
// The long form is what biblatex prints with abbreviate=false; \addabbrvspace and \adddotspace are
// a space and ". " there. "biblatex will capitalize them automatically at the beginning of a
// sentence" (the manual, same section), where the type stands in a note, so the first letter is
// upper case here.
constexpr std::pair<std::string_view, std::string_view> kTypeKeys[] = {
    {"audiocd", "Audio CD"},
    {"bathesis", "Bachelor's thesis"},
    {"candthesis", "Candidate thesis"},
    {"datacd", "CD-ROM"},
    {"mathesis", "Master's thesis"},
    {"patent", "Patent"},
    {"patentde", "German patent"},
    {"patenteu", "European patent"},
    {"patentfr", "French patent"},
    {"patentuk", "British patent"},
    {"patentus", "U.S. patent"},
    {"patreq", "Patent request"},
    {"patreqde", "German patent request"},
    {"patreqeu", "European patent request"},
    {"patreqfr", "French patent request"},
    {"patrequk", "British patent request"},
    {"patrequs", "U.S. patent request"},
    {"phdthesis", "PhD thesis"},
    {"resreport", "Research report"},
    {"software", "Computer software"},
    {"techreport", "Technical report"},
};

} // namespace

std::string_view type_text(std::string_view value) {
  for (const auto& [key, text] : kTypeKeys)
    if (key == value) return text;
  return value;
}

} // namespace cvport::bibtex
