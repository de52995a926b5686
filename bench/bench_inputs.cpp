#include "bench_inputs.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cvport/model_json.hpp"
#include "cvport/options.hpp"
#include "cvport/pipeline.hpp"

namespace cvport::bench {

namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string describe_problems(const DiagnosticList& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics.items()) text += format_diagnostic(diagnostic) + "\n";
  return text;
}

} // namespace

CvInput prepare_input(std::string source_text) {
  LoadedCv loaded = load_native_text(source_text, "cv.yaml");
  if (!loaded.cv) throw std::runtime_error("the benchmark CV is not valid:\n" + describe_problems(loaded.diagnostics));
  CvInput input;
  input.publications = loaded.cv->publications.size();
  input.source_text = std::move(source_text);
  input.cv = std::move(*loaded.cv);
  input.model_json = to_compact_model_text(input.cv);
  return input;
}

BenchInputs::BenchInputs(const std::vector<std::filesystem::path>& plugin_dirs, const std::string& example_path)
    : example_(prepare_input(read_text(example_path))), synthetic_maker_(example_.source_text) {
  registry_.load_directories(plugin_dirs);
  for (const PluginRefusal& refusal : registry_.refusals())
    throw std::runtime_error("plugin refused: " + refusal.path + ": " + refusal.reason);
  DiagnosticList diagnostics;
  for (const LoadedFormat* format : select_formats("all", registry_, diagnostics))
    formats_.push_back({format, build_format_options(*format, {}, diagnostics)});
  if (formats_.empty() || diagnostics.has_errors())
    throw std::runtime_error("no export format in " + plugin_dirs.front().string() + "\n" + describe_problems(diagnostics));
}

const CvInput& BenchInputs::synthetic(size_t publications) {
  auto made = synthetic_.find(publications);
  if (made == synthetic_.end())
    made = synthetic_.emplace(publications, prepare_input(synthetic_maker_.make({.publications = publications}))).first;
  return made->second;
}

} // namespace cvport::bench
