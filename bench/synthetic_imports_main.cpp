// cvport-synthetic-imports: writes the importers' synthetic inputs (see synthetic_imports.hpp)
// for the whole-process and memory measurements of bench/run.
//
//   cvport-synthetic-imports --orcid-works 500 -o record.xml
//   cvport-synthetic-imports --bib-entries 1000 -o papers.bib
//   cvport-synthetic-imports --bib-bytes 5000000 -o papers.bib
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "synthetic_imports.hpp"

int main(int argc, char** argv) {
  CLI::App app("Writes a synthetic ORCID record or .bib file shaped like the shared corpora's");
  int works = 0, bib_entries = 0;
  size_t bib_bytes = 0;
  std::string output;
  auto* works_option = app.add_option("--orcid-works", works, "An ORCID 3.0 record (XML) of this many work groups")
                           ->check(CLI::NonNegativeNumber);
  auto* entries_option = app.add_option("--bib-entries", bib_entries, "A .bib file of this many entries")
                             ->check(CLI::NonNegativeNumber)
                             ->excludes(works_option);
  app.add_option("--bib-bytes", bib_bytes, "A .bib file of at least this many bytes")
      ->excludes(works_option)
      ->excludes(entries_option);
  app.add_option("-o,--output", output, "The file to write")->required();
  CLI11_PARSE(app, argc, argv);
  if (works == 0 && bib_entries == 0 && bib_bytes == 0) {
    std::cerr << "cvport-synthetic-imports: give --orcid-works N, --bib-entries N or --bib-bytes N\n";
    return 2;
  }
  std::string text = works > 0         ? cvport::bench::synthetic_orcid_record(works)
                     : bib_entries > 0 ? cvport::bench::synthetic_bib(bib_entries)
                                       : cvport::bench::synthetic_bib_of_size(bib_bytes);
  std::ofstream out(output, std::ios::binary);
  out << text;
  if (!out.flush()) {
    std::cerr << "cvport-synthetic-imports: cannot write " << output << "\n";
    return 1;
  }
  return 0;
}
