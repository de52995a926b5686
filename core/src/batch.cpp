#include "cvport/batch.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "cvport/exit_codes.hpp"
#include "cvport/sections_option.hpp"

namespace cvport {

namespace fs = std::filesystem;

std::vector<std::string> batch_output_folders(const std::vector<std::string>& inputs, const std::string& output) {
  fs::path base = output.empty() ? fs::path("out") : fs::path(output);
  std::map<std::string, int> used;
  std::vector<std::string> folders;
  for (const std::string& input : inputs) {
    std::string stem = fs::path(input).stem().string();
    int count = ++used[stem];
    std::string name = count == 1 ? stem : stem + "-" + std::to_string(count);
    folders.push_back((base / name).string() + "/");
  }
  return folders;
}

LoadedCv load_input(const std::string& input, const BatchRequest& request, const PluginRegistry& registry,
                    InputResult& result, const std::vector<ImportedInput>* earlier, size_t later_count) {
  result.input = input;
  LoadedCv loaded = load_cv({.path = input, .from = request.from, .limits = request.limits,
                             .options = request.import_options, .language = request.language,
                             .earlier_inputs = earlier, .later_input_count = later_count},
                            registry);
  result.diagnostics = loaded.diagnostics;
  size_t errors = loaded.diagnostics.count(Severity::error);
  size_t warnings = loaded.diagnostics.count(Severity::warning);
  if (loaded.input_missing) {
    result.status = exit_code::no_input;
    result.reason = "cannot read the input";
  } else if (!loaded.cv || (request.werror && warnings > 0)) {
    result.status = exit_code::invalid_input;
    result.reason = loaded.cv ? "warnings are errors (--werror)"
                              : "invalid input (" + std::to_string(errors) + " error" + (errors == 1 ? ")" : "s)");
  }
  return loaded;
}

namespace {

bool is_complete_record(const LoadedFormat& format) {
  return std::find(std::begin(kCompleteRecordFormats), std::end(kCompleteRecordFormats), format.id) !=
         std::end(kCompleteRecordFormats);
}

bool declares_option(const LoadedFormat& format, std::string_view key) {
  const nlohmann::json properties = format.options_schema.value("properties", nlohmann::json::object());
  return properties.contains(std::string(key));
}

// Exports the CV `request.variant` shows to the targets, and the whole CV to the formats that
// keep a record complete. Its own diagnostics, located in the source, go to `result`; a variant
// that cannot be applied sets result.status.
ExportReport export_variant(const LoadedCv& loaded, std::vector<ExportTarget> targets, const std::string& input,
                            const BatchRequest& request, InputResult& result, DiagnosticList& diagnostics) {
  DiagnosticList variant_diagnostics;
  std::optional<AppliedVariant> applied = apply_variant(*loaded.cv, request.variant, input, variant_diagnostics);
  loaded.map.locate_all(variant_diagnostics);
  result.diagnostics.append(variant_diagnostics);
  if (!applied) {
    bool unknown_name = std::any_of(variant_diagnostics.items().begin(), variant_diagnostics.items().end(),
                                    [](const Diagnostic& d) { return d.code == "usage.unknown-variant"; });
    result.status = unknown_name ? exit_code::usage : exit_code::invalid_input;
    result.reason = unknown_name ? "no variant \"" + request.variant.name + "\"" : "the variant has errors";
    return {};
  }
  if (request.werror && variant_diagnostics.count(Severity::warning) > 0) {
    result.status = exit_code::invalid_input;
    result.reason = "warnings are errors (--werror)";
    return {};
  }
  bool user_sections = std::any_of(request.import_options.begin(), request.import_options.end(),
                                   [](const OptionAssignment& a) { return a.key == kSectionsOptionName; });
  std::vector<ExportTarget> shown, complete;
  for (ExportTarget& target : targets) {
    if (is_complete_record(*target.format) && !request.variant.apply_to_orcid) {
      diagnostics.add({Severity::note, "variant.ignored", "", 0, 0, "",
                       "the " + target.format->id + " output ignores the variant: a record should be complete, so " +
                           target.path.string() + " holds the whole CV",
                       "--option " + target.format->id + ".variant=apply applies the variant to it too"});
      complete.push_back(std::move(target));
      continue;
    }
    if (applied->empty) continue;
    if (!applied->sections.empty() && !user_sections && declares_option(*target.format, kSectionsOptionName))
      target.options[std::string(kSectionsOptionName)] = applied->sections;
    shown.push_back(std::move(target));
  }
  DiagnosticList shown_diagnostics;
  ExportReport report = export_cv(applied->cv, shown, input, shown_diagnostics, request.isolate, request.durable);
  restore_source_paths(*applied, shown_diagnostics);
  diagnostics.append(shown_diagnostics);
  ExportReport whole = export_cv(*loaded.cv, complete, input, diagnostics, request.isolate, request.durable);
  report.written.insert(report.written.end(), whole.written.begin(), whole.written.end());
  report.failed.insert(report.failed.end(), whole.failed.begin(), whole.failed.end());
  if (whole.standard_output) report.standard_output = std::move(whole.standard_output);
  return report;
}

} // namespace

InputResult export_input(const std::string& input, const std::string& output, const BatchRequest& request,
                         const PluginRegistry& registry) {
  InputResult result;
  LoadedCv loaded = load_input(input, request, registry, result);
  if (result.status != exit_code::ok) return result;
  if (!request.language.empty()) loaded.cv->language = request.language;
  std::vector<ExportTarget> targets = plan_exports(request.formats, output);
  for (size_t i = 0; i < targets.size(); ++i) targets[i].options = request.options[i];
  DiagnosticList diagnostics;
  ExportReport report =
      request.variant.given()
          ? export_variant(loaded, std::move(targets), input, request, result, diagnostics)
          : export_cv(*loaded.cv, targets, input, diagnostics, request.isolate, request.durable);
  if (result.status != exit_code::ok) return result;
  // Plugins report model paths; the map places them in the user's file (an imported file's through
  // the importer's origins).
  loaded.map.locate_all(diagnostics);
  result.diagnostics.append(diagnostics);
  result.written = report.written;
  if (report.standard_output) result.standard_output = std::move(*report.standard_output);
  if (report.failed.empty()) return result;
  bool write_failure = false;
  for (const Diagnostic& d : diagnostics.items()) write_failure = write_failure || d.code.rfind("output.", 0) == 0;
  result.status = write_failure ? exit_code::cannot_write : exit_code::plugin_failed;
  std::string failed;
  for (const std::string& id : report.failed) failed += (failed.empty() ? "" : ", ") + id;
  result.reason = (write_failure ? "could not write " : "export failed: ") + failed;
  return result;
}

std::vector<FailedInput> export_batch(const BatchRequest& request, const PluginRegistry& registry,
                                      const std::function<void(const InputResult&, size_t done)>& on_done) {
  std::vector<FailedInput> failed;
  std::vector<std::string> outputs = request.inputs.size() == 1 ? std::vector<std::string>{request.output}
                                                                : batch_output_folders(request.inputs, request.output);
  std::atomic<size_t> next{0};
  size_t done = 0;
  std::mutex report_mutex;
  auto work = [&] {
    for (size_t i = next++; i < request.inputs.size(); i = next++) {
      InputResult result = export_input(request.inputs[i], outputs[i], request, registry);
      std::lock_guard<std::mutex> lock(report_mutex);
      on_done(result, ++done);
      if (result.status != 0) failed.push_back({i, result.input, result.status, result.reason});
    }
  };
  unsigned jobs = std::max(1u, std::min<unsigned>(request.jobs, unsigned(request.inputs.size())));
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  std::sort(failed.begin(), failed.end(), [](const FailedInput& a, const FailedInput& b) { return a.index < b.index; });
  return failed;
}

} // namespace cvport
