// What the BibTeX importer's tests share: the fixtures, and an import through an in-memory host
// that keeps what the importer reported and where it located each value.
#ifndef CVPORT_TESTS_BIBTEX_TEST_SUPPORT_HPP
#define CVPORT_TESTS_BIBTEX_TEST_SUPPORT_HPP

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bibtex_reader.hpp"
#include "memory_host.hpp"
#include "test_paths.hpp"

namespace cvport::testing {

inline std::string fixture(const std::string& name) {
  std::ifstream in((source_dir() / "tests/plugins/bibtex/fixtures" / name).string(), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Imported {
  Cv cv;
  std::vector<CapturedDiagnostic> diagnostics;
  nlohmann::json origins;
  size_t count(cvport_severity severity) const {
    size_t n = 0;
    for (const CapturedDiagnostic& d : diagnostics) n += d.severity == severity;
    return n;
  }
  const CapturedDiagnostic* find(std::string_view code) const {
    for (const CapturedDiagnostic& d : diagnostics)
      if (d.code == code) return &d;
    return nullptr;
  }
};

inline Imported import_bib(const std::string& text) {
  MemoryHost host;
  Imported result;
  result.cv = host.run_import(bibtex::read_bibtex, text, "test.bib", Json::object(), "bibtex");
  result.diagnostics = host.diagnostics;
  result.origins = host.origins;
  return result;
}

inline std::vector<std::string> author_names(const Publication& p) {
  std::vector<std::string> names;
  for (const Author& a : p.authors) names.push_back(a.name);
  return names;
}

} // namespace cvport::testing

#endif
