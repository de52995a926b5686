#include "cli_common.hpp"

#include <iostream>

namespace cvport::cli {

void load_plugins(PluginRegistry& registry, const GlobalOptions& options) {
  registry.load_directories(PluginRegistry::search_path(options.plugin_dirs));
}

void print_diagnostics(const DiagnosticList& diagnostics, const GlobalOptions& options) {
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    if (options.quiet && diagnostic.severity != Severity::error) continue;
    if (options.diagnostics_format == "json")
      std::cerr << diagnostic_to_json(diagnostic).dump() << "\n";
    else
      std::cerr << format_diagnostic(diagnostic) << "\n";
  }
}

std::vector<nlohmann::json> options_for_formats(const std::vector<const LoadedFormat*>& formats,
                                                const std::vector<std::string>& option_texts,
                                                std::vector<OptionAssignment>& assignments, DiagnosticList& usage,
                                                const PluginRegistry& registry) {
  for (const std::string& text : option_texts) {
    OptionAssignment assignment;
    if (parse_option_assignment(text, assignment, usage)) assignments.push_back(assignment);
  }
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
