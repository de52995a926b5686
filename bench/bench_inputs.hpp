// What the benchmarks work on: the first-party plugins loaded once, the example CV and the
// synthetic CVs of growing size, each prepared up to the step a benchmark starts from.
#ifndef CVPORT_BENCH_INPUTS_HPP
#define CVPORT_BENCH_INPUTS_HPP

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvport/model.hpp"
#include "cvport/plugin_registry.hpp"
#include "synthetic_cv.hpp"

namespace cvport::bench {

// One CV at every stage of the pipeline, so each benchmark measures only its own step.
struct CvInput {
  size_t publications = 0;
  std::string source_text; // the YAML source
  Cv cv;                   // read, normalised and checked
  std::string model_json;  // the canonical JSON a plugin receives
};

// An export format with the options the host would pass when the user sets none.
struct ExportFormat {
  const LoadedFormat* format = nullptr;
  nlohmann::json options;
};

class BenchInputs {
public:
  // Loads the plugins of `plugin_dirs` and reads the example CV; throws if either fails.
  BenchInputs(const std::vector<std::filesystem::path>& plugin_dirs, const std::string& example_path);

  const CvInput& example() const { return example_; }
  // The example with `publications` publications (see SyntheticCvMaker); made on first use.
  const CvInput& synthetic(size_t publications);
  // What `cvport export --to all` exports, in that order.
  const std::vector<ExportFormat>& formats() const { return formats_; }
  // A loaded format by id (an importer), or nullptr.
  const LoadedFormat* find_format(const std::string& id) const { return registry_.find_format(id); }

private:
  PluginRegistry registry_;
  std::vector<ExportFormat> formats_;
  CvInput example_;
  SyntheticCvMaker synthetic_maker_;
  std::map<size_t, CvInput> synthetic_; // by number of publications
};

// Prepares a CvInput from source text; throws with the diagnostics if the text is not a valid CV.
CvInput prepare_input(std::string source_text);

} // namespace cvport::bench

#endif
