// Google Benchmark suite: each step of the pipeline on the example CV, and on synthetic CVs of
// 10 to 10,000 publications to show how the cost grows with the size of the CV (the "_BigO"
// lines: it should be linear). Exports run in memory through call_export, so no disk time is
// measured; the whole-process and batch measurements are in bench/run.
//
// Every benchmark also reports "heap_peak": the most heap the step held at once (one extra,
// untimed run with allocation counting, see heap_peak.hpp).
#include <algorithm>
#include <functional>
#include <iostream>
#include <memory>
#include <stdexcept>

#include <benchmark/benchmark.h>

#include "bench_inputs.hpp"
#include "bench_paths.hpp"
#include "cvport/model_json.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/plugin_calls.hpp"
#include "cvport/source.hpp"
#include "heap_peak.hpp"
#include "orcid_plan_bench.hpp"
#include "synthetic_imports.hpp"

namespace cvport::bench {

namespace {

// One step of the pipeline applied to a prepared CV; throws if the step fails.
using Step = std::function<void(const CvInput&)>;

const std::vector<int64_t> kPublicationCounts = {10, 100, 1000, 10000};
constexpr size_t kBigBibBytes = 5 * 1000 * 1000; // "a 5 MB .bib"

void parse_source(const CvInput& input) {
  LoadedSource source = read_cv_source(input.source_text, "cv.yaml");
  benchmark::DoNotOptimize(source);
}

// What `cvport validate` does: parse, normalise, check, locate the diagnostics.
void validate_source(const CvInput& input) {
  LoadedCv loaded = load_native_text(input.source_text, "cv.yaml");
  if (!loaded.cv) throw std::runtime_error("the CV did not validate");
  benchmark::DoNotOptimize(loaded);
}

void write_model_json(const CvInput& input) {
  std::string text = to_compact_model_text(input.cv); // what export_cv hands to plugins
  benchmark::DoNotOptimize(text);
}

void export_in_memory(const ExportFormat& format, const std::string& model_json) {
  FormatOutput output;
  DiagnosticList diagnostics;
  if (!call_export(*format.format, model_json, format.options, "cv.yaml", output, diagnostics))
    throw std::runtime_error("the " + format.format->id + " export failed");
  benchmark::DoNotOptimize(output);
}

// The whole way from source text to every format's bytes, as `cvport export --to all` goes,
// without the disk.
Step whole_pipeline(const std::vector<ExportFormat>& formats) {
  return [&formats](const CvInput& input) {
    LoadedCv loaded = load_native_text(input.source_text, "cv.yaml");
    if (!loaded.cv) throw std::runtime_error("the CV did not validate");
    std::string model_json = to_compact_model_text(*loaded.cv);
    for (const ExportFormat& format : formats) export_in_memory(format, model_json);
  };
}

void run_step(benchmark::State& state, const Step& step, const CvInput& input) {
  int64_t heap_peak = 0;
  try {
    HeapPeak heap;
    step(input);
    heap_peak = heap.peak_bytes();
  } catch (const std::exception& error) {
    state.SkipWithError(error.what());
    return;
  }
  for (auto _ : state) step(input);
  state.SetComplexityN(int64_t(input.publications));
  state.counters["heap_peak"] = benchmark::Counter(double(heap_peak), benchmark::Counter::kDefaults,
                                                   benchmark::Counter::OneK::kIs1024);
}

// "<name>/example" on the example CV, and "<name>/publications/N" for each size, with the
// fitted growth.
void register_step(BenchInputs& inputs, const std::string& name, const Step& step) {
  benchmark::RegisterBenchmark((name + "/example").c_str(), [&inputs, step](benchmark::State& state) {
    run_step(state, step, inputs.example());
  })->Unit(benchmark::kMicrosecond);
  auto* series = benchmark::RegisterBenchmark((name + "/publications").c_str(), [&inputs, step](benchmark::State& state) {
    run_step(state, step, inputs.synthetic(size_t(state.range(0))));
  });
  for (int64_t count : kPublicationCounts) series->Arg(count);
  series->Complexity(benchmark::oN)->Unit(benchmark::kMillisecond);
}

// A JSON Resume import, as `cvport export resume.json` starts: the plugin reads the file and
// writes the canonical JSON with its origins (issue target: under 5 ms of CPU for the largest
// test file). The whole load (the host reading that model back) is "import-load".
void register_imports(BenchInputs& inputs) {
  const LoadedFormat* importer = inputs.find_format("jsonresume");
  if (!importer) return;
  for (const char* name : {"golden/full.resume.json", "samples/sample.resume.json", "fixtures/old-names.json"}) {
    auto text = std::make_shared<std::string>();
    DiagnosticList problems;
    if (auto read = read_input_file((source_dir() / "tests/plugins/jsonresume" / name).string(), problems)) *text = *read;
    benchmark::RegisterBenchmark((std::string("import/jsonresume/") + name).c_str(),
                                 [importer, text](benchmark::State& state) {
                                   for (auto _ : state) {
                                     ImportOutput imported;
                                     DiagnosticList diagnostics;
                                     if (!call_import(*importer, *text, "resume.json", nlohmann::json::object(),
                                                      imported, diagnostics))
                                       state.SkipWithError("the import failed");
                                     benchmark::DoNotOptimize(imported);
                                   }
                                 })
        ->Unit(benchmark::kMicrosecond);
  }
}

// One import of `text` through call_import, as `cvport import FILE` starts: the plugin reads the
// file and hands the host the canonical JSON and the origins. `items` (entries, works) gives the
// items-per-second counter; "heap_peak" is the most heap one import held (an untimed extra run).
void register_import(BenchInputs& inputs, const char* format_id, const std::string& name, const char* file_name,
                     std::string text, int items, const char* items_counter) {
  const LoadedFormat* importer = inputs.find_format(format_id);
  if (!importer) return;
  auto shared_text = std::make_shared<std::string>(std::move(text));
  auto import_once = [importer, shared_text, file_name] {
    ImportOutput imported;
    DiagnosticList diagnostics;
    bool ok = call_import(*importer, *shared_text, file_name, nlohmann::json::object(), imported, diagnostics);
    benchmark::DoNotOptimize(imported);
    return ok;
  };
  benchmark::RegisterBenchmark(name.c_str(), [import_once, items, items_counter, shared_text](benchmark::State& state) {
    int64_t heap_peak = 0;
    {
      HeapPeak heap;
      if (!import_once()) return state.SkipWithError("the import failed");
      heap_peak = heap.peak_bytes();
    }
    for (auto _ : state)
      if (!import_once()) return state.SkipWithError("the import failed");
    state.counters[items_counter] = benchmark::Counter(double(items), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["heap_peak"] = benchmark::Counter(double(heap_peak), benchmark::Counter::kDefaults,
                                                     benchmark::Counter::OneK::kIs1024);
    state.counters["input_bytes"] = double(shared_text->size());
  })->Unit(benchmark::kMillisecond);
}

// Issue #14's targets: a 1,000-entry .bib and a 500-work ORCID record each import in under
// 50 ms; and its memory checks: a 5 MB .bib and a 2,000-work record (docs/limits.md).
void register_synthetic_imports(BenchInputs& inputs) {
  register_import(inputs, "bibtex", "import/bibtex/1000-entries", "papers.bib", synthetic_bib(1000), 1000, "entries/s");
  register_import(inputs, "orcid-record", "import/orcid/record-500-works", "record.xml", synthetic_orcid_record(500), 500,
                  "works/s");
  std::string big_bib = synthetic_bib_of_size(kBigBibBytes);
  int big_bib_entries = int(std::count(big_bib.begin(), big_bib.end(), '@')) - 1; // less the @string
  register_import(inputs, "bibtex", "import/bibtex/5MB", "papers.bib", std::move(big_bib), big_bib_entries,
                  "entries/s");
  register_import(inputs, "orcid-record", "import/orcid/record-2000-works", "record.xml", synthetic_orcid_record(2000), 2000,
                  "works/s");
}

void register_all(BenchInputs& inputs) {
  register_imports(inputs);
  register_synthetic_imports(inputs);
  register_step(inputs, "parse", parse_source);
  register_step(inputs, "validate", validate_source);
  register_step(inputs, "model-json", write_model_json);
  std::string format_ids;
  for (const ExportFormat& format : inputs.formats()) {
    register_step(inputs, "export/" + format.format->id,
                  [&format](const CvInput& input) { export_in_memory(format, input.model_json); });
    format_ids += (format_ids.empty() ? "" : ",") + format.format->id;
  }
  register_step(inputs, "pipeline", whole_pipeline(inputs.formats()));
  register_orcid_plan(inputs);
  benchmark::AddCustomContext("cvport_formats", format_ids);
  benchmark::AddCustomContext("cvport_example", example_cv_path());
}

} // namespace

} // namespace cvport::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  try {
    cvport::bench::BenchInputs inputs(cvport::bench::plugin_dirs(), cvport::bench::example_cv_path());
    cvport::bench::register_all(inputs);
    benchmark::RunSpecifiedBenchmarks();
  } catch (const std::exception& error) {
    std::cerr << "cvport_benchmarks: " << error.what() << "\n";
    return 1;
  }
  benchmark::Shutdown();
  return 0;
}
