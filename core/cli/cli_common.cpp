#include "cli_common.hpp"

#include <algorithm>
#include <iostream>

#include "cvport/pipeline.hpp"

namespace cvport::cli {

void load_plugins(PluginRegistry& registry, const GlobalOptions& options, const std::optional<PluginNeeds>& needs) {
  std::vector<std::filesystem::path> folders = PluginRegistry::search_path(options.plugin_dirs);
  if (!needs) return registry.load_directories(folders);
  registry.load_directories_until(folders, [&] {
    return std::all_of(needs->formats.begin(), needs->formats.end(),
                       [&](const std::string& id) { return registry.find_format(id); }) &&
           std::all_of(needs->texts_to_claim.begin(), needs->texts_to_claim.end(),
                       [&](const std::string& text) { return an_importer_claims(text, registry); });
  });
}

std::vector<std::string> formats_of_options(const std::vector<std::string>& option_texts) {
  std::vector<std::string> formats;
  DiagnosticList ignored; // a malformed assignment is reported when the command reads them
  for (const std::string& text : option_texts)
    if (OptionAssignment assignment; parse_option_assignment(text, assignment, ignored) && !assignment.format.empty())
      formats.push_back(assignment.format);
  return formats;
}

std::optional<PluginNeeds> formats_to_read(const std::vector<std::string>& inputs, const std::string& from,
                                           const SourceLimits& limits) {
  PluginNeeds needs;
  if (!from.empty()) {
    if (from != "cvport") needs.formats.push_back(from);
    return needs;
  }
  if (std::count_if(inputs.begin(), inputs.end(), [](const std::string& input) { return !is_yaml_source_path(input); }) >
      std::ptrdiff_t(kInputsReadAhead))
    return std::nullopt;
  for (const std::string& input : inputs)
    if (std::optional<std::string> text = text_to_detect(input, limits)) needs.texts_to_claim.push_back(std::move(*text));
  return needs;
}

size_t print_diagnostics(DiagnosticList diagnostics, const GlobalOptions& options) {
  diagnostics.group_repeats();
  diagnostics.sort_by_location();
  size_t hidden_notes = 0;
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    if (diagnostic.severity == Severity::warning && options.quiet >= 2) continue;
    if (diagnostic.severity == Severity::note && !options.verbose) {
      ++hidden_notes;
      continue;
    }
    print_diagnostic_as(diagnostic, format_diagnostic(diagnostic), options);
  }
  return hidden_notes;
}

void print_diagnostic_as(const Diagnostic& diagnostic, const std::string& text, const GlobalOptions& options) {
  nlohmann::ordered_json event = {{"event", "diagnostic"}};
  event.update(diagnostic_to_json(diagnostic));
  print_event(event, text, options);
}

void print_event(const nlohmann::ordered_json& event, const std::string& text, const GlobalOptions& options) {
  if (options.json())
    std::cerr << event.dump() << "\n";
  else
    std::cerr << text << "\n";
}

void print_notes_count(size_t notes, const GlobalOptions& options) {
  if (notes == 0 || options.quiet >= 1) return;
  print_event({{"event", "notes"}, {"count", notes}},
              std::to_string(notes) + (notes == 1 ? " note" : " notes") + "; run with --verbose to list " +
                  (notes == 1 ? "it" : "them"),
              options);
}

void print_written(const std::vector<std::string>& paths, const GlobalOptions& options) {
  if (options.quiet >= 1) return;
  for (const std::string& path : paths) print_event({{"event", "wrote"}, {"path", path}}, "cvport: wrote " + path, options);
}

void print_refusal(const std::string& input, const std::string& reason, int status, const GlobalOptions& options) {
  print_event({{"event", "refused"}, {"input", input}, {"reason", reason}, {"status", status}},
              "cvport: " + input + ": not exported: " + reason, options);
}

std::vector<nlohmann::json> options_for_formats(const std::vector<const LoadedFormat*>& formats,
                                                const std::vector<std::string>& option_texts,
                                                std::vector<OptionAssignment>& assignments, DiagnosticList& usage,
                                                const PluginRegistry& registry, VariantRequest* variant) {
  for (const std::string& text : option_texts) {
    OptionAssignment assignment;
    if (parse_option_assignment(text, assignment, usage)) assignments.push_back(assignment);
  }
  if (variant) take_variant_options(assignments, *variant, usage);
  check_unclaimed_options(formats, assignments, usage, registry);
  std::vector<nlohmann::json> format_options;
  for (const LoadedFormat* format : formats) format_options.push_back(build_format_options(*format, assignments, usage));
  return format_options;
}

void print_refusals(const PluginRegistry& registry, const GlobalOptions& options) {
  DiagnosticList refusals;
  for (const PluginRefusal& refusal : registry.refusals())
    refusals.add({Severity::warning, "plugin.refused", refusal.path, 0, 0, "", "plugin refused: " + refusal.reason, ""});
  print_diagnostics(refusals, options);
}

} // namespace cvport::cli
