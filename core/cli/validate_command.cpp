// cvport validate: every problem of each input at once, with positions and paths.
#include <iostream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/pipeline.hpp"

namespace cvport::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> inputs;
  std::string from;
  bool werror = false;
  size_t max_input_bytes = SourceLimits{}.max_bytes;
};

int run_validate(const ValidateOptions& request, const GlobalOptions& options) {
  PluginRegistry registry;
  load_plugins(registry, options);
  int status = exit_code::ok;
  for (const std::string& input : request.inputs) {
    LoadedCv loaded = load_cv({.path = input, .from = request.from, .limits = {.max_bytes = request.max_input_bytes}}, registry);
    print_diagnostics(loaded.diagnostics, options);
    size_t errors = loaded.diagnostics.count(Severity::error);
    size_t warnings = loaded.diagnostics.count(Severity::warning);
    if (loaded.input_missing) {
      status = std::max(status, exit_code::no_input);
      continue;
    }
    bool failed = errors > 0 || (request.werror && warnings > 0);
    if (failed) status = std::max(status, exit_code::invalid_input);
    if (!options.quiet || failed)
      std::cerr << input << ": " << (failed ? "invalid" : "valid") << " (" << errors << " error"
                << (errors == 1 ? "" : "s") << ", " << warnings << " warning" << (warnings == 1 ? "" : "s")
                << (loaded.format != "cvport" && !loaded.format.empty() ? ", read as " + loaded.format : "") << ")\n";
  }
  return status;
}

} // namespace

void add_validate_command(CLI::App& app, GlobalOptions& options, int& exit_status) {
  auto request = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand("validate", "Check CV files and report every problem");
  command->footer("Examples:\n"
                  "  cvport validate cv.yaml\n"
                  "  cvport validate --werror cv.yaml       warnings fail too\n"
                  "  cvport --diagnostics json validate cv.yaml\n\n"
                  "Each problem is printed as FILE:LINE:COLUMN: SEVERITY: FIELD.PATH: MESSAGE [CODE],\n"
                  "with a hint on the next line when cvport can guess the fix. Exit 65 if invalid.");
  command->add_option("inputs", request->inputs, "CV files")->required();
  command->add_option("-f,--from", request->from, "Input format (default: detected)");
  command->add_flag("--werror", request->werror, "Treat warnings as errors");
  command->add_option("--max-input-bytes", request->max_input_bytes, "Refuse inputs larger than this")
      ->capture_default_str();
  command->callback([request, &options, &exit_status] { exit_status = run_validate(*request, options); });
}

} // namespace cvport::cli
