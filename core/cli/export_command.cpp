// cvport export: load each input, export it to the chosen formats, commit outputs atomically.
#include <algorithm>
#include <chrono>
#include <iostream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/batch.hpp"
#include "cvport/file_watch.hpp"
#include "cvport/language.hpp"
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
  std::string variant;
  std::string language; // --lang: BCP 47, overrides the source's language
  bool werror = false;
  bool isolate = false;
  bool durable = false;
  size_t max_input_bytes = SourceLimits{}.max_bytes;
  unsigned jobs = 1;
  bool watch = false;
};

// How long a source must stay unchanged after an event before it is exported again: an editor's
// save is a burst of events (write, close, rename) within a few milliseconds.
constexpr std::chrono::milliseconds kWatchQuietPeriod{100};

// --watch: the first export as without it, then one export per change of the source, each
// reported in one line (and its diagnostics); an invalid save leaves the outputs as they were.
int watch_and_export(const std::string& input, const BatchRequest& batch, const PluginRegistry& registry,
                     const GlobalOptions& options) {
  bool first = true;
  auto export_once = [&] {
    InputResult result = export_input(input, batch.output, batch, registry);
    size_t hidden_notes = print_diagnostics(result.diagnostics, options);
    std::string changed = first ? "" : input + " changed: ";
    if (result.status != exit_code::ok) {
      // Always said, even with -qq: the document beside the editor is now behind the source.
      std::string reason = result.reason + "; the outputs are left as they were";
      print_event({{"event", "refused"}, {"input", input}, {"reason", reason}, {"status", result.status}},
                  "cvport: " + changed + reason, options);
    } else if (options.json()) {
      print_written(result.written, options);
    } else if (!options.quiet) {
      std::string written;
      for (const std::string& path : result.written) written += (written.empty() ? "" : ", ") + path;
      std::cerr << "cvport: " << changed << "wrote " << written << "\n";
    }
    print_notes_count(hidden_notes, options);
    if (first && !options.quiet)
      print_event({{"event", "watching"}, {"input", input}},
                  "cvport: watching " + input + " for changes (Ctrl-C ends)", options);
    first = false;
  };
  std::string problem = watch_file(input, kWatchQuietPeriod, export_once);
  if (problem.empty()) return exit_code::ok;
  DiagnosticList failure;
  failure.add({Severity::error, "input.watch-failed", input, 0, 0, "", problem, ""});
  print_diagnostics(failure, options);
  return exit_code::no_input;
}

// The only plugins an export can use, when it names them all: the formats of --to, what reading
// its inputs needs (formats_to_read) and the formats of scoped --option assignments. Nothing
// (every plugin is loaded) for --to all, for a batch whose inputs any importer may claim, and for
// --watch, whose source may become a file another importer claims.
std::optional<PluginNeeds> plugins_needed(const ExportOptions& request) {
  if (request.watch) return std::nullopt;
  std::optional<PluginNeeds> needs = formats_to_read(request.inputs, request.from, {.max_bytes = request.max_input_bytes});
  if (!needs) return std::nullopt;
  for (const std::string& id : format_ids_of(request.formats)) {
    if (id == "all") return std::nullopt;
    needs->formats.push_back(id);
  }
  std::vector<std::string> scoped = formats_of_options(request.option_texts);
  needs->formats.insert(needs->formats.end(), scoped.begin(), scoped.end());
  return needs;
}

int run_export(const ExportOptions& request, const GlobalOptions& options) {
  PluginRegistry registry;
  load_plugins(registry, options, plugins_needed(request));
  print_refusals(registry, options);

  DiagnosticList usage;
  std::vector<const LoadedFormat*> formats = select_formats(request.formats, registry, usage);
  std::vector<OptionAssignment> assignments;
  VariantRequest variant{.name = request.variant};
  std::vector<nlohmann::json> format_options =
      options_for_formats(formats, request.option_texts, assignments, usage, registry, &variant);
  if (formats.empty() && !usage.has_errors())
    usage.add({Severity::error, "usage.no-format", "", 0, 0, "", "no export format is available",
               "check --plugin-dir and CVPORT_PLUGIN_PATH; cvport plugins shows what was loaded"});
  if (!request.language.empty() && !find_translation(request.language))
    usage.add({Severity::error, "usage.unknown-language", "", 0, 0, "",
               "--lang " + request.language + ": cvport cannot write a CV in this language; the supported languages are " +
                   supported_languages_text(),
               "write a BCP 47 tag such as de, pt-BR or zh-Hans"});
  else if (translation_is_approximate(request.language))
    usage.add({Severity::note, "usage.language-approximate", "", 0, 0, "",
               "--lang " + request.language + ": " + approximate_language_message(request.language), ""});
  if (request.output == kStandardOutputPath && (formats.size() > 1 || request.inputs.size() > 1 || request.watch ||
                                                (formats.size() == 1 && formats.front()->is_multi_file())))
    usage.add({Severity::error, "usage.stdout-one-file", "", 0, 0, "",
               "-o - writes one CV in one single-file format to standard output" +
                   std::string(formats.size() == 1 && formats.front()->is_multi_file()
                                   ? ": " + formats.front()->id + " writes a folder"
                                   : ""),
               "name a file or folder with -o, or export one input to one format such as --to markdown"});
  if (request.watch && request.inputs.size() > 1)
    usage.add({Severity::error, "usage.watch-one-input", "", 0, 0, "", "--watch takes one input",
               "run one cvport export --watch per CV"});
  size_t hidden_notes = 0;
  if (usage.has_errors()) {
    print_diagnostics(usage, options);
    return exit_code::usage;
  }
  hidden_notes += print_diagnostics(usage, options);

  BatchRequest batch{.inputs = request.inputs,
                     .formats = formats,
                     .options = format_options,
                     .output = request.output,
                     .from = request.from,
                     .language = request.language,
                     .import_options = assignments,
                     .variant = variant,
                     .werror = request.werror,
                     .isolate = request.isolate,
                     .durable = request.durable,
                     .limits = {.max_bytes = request.max_input_bytes},
                     .jobs = request.jobs};
  auto print_result = [&](const InputResult& result) {
    hidden_notes += print_diagnostics(result.diagnostics, options);
    print_written(result.written, options);
  };
  if (request.watch) return watch_and_export(request.inputs.front(), batch, registry, options);
  if (request.inputs.size() == 1) {
    InputResult result = export_input(request.inputs.front(), request.output, batch, registry);
    print_result(result);
    if (result.status == exit_code::ok && request.output == kStandardOutputPath) {
      std::cout.write(result.standard_output.data(), static_cast<std::streamsize>(result.standard_output.size()));
      std::cout.flush();
    }
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
                  "  cvport export cvs/*.yaml --to all -o out/ -j 2  one folder per input (out/alice/, ...), 2 at once\n"
                  "  cvport export cv.yaml --to markdown -o cv.md --watch   again on every save, until Ctrl-C\n"
                  "  cvport export cv.yaml --variant industry --to all   the CV's variant \"industry\"\n"
                  "  cvport export cv.yaml --to docx --option tags=ml,systems   entries tagged ml or systems\n\n"
                  "-o names a file when one single-file format is exported; otherwise a folder that\n"
                  "receives each format's default name (cv.md, cv.docx, resume.json, orcid/).\n"
                  "-o - writes one single-file format to standard output (cvport export cv.yaml --to markdown -o -).\n"
                  "Outputs are written atomically: a failed export never leaves a partial file.");
  command->add_option("inputs", request->inputs, "CV files: cvport YAML/JSON, or any importable format")
      ->required();
  command->add_option("-t,--to", request->formats, "Formats, comma-separated, or \"all\"")->required();
  command->add_option("-o,--output", request->output, "Output file or folder (default: out/)");
  command->add_option("--option", request->option_texts, "A format option key=value (or format.key=value)")
      ->type_name("KEY=VALUE");
  command->add_option("--variant", request->variant,
                      "Show the CV's variant NAME (declared under variants:); the ORCID bundle stays complete")
      ->type_name("NAME");
  command->add_option("-f,--from", request->from, "Input format (default: detected; \"cvport\" = native)");
  command->add_option("--lang", request->language,
                      "Write the CV in this language (BCP 47: de, pt-BR, zh-Hans); overrides the source's language and "
                      "picks that language's text where a text is given in several");
  command->add_flag("--werror", request->werror, "Treat warnings about the input as errors");
  command->add_flag("--isolate", request->isolate,
                    "Run each plugin in a child process, so a crashing plugin cannot end cvport (or a batch)");
  command->add_flag("--durable", request->durable,
                    "Flush each output to the disk before it replaces the old one (survives a power cut; slower)");
  command->add_option("-j,--jobs", request->jobs, "Export this many CVs at once (several inputs)")
      ->check(CLI::Range(1u, 256u));
  command->add_flag("-w,--watch", request->watch,
                    "Export again each time the input changes (one input), until Ctrl-C");
  command->add_option("--max-input-bytes", request->max_input_bytes, "Refuse inputs larger than this")
      ->capture_default_str();
  command->callback([request, &options, &exit_status] { exit_status = run_export(*request, options); });
}

} // namespace cvport::cli
