// The way through the house: load a CV (native source or an import plugin), then export it to
// formats with atomic outputs. The CLI is a thin layer over these functions.
#ifndef CVPORT_PIPELINE_HPP
#define CVPORT_PIPELINE_HPP

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cvport/diagnostics.hpp"
#include "cvport/model.hpp"
#include "cvport/options.hpp"
#include "cvport/plugin_registry.hpp"
#include "cvport/source.hpp"

namespace cvport {

// An input that a command of several inputs imported before the one it loads now: what its
// importer read, kept for the importers of the inputs after it.
struct ImportedInput {
  std::string format; // the importer's id
  std::string name;
  std::string text;
};

struct LoadRequest {
  std::string path;
  std::string from; // "" = detect; "cvport" = native source; else an import-capable format id
  SourceLimits limits;
  // --option assignments; those that name the importer's format ("jsonresume.language=de")
  // are its import options.
  std::vector<OptionAssignment> options;
  // The language to read multilingual values in (--lang); "" = the file's own. An importer that
  // declares a "language" option gets it unless the options set one.
  std::string language;
  // In a command of several inputs (cvport import abbrev.bib papers.bib): the inputs imported
  // before this one, in order, and how many inputs follow it. The importer is given the earlier
  // ones of its own format (cvport_import_request.earlier_inputs); null for an input read alone.
  const std::vector<ImportedInput>* earlier_inputs = nullptr;
  size_t later_input_count = 0;
};

struct LoadedCv {
  std::optional<Cv> cv; // set when there are no errors
  std::string format;   // "cvport" or the importer's id
  SourceMap map;        // positions of model paths in the input (through the importer's origins)
  DiagnosticList diagnostics;
  bool input_missing = false; // the file could not be read at all
  // An imported input's own bytes, handed back when the request gave earlier_inputs, so that the
  // inputs after it can be given them in turn.
  std::optional<ImportedInput> imported;
};

// Reads, imports if needed, validates and normalises. Every problem becomes a diagnostic with
// file:line:column where the input has positions.
LoadedCv load_cv(const LoadRequest& request, const PluginRegistry& registry);

// Native source text (YAML/JSON) to a normalised, checked model; `language` as in read_cv_source.
LoadedCv load_native_text(std::string_view text, const std::string& file_name, const SourceLimits& limits = {},
                          SourcePositions positions = SourcePositions::recorded, std::string_view language = {});

struct ExportTarget {
  const LoadedFormat* format = nullptr;
  std::filesystem::path path; // a file, or a folder for multi-file formats
  nlohmann::json options;
};

// Where each format's output goes. `output` is a file when one single-file format is asked for
// and `output` is not an existing folder nor ends in '/'; otherwise a folder that receives each
// format's default output name. "-" with one single-file format is standard output
// (kStandardOutputPath), as pandoc's "-o -"; the command refuses "-" for anything else.
inline constexpr std::string_view kStandardOutputPath = "-";
std::vector<ExportTarget> plan_exports(const std::vector<const LoadedFormat*>& formats, const std::string& output);

struct ExportReport {
  std::vector<std::string> written; // paths committed
  std::vector<std::string> failed;  // format ids that failed
  std::optional<std::string> standard_output; // the bytes of the target at kStandardOutputPath
};

// Exports `cv` to every target; each output is committed atomically on its own.
// With `isolate`, each plugin runs in a child process (see call_export_isolated); with `durable`,
// each output is flushed to the device before it replaces the old one (see commit_file).
ExportReport export_cv(const Cv& cv, const std::vector<ExportTarget>& targets, const std::string& input_name,
                       DiagnosticList& diagnostics, bool isolate = false, bool durable = false);

// A file named *.yaml or *.yml (in any case) is read as a cvport YAML source: no importer is asked
// to detect it.
bool is_yaml_source_path(const std::string& path);

// The text load_cv detects the format of `path` from, read as load_cv reads it, when an importer
// is needed to decide: nothing for a YAML path, a native JSON source, or a file load_cv stops at
// before detection (missing, too large, binary). For choosing which plugins to load.
std::optional<std::string> text_to_detect(const std::string& path, const SourceLimits& limits);

// Whether an importer loaded so far claims `text`: the first that does is load_cv's choice, so
// loading more plugins would not change it.
bool an_importer_claims(std::string_view text, const PluginRegistry& registry);

// The ids of "--to" text, as written: "markdown,docx" gives markdown and docx; empty ones are left
// out; "all" stays "all".
std::vector<std::string> format_ids_of(const std::string& list);

// Resolves "--to" text ("markdown,docx", "all") to export-capable formats. "all" means every
// export format except the built-in canonical JSON, which is asked for by name.
std::vector<const LoadedFormat*> select_formats(const std::string& list, const PluginRegistry& registry,
                                                DiagnosticList& diagnostics);

} // namespace cvport

#endif
