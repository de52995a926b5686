// What every cvport command shares: global options, plugin loading, diagnostic printing.
#ifndef CVPORT_CLI_COMMON_HPP
#define CVPORT_CLI_COMMON_HPP

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cvport/diagnostics.hpp"
#include "cvport/options.hpp"
#include "cvport/plugin_registry.hpp"
#include "cvport/source.hpp"
#include "cvport/variant.hpp"

namespace cvport::cli {

struct GlobalOptions {
  std::vector<std::string> plugin_dirs;
  std::string diagnostics_format = "text"; // text | json
  int quiet = 0;        // -q: no notes count, no "wrote" lines; -qq: errors only
  bool verbose = false; // -v: every note, and in a batch the diagnostics of inputs that succeed
  bool json() const { return diagnostics_format == "json"; }
};

// What a command can need plugins for, when that is known before it reads its inputs: the
// formats it names, and the texts of the inputs whose importer is chosen by their content.
struct PluginNeeds {
  std::vector<std::string> formats;
  std::vector<std::string> texts_to_claim;
};

// Loads the plugins from the search path (--plugin-dir, CVPORT_PLUGIN_PATH, the install's folder):
// all of them, or, with `needs`, in the same order but only until its formats are found and an
// importer claims each of its texts (PluginRegistry::load_directories_until). The first
// plugin found for a format, and the first importer to claim a text, are the ones a command
// uses either way, so loading stops without changing what is chosen.
void load_plugins(PluginRegistry& registry, const GlobalOptions& options,
                  const std::optional<PluginNeeds>& needs = std::nullopt);

// What reading `inputs` can need: --from's format (none for "cvport"), nothing for a YAML file
// (read natively) or a native JSON one, and for any other input its text, which an importer must
// claim by content (load_cv's detection, read as load_cv reads it: text_to_detect). Nothing
// (every plugin) when more than kInputsReadAhead inputs would have to be read twice for that:
// a batch pays for loading every plugin once, not for reading its inputs twice.
constexpr size_t kInputsReadAhead = 8;
std::optional<PluginNeeds> formats_to_read(const std::vector<std::string>& inputs, const std::string& from,
                                           const SourceLimits& limits);

// The formats that scoped --option assignments name: "docx" of "docx.font-size=11".
std::vector<std::string> formats_of_options(const std::vector<std::string>& option_texts);

// Everything a command says on standard error goes through these, so that with
// --diagnostics json every line is one JSON object (docs/schema/diagnostics-event.schema.json).

// Prints diagnostics sorted by position, repeats grouped: errors, warnings (not with -qq), and
// notes only with -v. Returns the number of notes it did not print, for print_notes_count.
size_t print_diagnostics(DiagnosticList diagnostics, const GlobalOptions& options);
// "46 notes; run with --verbose to list them"; nothing when there are none, or with -q.
void print_notes_count(size_t notes, const GlobalOptions& options);
// An event that is not a diagnostic: `text` as a line, or `event` (with its "event" member) as
// one JSON line.
void print_event(const nlohmann::ordered_json& event, const std::string& text, const GlobalOptions& options);
// One diagnostic printed with its own text form (a command's established wording) or, with
// --diagnostics json, as the diagnostic event.
void print_diagnostic_as(const Diagnostic& diagnostic, const std::string& text, const GlobalOptions& options);
// "cvport: wrote cv.md"; not with -q.
void print_written(const std::vector<std::string>& paths, const GlobalOptions& options);
// Why an input was not exported or not valid, always printed, even with -qq:
// "cvport: cv.yaml: not exported: warnings are errors (--werror)".
void print_refusal(const std::string& input, const std::string& reason, int status, const GlobalOptions& options);

// Parses the --option texts into `assignments` and builds each format's options from them;
// problems (a malformed or unclaimed option, a bad value) go to `usage`. With `variant`, the host's
// variant options (tags=, selected=, orcid.variant=) go there instead of to the formats.
std::vector<nlohmann::json> options_for_formats(const std::vector<const LoadedFormat*>& formats,
                                                const std::vector<std::string>& option_texts,
                                                std::vector<OptionAssignment>& assignments, DiagnosticList& usage,
                                                const PluginRegistry& registry, VariantRequest* variant = nullptr);

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
