// cvport init: writes the commented starter CV (starter_cv.cpp), atomically, and never over an
// existing file unless asked to.
#include <filesystem>
#include <iostream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/installed_files.hpp"
#include "cvport/output_commit.hpp"

namespace cvport::cli {

namespace {

namespace fs = std::filesystem;

} // namespace

void add_init_command(CLI::App& app, GlobalOptions& options, int& exit_status) {
  struct Request {
    std::string path = "cv.yaml";
    bool force = false;
  };
  auto request = std::make_shared<Request>();
  CLI::App* command = app.add_subcommand("init", "Write a commented starter CV to fill in");
  command->footer("Examples:\n  cvport init\n  cvport init my-cv.yaml\n  cvport init cv.yaml --force");
  command->add_option("file", request->path, "The file to write (default: cv.yaml)")->type_name("FILE");
  command->add_flag("--force", request->force, "Replace the file if it exists");
  command->callback([request, &options, &exit_status] {
    std::error_code error;
    if (!request->force && fs::symlink_status(request->path, error).type() != fs::file_type::not_found) {
      print_diagnostic_as({Severity::error, "output.exists", request->path, 0, 0, "",
                           "the file exists already; nothing written", "pass --force to replace it"},
                          "cvport: " + request->path + " already exists; nothing written (--force replaces it)", options);
      exit_status = exit_code::cannot_write;
      return;
    }
    DiagnosticList diagnostics;
    if (!commit_file(request->path, starter_cv(installed_schema_path()), diagnostics)) {
      print_diagnostics(diagnostics, options);
      exit_status = exit_code::cannot_write;
      return;
    }
    if (options.quiet == 0)
      print_event({{"event", "wrote"}, {"path", request->path}},
                  "cvport: wrote " + request->path + "; fill it in, then: cvport validate " + request->path, options);
    exit_status = exit_code::ok;
  });
}

} // namespace cvport::cli
