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
  std::vector<std::string> inputs;
  std::string into;
  std::string output;
  std::string from;
  bool force = false;
  size_t max_input_bytes = SourceLimits{}.max_bytes;
  std::vector<std::string> option_texts;
};

// The merge report: one line (or import-merge event) per entry, then the counts. Matches and new
// entries are said unless -q; conflicts always, unless -qq.
void print_merge_report(const std::vector<MergeEvent>& events, const GlobalOptions& options) {
  size_t counts[3] = {0, 0, 0};
  for (const MergeEvent& event : events) {
    ++counts[size_t(event.kind)];
    bool conflict = event.kind == MergeEvent::Kind::conflict;
    if (options.quiet >= (conflict ? 2 : 1)) continue;
    nlohmann::ordered_json json{{"event", "import-merge"},
                                {"outcome", merge_event_kind_name(event.kind)},
                                {"input", event.source},
                                {"path", event.source_path},
                                {"title", event.title},
                                {"merged_path", event.merged_path}};
    std::string text = event.source + ": " + event.source_path + " \"" + event.title + "\": ";
    if (event.kind == MergeEvent::Kind::added) {
      text += "new, as " + event.merged_path;
    } else {
      json["matched"] = event.matched;
      json["key"] = event.key;
      text += (conflict ? "conflicts with " : "matches ") + event.matched + " (same " + event.key + ")";
      if (conflict) {
        json["detail"] = event.detail;
        text += ": " + event.detail + "; " + event.matched + "'s value is kept";
      }
    }
    print_event(json, text, options);
  }
  if (options.quiet >= 1 || events.empty()) return;
  print_event({{"event", "import-merge-summary"},
               {"new", counts[size_t(MergeEvent::Kind::added)]},
               {"matched", counts[size_t(MergeEvent::Kind::matched)]},
               {"conflicts", counts[size_t(MergeEvent::Kind::conflict)]}},
              "merged: " + std::to_string(counts[size_t(MergeEvent::Kind::added)]) + " new, " +
                  std::to_string(counts[size_t(MergeEvent::Kind::matched)]) + " matched, " +
                  std::to_string(counts[size_t(MergeEvent::Kind::conflict)]) + " in conflict",
              options);
}

int run_import(const ImportOptions& request, const GlobalOptions& options) {
  PluginRegistry registry;
  // What reading needs (--from's importer, or the importers that claim the inputs), the formats
  // of --option names, and the cvport-yaml writer. The --into CV is read without --from.
  SourceLimits limits{.max_bytes = request.max_input_bytes};
  std::optional<PluginNeeds> needs = formats_to_read(request.inputs, request.from, limits);
  if (needs && !request.into.empty()) {
    std::optional<PluginNeeds> into = formats_to_read({request.into}, "", limits);
    if (into)
      needs->texts_to_claim.insert(needs->texts_to_claim.end(), into->texts_to_claim.begin(), into->texts_to_claim.end());
    else
      needs.reset();
  }
  if (needs) {
    std::vector<std::string> scoped = formats_of_options(request.option_texts);
    needs->formats.insert(needs->formats.end(), scoped.begin(), scoped.end());
    needs->formats.push_back("cvport-yaml");
  }
  load_plugins(registry, options, needs);
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
  std::vector<MergeEvent> merge_events;
  InputResult result = import_as_source({.inputs = request.inputs,
                                         .into = request.into,
                                         .output = request.output,
                                         .from = request.from,
                                         .force = request.force,
                                         .limits = {.max_bytes = request.max_input_bytes},
                                         .import_options = assignments},
                                        registry, text, &merge_events);
  size_t hidden_notes = print_diagnostics(result.diagnostics, options);
  if (result.status == exit_code::ok) print_merge_report(merge_events, options);
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
                  "  cvport import resume.json -o cv.yaml --force  replace an existing cv.yaml\n"
                  "  cvport import papers.bib -o cv.yaml           a BibTeX file's publications\n"
                  "  cvport import record.xml papers.bib --into cv.yaml -o new.yaml\n"
                  "                                                add what the CV lacks, no duplicates\n\n"
                  "The input is read as by cvport export (its format detected, or --from). The output is\n"
                  "the cvport-yaml export: written atomically, and never over an existing file\n"
                  "unless --force is given. Then: cvport validate cv.yaml, edit, cvport export.\n"
                  "Several inputs, or --into, are merged: an entry already there (same DOI, arXiv id or\n"
                  "ISBN; else same title and year) is not added again, and a report says what matched\n"
                  "what, what is new and what conflicts (same DOI, different year).");
  command->add_option("inputs", request->inputs,
                      "CVs: JSON Resume, BibTeX, cvport JSON or YAML, or any importable format")
      ->required();
  command->add_option("--into", request->into, "A cvport source to merge the inputs into (it is not changed)");
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
