// cvport import: make any readable CV into an editable cvport source file (argument parsing only;
// the work is import_as_source in the core library).
#include <iostream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/import_source.hpp"
#include "cvport/options.hpp"

namespace cvport::cli {

namespace {

struct ImportOptions {
  std::string input;
  std::string output;
  std::string from;
  bool force = false;
  size_t max_input_bytes = SourceLimits{}.max_bytes;
  std::vector<std::string> option_texts;
};

int run_import(const ImportOptions& request, const GlobalOptions& options) {
  PluginRegistry registry;
  load_plugins(registry, options);
  print_refusals(registry, options);
  DiagnosticList usage;
  std::vector<OptionAssignment> assignments;
  for (const std::string& option : request.option_texts) {
    OptionAssignment assignment;
    if (!parse_option_assignment(option, assignment, usage)) continue;
    const LoadedFormat* importer = registry.find_format(assignment.format);
    if (!importer || !importer->can_import())
      usage.add({Severity::error, "usage.unknown-option", "", 0, 0, "",
                 "--option " + option + " names no format that imports", "write it as format.key=value: jsonresume.language=de"});
    assignments.push_back(assignment);
  }
  if (usage.has_errors()) {
    print_diagnostics(usage, options);
    return exit_code::usage;
  }
  std::string text;
  InputResult result = import_as_source({.input = request.input,
                                         .output = request.output,
                                         .from = request.from,
                                         .force = request.force,
                                         .limits = {.max_bytes = request.max_input_bytes},
                                         .import_options = assignments},
                                        registry, text);
  size_t hidden_notes = print_diagnostics(result.diagnostics, options);
  std::cout << text;
  print_written(result.written, options);
  print_notes_count(hidden_notes, options);
  return result.status;
}

} // namespace

void add_import_command(CLI::App& app, GlobalOptions& options, int& exit_status) {
  auto request = std::make_shared<ImportOptions>();
  CLI::App* command = app.add_subcommand("import", "Make any CV cvport reads into an editable cvport YAML source");
  command->footer("Examples:\n"
                  "  cvport import resume.json -o cv.yaml          a JSON Resume as a source to edit\n"
                  "  cvport import cv.cvport.json -o cv.yaml       canonical JSON back to YAML\n"
                  "  cvport import old.yaml -o - | less            to standard output\n"
                  "  cvport import resume.json -o cv.yaml --force  replace an existing cv.yaml\n\n"
                  "The input is read as by cvport export (its format detected, or --from). The output is\n"
                  "the cvport-yaml export: written atomically, and never over an existing file\n"
                  "unless --force is given. Then: cvport validate cv.yaml, edit, cvport export.");
  command->add_option("input", request->input, "A CV: JSON Resume, cvport JSON or YAML, or any importable format")
      ->required();
  command->add_option("-o,--output", request->output, "The source file to write, or - for standard output")
      ->required();
  command->add_option("-f,--from", request->from, "Input format (default: detected; \"cvport\" = native)");
  command->add_flag("--force", request->force, "Replace the output file if it exists");
  command->add_option("--option", request->option_texts, "An import option format.key=value (jsonresume.language=de)")
      ->type_name("FORMAT.KEY=VALUE");
  command->add_option("--max-input-bytes", request->max_input_bytes, "Refuse inputs larger than this")
      ->capture_default_str();
  command->callback([request, &options, &exit_status] { exit_status = run_import(*request, options); });
}

} // namespace cvport::cli
