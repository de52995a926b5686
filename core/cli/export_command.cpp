// cvport export: load each input, export it to the chosen formats, commit outputs atomically.
#include <iostream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/batch.hpp"
#include "cvport/pipeline.hpp"
#include "progress.hpp"

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
  bool durable = false;
  size_t max_input_bytes = SourceLimits{}.max_bytes;
  unsigned jobs = 1;
};

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
  check_unclaimed_options(formats, assignments, usage, registry);
  std::vector<nlohmann::json> format_options;
  for (const LoadedFormat* format : formats) format_options.push_back(build_format_options(*format, assignments, usage));
  if (formats.empty() && !usage.has_errors())
    usage.add({Severity::error, "usage.no-format", "", 0, 0, "", "no export format is available",
               "check --plugin-dir and CVPORT_PLUGIN_PATH; cvport plugins shows what was loaded"});
  if (usage.has_errors()) {
    print_diagnostics(usage, options);
    return exit_code::usage;
  }

  BatchRequest batch{.inputs = request.inputs,
                     .formats = formats,
                     .options = format_options,
                     .output = request.output,
                     .from = request.from,
                     .import_options = assignments,
                     .werror = request.werror,
                     .isolate = request.isolate,
                     .durable = request.durable,
                     .limits = {.max_bytes = request.max_input_bytes},
                     .jobs = request.jobs};
  size_t hidden_notes = 0;
  auto print_result = [&](const InputResult& result) {
    hidden_notes += print_diagnostics(result.diagnostics, options);
    print_written(result.written, options);
  };
  if (request.inputs.size() == 1) {
    InputResult result = export_input(request.inputs.front(), request.output, batch, registry);
    print_result(result);
    // A failed input says why in one line, even when -qq hides the warnings --werror refused.
    if (result.status != exit_code::ok) print_refusal(result.input, result.reason, result.status, options);
    print_notes_count(hidden_notes, options);
    return result.status;
  }
  // Several inputs: each gets its own folder inside the output folder, named after the input.
  // Diagnostics are printed only with -v, or for inputs that failed; the summary names them.
  BatchProgress progress(request.inputs.size(), options);
  std::vector<FailedInput> failed = export_batch(batch, registry, [&](const InputResult& result, size_t done) {
    if (result.status != 0 || options.verbose) print_result(result);
    progress.input_done(result, done);
  });
  print_notes_count(hidden_notes, options);
  progress.summary(failed);
  return failed.empty() ? exit_code::ok : exit_code::some_failed;
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
                  "  cvport export cvs/*.yaml --to all -o out/ -j 2  one folder per input (out/alice/, ...), 2 at once\n\n"
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
  command->add_flag("--durable", request->durable,
                    "Flush each output to the disk before it replaces the old one (survives a power cut; slower)");
  command->add_option("-j,--jobs", request->jobs, "Export this many CVs at once (several inputs)")
      ->check(CLI::Range(1u, 256u));
  command->add_option("--max-input-bytes", request->max_input_bytes, "Refuse inputs larger than this")
      ->capture_default_str();
  command->callback([request, &options, &exit_status] { exit_status = run_export(*request, options); });
}

} // namespace cvport::cli
