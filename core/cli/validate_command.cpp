// cvport validate: every problem of each input at once, with positions and paths.
#include <iostream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/variant.hpp"

namespace cvport::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> inputs;
  std::string from;
  bool werror = false;
  size_t max_input_bytes = SourceLimits{}.max_bytes;
};

// "cv.yaml: invalid (2 errors, 1 warning)", with the reason when only --werror made it invalid.
void print_verdict(const std::string& input, const LoadedCv& loaded, bool failed, bool refused_for_warnings,
                   const GlobalOptions& options) {
  size_t errors = loaded.diagnostics.count(Severity::error);
  size_t warnings = loaded.diagnostics.count(Severity::warning);
  std::string read_as = loaded.format != "cvport" && !loaded.format.empty() ? loaded.format : "";
  std::string text = input + ": " + (failed ? "invalid" : "valid") + " (" + std::to_string(errors) + " error" +
                     (errors == 1 ? "" : "s") + ", " + std::to_string(warnings) + " warning" +
                     (warnings == 1 ? "" : "s") + (read_as.empty() ? "" : ", read as " + read_as) +
                     (refused_for_warnings ? "; warnings are errors with --werror" : "") + ")";
  nlohmann::ordered_json event = {{"event", "verdict"}, {"input", input},      {"valid", !failed},
                          {"errors", errors},   {"warnings", warnings}, {"format", loaded.format}};
  if (refused_for_warnings) event["reason"] = "warnings are errors (--werror)";
  print_event(event, text, options);
}

int run_validate(const ValidateOptions& request, const GlobalOptions& options) {
  PluginRegistry registry;
  // A YAML source is checked by the host alone: no plugin is loaded for it. Another input loads
  // plugins only until one claims it.
  load_plugins(registry, options, formats_to_read(request.inputs, request.from, {.max_bytes = request.max_input_bytes}));
  int status = exit_code::ok;
  size_t hidden_notes = 0;
  for (const std::string& input : request.inputs) {
    LoadedCv loaded = load_cv({.path = input, .from = request.from, .limits = {.max_bytes = request.max_input_bytes}}, registry);
    if (loaded.cv) {
      DiagnosticList variants;
      check_declared_variants(*loaded.cv, input, variants);
      loaded.map.locate_all(variants);
      loaded.diagnostics.append(variants);
    }
    hidden_notes += print_diagnostics(loaded.diagnostics, options);
    if (loaded.input_missing) {
      status = std::max(status, exit_code::no_input);
      continue;
    }
    bool has_errors = loaded.diagnostics.has_errors();
    bool refused_for_warnings = !has_errors && request.werror && loaded.diagnostics.count(Severity::warning) > 0;
    bool failed = has_errors || refused_for_warnings;
    if (failed) status = std::max(status, exit_code::invalid_input);
    // A failure is always explained, even with -qq; success is said unless -q.
    if (options.quiet == 0 || failed) print_verdict(input, loaded, failed, refused_for_warnings, options);
  }
  print_notes_count(hidden_notes, options);
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
