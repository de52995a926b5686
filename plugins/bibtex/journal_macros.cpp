#include "journal_macros.hpp"

#include <algorithm>
#include <array>

#include "cvport/text.hpp"

namespace cvport::bibtex {

namespace {

// The macros of ADS's list ("Journal macros", https://ui.adsabs.harvard.edu/help/actions/journal-macros,
// the definitions of aas_macros.sty), with the aliases that file defines by \let. The titles are
// the journals' own full titles: aas_macros.sty prints abbreviations ("ApJ") for a reference list,
// where a CV, a JSON Resume and ORCID's journal-title want the name.
constexpr auto kMacros = std::to_array<JournalMacro>({
    {"aap", "Astronomy & Astrophysics"},
    {"aapr", "The Astronomy and Astrophysics Review"},
    {"aaps", "Astronomy and Astrophysics Supplement Series"},
    {"actaa", "Acta Astronomica"},
    {"aj", "The Astronomical Journal"},
    {"ao", "Applied Optics"},
    {"apj", "The Astrophysical Journal"},
    {"apjl", "The Astrophysical Journal Letters"},
    {"apjlett", "The Astrophysical Journal Letters"},
    {"apjs", "The Astrophysical Journal Supplement Series"},
    {"apjsupp", "The Astrophysical Journal Supplement Series"},
    {"applopt", "Applied Optics"},
    {"apss", "Astrophysics and Space Science"},
    {"araa", "Annual Review of Astronomy and Astrophysics"},
    {"astap", "Astronomy & Astrophysics"},
    {"azh", "Astronomicheskii Zhurnal"},
    {"baas", "Bulletin of the American Astronomical Society"},
    {"bac", "Bulletin of the Astronomical Institutes of Czechoslovakia"},
    {"bain", "Bulletin of the Astronomical Institutes of the Netherlands"},
    {"caa", "Chinese Astronomy and Astrophysics"},
    {"cjaa", "Chinese Journal of Astronomy and Astrophysics"},
    {"fcp", "Fundamentals of Cosmic Physics"},
    {"gca", "Geochimica et Cosmochimica Acta"},
    {"grl", "Geophysical Research Letters"},
    {"iaucirc", "IAU Circulars"},
    {"icarus", "Icarus"},
    {"jcap", "Journal of Cosmology and Astroparticle Physics"},
    {"jcp", "The Journal of Chemical Physics"},
    {"jgr", "Journal of Geophysical Research"},
    {"jqsrt", "Journal of Quantitative Spectroscopy and Radiative Transfer"},
    {"jrasc", "Journal of the Royal Astronomical Society of Canada"},
    {"maps", "Meteoritics & Planetary Science"},
    {"memras", "Memoirs of the Royal Astronomical Society"},
    {"memsai", "Memorie della Società Astronomica Italiana"},
    {"mnras", "Monthly Notices of the Royal Astronomical Society"},
    {"na", "New Astronomy"},
    {"nar", "New Astronomy Reviews"},
    {"nat", "Nature"},
    {"nphysa", "Nuclear Physics A"},
    {"pasa", "Publications of the Astronomical Society of Australia"},
    {"pasj", "Publications of the Astronomical Society of Japan"},
    {"pasp", "Publications of the Astronomical Society of the Pacific"},
    {"physrep", "Physics Reports"},
    {"physscr", "Physica Scripta"},
    {"planss", "Planetary and Space Science"},
    {"pra", "Physical Review A"},
    {"prb", "Physical Review B"},
    {"prc", "Physical Review C"},
    {"prd", "Physical Review D"},
    {"pre", "Physical Review E"},
    {"prl", "Physical Review Letters"},
    {"procspie", "Proceedings of the SPIE"},
    {"psj", "The Planetary Science Journal"},
    {"qjras", "Quarterly Journal of the Royal Astronomical Society"},
    {"rmxaa", "Revista Mexicana de Astronomía y Astrofísica"},
    {"skytel", "Sky and Telescope"},
    {"solphys", "Solar Physics"},
    {"sovast", "Soviet Astronomy"},
    {"ssr", "Space Science Reviews"},
    {"zap", "Zeitschrift für Astrophysik"},
});

static_assert(std::is_sorted(kMacros.begin(), kMacros.end(),
                             [](const JournalMacro& a, const JournalMacro& b) { return a.macro < b.macro; }));

} // namespace

std::optional<JournalMacro> journal_macro(std::string_view value) {
  value = trim_space(value);
  if (value.size() >= 2 && value.front() == '{' && value.back() == '}') value = trim_space(value.substr(1, value.size() - 2));
  if (value.size() < 2 || value.front() != '\\') return std::nullopt;
  std::string_view name = value.substr(1);
  if (!std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return std::nullopt;
  auto found = std::lower_bound(kMacros.begin(), kMacros.end(), name,
                                [](const JournalMacro& entry, std::string_view key) { return entry.macro < key; });
  if (found == kMacros.end() || found->macro != name) return std::nullopt;
  return JournalMacro{value, found->title};
}

ExpandedVenue expand_journal_macros(std::string_view latex) {
  ExpandedVenue expanded;
  if (latex.find('\\') == std::string_view::npos) {
    expanded.latex = latex;
    return expanded;
  }
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (size_t at = 0; at < latex.size();) {
    size_t end = at + 1;
    if (latex[at] == '\\') // a control word runs to the first character that is no letter
      while (end < latex.size() && is_letter(latex[end])) ++end;
    std::string_view token = latex.substr(at, end - at);
    std::optional<JournalMacro> macro = token.size() > 1 ? journal_macro(token) : std::nullopt;
    if (macro) {
      expanded.latex += macro->title;
      expanded.macros.emplace_back(macro->macro);
    } else {
      expanded.latex += token;
    }
    at = end;
  }
  return expanded;
}

} // namespace cvport::bibtex
