// Calling a format through the C ABI: the host side of sinks and diagnostics. Outputs are
// collected in memory; nothing touches the file system here (see output_commit.hpp).
#ifndef CVPORT_PLUGIN_CALLS_HPP
#define CVPORT_PLUGIN_CALLS_HPP

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvport/diagnostics.hpp"
#include "cvport/plugin_registry.hpp"

namespace cvport {

// What one export produced: (relative name, bytes) in the order the plugin opened them;
// the name "" is the primary output.
struct FormatOutput {
  std::vector<std::pair<std::string, std::string>> files;
};

// Runs `format`'s export on canonical model JSON. Plugin diagnostics are added with `file`
// as their file (their paths are model paths). Returns false if the plugin failed.
bool call_export(const LoadedFormat& format, const std::string& model_json, const nlohmann::json& options,
                 const std::string& file, FormatOutput& output, DiagnosticList& diagnostics);

// Like call_export, but runs the plugin in a process of its own (a fresh cvport started as the
// export worker, never a fork of this multithreaded one), so a plugin that crashes (a
// segmentation fault, an abort) is reported as a failed export instead of ending cvport.
// Used by `cvport export --isolate`.
bool call_export_isolated(const LoadedFormat& format, const std::string& model_json, const nlohmann::json& options,
                          const std::string& file, FormatOutput& output, DiagnosticList& diagnostics);

// The hidden command line `cvport __export-worker` that call_export_isolated starts; main()
// hands it to run_export_worker before parsing anything else.
inline constexpr char kExportWorkerCommand[] = "__export-worker";
int run_export_worker();

// The executable call_export_isolated starts: this process's own (/proc/self/exe) unless set.
// A program that links the core library but is not cvport (a test) sets it to a cvport binary.
void set_isolation_worker(std::string executable);
std::string isolation_worker();

struct ImportOutput {
  std::string model_json;   // the canonical JSON the plugin produced
  std::string origins_json; // where its values came from (CVPORT_IMPORT_ORIGINS_SINK), or empty
};

// Where an input stands among the inputs of one command (cvport import abbrev.bib papers.bib):
// the inputs of the importer's format given before it, which the importer may read for what they
// define (cvport_import_request.earlier_inputs), and how many inputs follow it.
struct CommandInputs {
  struct Earlier {
    const char* name; // NUL-terminated, as the C request holds it (ImportedInput::name.c_str())
    std::string_view text;
  };
  std::vector<Earlier> earlier;
  size_t later_count = 0;
};

// Runs `format`'s import on an input file's bytes.
bool call_import(const LoadedFormat& format, std::string_view input, const std::string& source_name,
                 const nlohmann::json& options, ImportOutput& imported, DiagnosticList& diagnostics,
                 const CommandInputs& command = {});

// Whether `format` claims `input` by content.
bool call_detect(const LoadedFormat& format, std::string_view input);

// A relative output name a plugin may use: non-empty '/'-separated parts, none "." or "..",
// no backslash, no NUL, not absolute.
bool is_safe_output_name(std::string_view name);

} // namespace cvport

#endif
