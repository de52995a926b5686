// Exporting one or many CVs: each input loaded, validated and exported on its own, in parallel
// with -j N, one failing input never stopping the others.
#ifndef CVPORT_BATCH_HPP
#define CVPORT_BATCH_HPP

#include <functional>
#include <string>
#include <vector>

#include "cvport/options.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/variant.hpp"

namespace cvport {

struct BatchRequest {
  std::vector<std::string> inputs;
  std::vector<const LoadedFormat*> formats;
  std::vector<nlohmann::json> options; // one per format
  std::string output;                  // file or folder (see plan_exports); a folder for several inputs
  std::string from;
  std::string language; // --lang: replaces the CV's own language (already checked by the CLI)
  std::vector<OptionAssignment> import_options; // "jsonresume.language=de": for the importer
  VariantRequest variant;                        // --variant, --option tags=: applied to each input
  bool werror = false;
  bool isolate = false;
  bool durable = false; // fsync each output before it replaces the old one
  SourceLimits limits;
  unsigned jobs = 1;
};

struct InputResult {
  std::string input;
  int status = 0; // an exit_code value
  DiagnosticList diagnostics;
  std::vector<std::string> written;
  std::string reason; // one line when status != 0: "invalid input (3 errors)"
  std::string standard_output; // what an export to "-o -" writes there
};

// The output folder of each input of a batch: OUTPUT/<file name without extension>/, made
// unique with "-2", "-3" when two inputs share a name.
std::vector<std::string> batch_output_folders(const std::vector<std::string>& inputs, const std::string& output);

// Loads `input` as every export does (importer detection, --from, limits). Its diagnostics go
// into `result`; an input that cannot be exported (unreadable, invalid, or with warnings under
// --werror) sets result.status and result.reason. In a command of several inputs, `earlier` and
// `later_count` say where this one stands (LoadRequest::earlier_inputs).
LoadedCv load_input(const std::string& input, const BatchRequest& request, const PluginRegistry& registry,
                    InputResult& result, const std::vector<ImportedInput>* earlier = nullptr,
                    size_t later_count = 0);

// Exports one input to `output` (a file or folder, see plan_exports).
InputResult export_input(const std::string& input, const std::string& output, const BatchRequest& request,
                         const PluginRegistry& registry);

// What the summary of a batch needs about a failed input.
struct FailedInput {
  size_t index = 0; // position in BatchRequest::inputs
  std::string input;
  int status = 0;
  std::string reason;
};

// Exports every input; `on_done` is called once per input as it finishes, never concurrently,
// with the number finished so far. Returns the inputs that failed, in input order.
// An input's diagnostics and file list live only until `on_done` returns: keeping them for the
// summary made a batch grow by ~19 KiB per input (206 MiB for 10,000 CVs).
std::vector<FailedInput> export_batch(const BatchRequest& request, const PluginRegistry& registry,
                                      const std::function<void(const InputResult&, size_t done)>& on_done);

} // namespace cvport

#endif
