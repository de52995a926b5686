// Synthetic inputs of the importers, made by code in the shape of the real files of the shared
// corpora (nothing is copied from them): a .bib file and an ORCID API 3.0 record, of any size.
// The benchmarks import them in memory; cvport-synthetic-imports writes them for bench/run's
// whole-process and memory measurements.
#ifndef CVPORT_BENCH_SYNTHETIC_IMPORTS_HPP
#define CVPORT_BENCH_SYNTHETIC_IMPORTS_HPP

#include <cstddef>
#include <string>

namespace cvport::bench {

// `entries` entries: @string and month macros, accents in names and titles, an arXiv preprint
// in every tenth, pages with "--".
std::string synthetic_bib(int entries);

// As many such entries as make at least `bytes` bytes.
std::string synthetic_bib_of_size(size_t bytes);

// The iD whose record synthetic_orcid_record writes (ORCID's documented test iD).
inline constexpr const char* kSyntheticOrcid = "0000-0002-1825-0097";

// A record as GET /v3.0/{orcid}/record returns it, with `works` work groups, in which the
// researcher's own version of each work is the full work (contributors in sequence, a BibTeX
// citation, several external ids), as an import of the record plus GET /works/{put-codes}
// holds them; two thirds of the groups also hold a Crossref summary and a third a Scopus one.
// Besides: a person (names, other names, biography, keywords, researcher URLs, e-mail, country,
// Scopus and ResearcherID identifiers), 15 affiliations of six kinds with ROR, RINGGOLD or GRID
// ids, 12 fundings and 4 peer-review venues.
std::string synthetic_orcid_record(int works);

} // namespace cvport::bench

#endif
