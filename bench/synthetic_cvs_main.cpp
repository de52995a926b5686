// cvport-synthetic-cvs: writes synthetic CVs (see synthetic_cv.hpp) for the whole-process and
// batch measurements of bench/run.
//
//   cvport-synthetic-cvs --seed examples/baolin-li.yaml --publications 1000 -o big.yaml
//   cvport-synthetic-cvs --seed examples/baolin-li.yaml --count 10000 -o cvs/   (cvs/cv-00000.yaml, ...)
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "synthetic_cv.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app("Writes synthetic cvport CVs: the seed CV with N publications, one file or many variants");
  std::string seed_path;
  std::string output;
  size_t publications = 12;
  size_t count = 0;
  app.add_option("--seed", seed_path, "The CV to vary (a cvport YAML source)")->required()->check(CLI::ExistingFile);
  app.add_option("-n,--publications", publications, "Publications per CV")->capture_default_str();
  app.add_option("--count", count,
                 "Write this many distinct variants into the folder -o as cv-00000.yaml, ... (default: one CV into the file -o)");
  app.add_option("-o,--output", output, "The file (or, with --count, the folder) to write")->required();
  CLI11_PARSE(app, argc, argv);

  try {
    cvport::bench::SyntheticCvMaker maker(read_file(seed_path));
    if (count == 0) {
      write_file(output, maker.make({.publications = publications}));
      return 0;
    }
    fs::create_directories(output);
    for (size_t variant = 0; variant < count; ++variant)
      write_file(fs::path(output) / fmt::format("cv-{:05}.yaml", variant),
                 maker.make({.publications = publications, .variant = variant}));
  } catch (const std::exception& error) {
    std::cerr << "cvport-synthetic-cvs: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
