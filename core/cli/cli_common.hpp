// What every cvport command shares: global options, plugin loading, diagnostic printing.
#ifndef CVPORT_CLI_COMMON_HPP
#define CVPORT_CLI_COMMON_HPP

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cvport/diagnostics.hpp"
#include "cvport/options.hpp"
#include "cvport/plugin_registry.hpp"

namespace cvport::cli {

struct GlobalOptions {
  std::vector<std::string> plugin_dirs;
  std::string diagnostics_format = "text"; // text | json
  bool quiet = false;                       // only errors
};

// Loads the plugins from the search path (--plugin-dir, CVPORT_PLUGIN_PATH, the install's folder).
void load_plugins(PluginRegistry& registry, const GlobalOptions& options);

// Prints diagnostics to stderr in the chosen form. Notes and warnings are skipped with --quiet.
void print_diagnostics(const DiagnosticList& diagnostics, const GlobalOptions& options);

// Parses the --option texts into `assignments` and builds each format's options from them;
// problems (a malformed or unclaimed option, a bad value) go to `usage`.
std::vector<nlohmann::json> options_for_formats(const std::vector<const LoadedFormat*>& formats,
                                                const std::vector<std::string>& option_texts,
                                                std::vector<OptionAssignment>& assignments, DiagnosticList& usage,
                                                const PluginRegistry& registry);

// Prints the refusals of plugins met while loading, as warnings (one line each).
void print_refusals(const PluginRegistry& registry, const GlobalOptions& options);

void add_export_command(CLI::App& app, GlobalOptions& options, int& exit_status);
void add_import_command(CLI::App& app, GlobalOptions& options, int& exit_status);
void add_validate_command(CLI::App& app, GlobalOptions& options, int& exit_status);
void add_listing_commands(CLI::App& app, GlobalOptions& options, int& exit_status);
void add_schema_command(CLI::App& app, int& exit_status);
void add_init_command(CLI::App& app, GlobalOptions& options, int& exit_status);
void add_completion_command(CLI::App& app, GlobalOptions& options, int& exit_status);
void add_orcid_command(CLI::App& app, GlobalOptions& options, int& exit_status);

// The starter CV `cvport init` writes, whose modeline names the schema at `schema_location`.
std::string starter_cv(const std::string& schema_location);

// Reports a command line CLI11 refused and returns the exit status. A missing command prints
// the usage with the list of commands; an unknown one gets a "did you mean".
int report_parse_error(CLI::App& app, const CLI::ParseError& error, int argc, char** argv);

} // namespace cvport::cli

#endif
