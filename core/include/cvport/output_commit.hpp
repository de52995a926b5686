// Putting outputs on disk atomically: a failed or interrupted export leaves no partial file
// and never clobbers an existing good one.
#ifndef CVPORT_OUTPUT_COMMIT_HPP
#define CVPORT_OUTPUT_COMMIT_HPP

#include <filesystem>
#include <string>

#include "cvport/diagnostics.hpp"
#include "cvport/plugin_calls.hpp"

namespace cvport {

// Writes `bytes` to a temporary file beside `target`, then renames it over `target`. On any
// failure the temporary file is removed and `target` is untouched; an interrupted export
// leaves either the old file or the new one. `durable` also flushes each file to the device
// before the rename (fsync), so the new file survives a power cut too; it costs a disk flush per
// file, which dominates an export's time, so it is asked for (`--durable`), like rsync's --fsync.
bool commit_file(const std::filesystem::path& target, const std::string& bytes, DiagnosticList& diagnostics,
                 bool durable = false);

// Writes every file of `output` into a temporary folder beside `folder` first (so a full disk
// fails before anything is touched). A new folder is then renamed into place whole; into an
// existing folder each file is renamed over its old version, so every file is always complete
// and files the export does not produce are left alone.
bool commit_folder(const std::filesystem::path& folder, const FormatOutput& output, DiagnosticList& diagnostics,
                   bool durable = false);

} // namespace cvport

#endif
