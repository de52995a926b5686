// cvport export: load each input, export it to the chosen formats, commit outputs atomically.
#include <iostream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/pipeline.hpp"

namespace cvport::cli {

namespace {

struct ExportOptions {
  std::vector<std::string> inputs;
  std::string formats;
  std::string output;
  std::vector<std::string> option_texts;
  std::string from;
  bool werror = false;
  bool isolate = false;
  size_t max_input_bytes = SourceLimits{}.max_bytes;
};

// Exports one input; returns its exit status.
int export_input(const std::string& input, const std::string& output, const std::vector<const LoadedFormat*>& formats,
                 const std::vector<nlohmann::json>& format_options, const ExportOptions& request,
                 const PluginRegistry& registry, const GlobalOptions& options) {
  LoadedCv loaded = load_cv({.path = input, .from = request.from, .limits = {.max_bytes = request.max_input_bytes}}, registry);
  print_diagnostics(loaded.diagnostics, options);
  if (loaded.input_missing) return exit_code::no_input;
  if (!loaded.cv || (request.werror && loaded.diagnostics.count(Severity::warning) > 0)) {
    if (loaded.cv) std::cerr << "cvport: " << input << ": warnings are errors (--werror)\n";
    return exit_code::invalid_input;
  }
  std::vector<ExportTarget> targets = plan_exports(formats, output);
  for (size_t i = 0; i < targets.size(); ++i) targets[i].options = format_options[i];
  DiagnosticList diagnostics;
  ExportReport report = export_cv(*loaded.cv, targets, input, diagnostics, request.isolate);
  // Plugins report model paths; for a native source these are positions in the user's file.
  if (loaded.format == "cvport") loaded.map.locate_all(diagnostics);
  print_diagnostics(diagnostics, options);
  if (!options.quiet)
    for (const std::string& path : report.written) std::cerr << "cvport: wrote " << path << "\n";
  if (report.failed.empty()) return exit_code::ok;
  bool write_failure = false;
  for (const Diagnostic& d : diagnostics.items()) write_failure = write_failure || d.code.rfind("output.", 0) == 0;
  return write_failure ? exit_code::cannot_write : exit_code::plugin_failed;
}

int run_export(const ExportOptions& request, const GlobalOptions& options) {
  PluginRegistry registry;
  load_plugins(registry, options);
  print_refusals(registry, options);

  DiagnosticList usage;
  std::vector<const LoadedFormat*> formats = select_formats(request.formats, registry, usage);
  std::vector<OptionAssignment> assignments;
  for (const std::string& text : request.option_texts) {
    OptionAssignment assignment;
    if (parse_option_assignment(text, assignment, usage)) assignments.push_back(assignment);
  }
  check_unclaimed_options(formats, assignments, usage);
  std::vector<nlohmann::json> format_options;
  for (const LoadedFormat* format : formats) format_options.push_back(build_format_options(*format, assignments, usage));
  if (formats.empty() && !usage.has_errors())
    usage.add({Severity::error, "usage.no-format", "", 0, 0, "", "no export format is available",
               "check --plugin-dir and CVPORT_PLUGIN_PATH; cvport plugins shows what was loaded"});
  if (usage.has_errors()) {
    print_diagnostics(usage, options);
    return exit_code::usage;
  }

  if (request.inputs.size() == 1)
    return export_input(request.inputs.front(), request.output, formats, format_options, request, registry, options);

  // Several inputs: each gets its own folder inside the output folder, named after the input.
  std::string folder = request.output.empty() ? "out" : request.output;
  std::vector<std::pair<std::string, int>> failures;
  for (size_t i = 0; i < request.inputs.size(); ++i) {
    const std::string& input = request.inputs[i];
    std::string stem = std::filesystem::path(input).stem().string();
    if (!options.quiet) std::cerr << "[" << i + 1 << "/" << request.inputs.size() << "] " << input << "\n";
    int status = export_input(input, (std::filesystem::path(folder) / stem).string() + "/", formats, format_options,
                              request, registry, options);
    if (status != exit_code::ok) failures.emplace_back(input, status);
  }
  std::cerr << "cvport: " << request.inputs.size() - failures.size() << " of " << request.inputs.size()
            << " inputs exported";
  if (!failures.empty()) {
    std::cerr << "; failed:";
    for (const auto& [input, status] : failures) std::cerr << " " << input << " (exit " << status << ")";
  }
  std::cerr << "\n";
  return failures.empty() ? exit_code::ok : exit_code::some_failed;
}

} // namespace

void add_export_command(CLI::App& app, GlobalOptions& options, int& exit_status) {
  auto request = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Export CVs to one or more formats");
  command->footer("Examples:\n"
                  "  cvport export cv.yaml --to all -o out/          every format into out/\n"
                  "  cvport export cv.yaml --to markdown -o cv.md    one file\n"
                  "  cvport export cv.yaml --to orcid -o orcid/      a folder (multi-file format)\n"
                  "  cvport export resume.json --to docx -o cv.docx  import a JSON Resume\n"
                  "  cvport export cv.yaml --to docx --option page-size=letter --option docx.font-size=11\n"
                  "  cvport export a.yaml b.yaml --to all -o out/    one folder per input: out/a/, out/b/\n\n"
                  "-o names a file when one single-file format is exported; otherwise a folder that\n"
                  "receives each format's default name (cv.md, cv.docx, resume.json, orcid/).\n"
                  "Outputs are written atomically: a failed export never leaves a partial file.");
  command->add_option("inputs", request->inputs, "CV files: cvport YAML/JSON, or any importable format")
      ->required();
  command->add_option("-t,--to", request->formats, "Formats, comma-separated, or \"all\"")->required();
  command->add_option("-o,--output", request->output, "Output file or folder (default: out/)");
  command->add_option("--option", request->option_texts, "A format option key=value (or format.key=value)")
      ->type_name("KEY=VALUE");
  command->add_option("-f,--from", request->from, "Input format (default: detected; \"cvport\" = native)");
  command->add_flag("--werror", request->werror, "Treat warnings about the input as errors");
  command->add_flag("--isolate", request->isolate,
                    "Run each plugin in a child process, so a crashing plugin cannot end cvport (or a batch)");
  command->add_option("--max-input-bytes", request->max_input_bytes, "Refuse inputs larger than this")
      ->capture_default_str();
  command->callback([request, &options, &exit_status] { exit_status = run_export(*request, options); });
}

} // namespace cvport::cli
