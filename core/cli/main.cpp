// cvport: write your CV once, export it everywhere. This file only parses the command line;
// the work is done by the core library (core/src).
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli_common.hpp"
#include "linked_plugins.hpp"
#include "cvport/cvport_plugin.h"
#include "cvport/exit_codes.hpp"
#include "cvport/model.hpp"
#include "cvport/plugin_calls.hpp"

#ifdef CVPORT_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace {

// Shown by --version: which malloc the process (and every plugin in it) runs on.
std::string allocator_name() {
#ifdef CVPORT_WITH_MIMALLOC
  int version = mi_version(); // 209 for 2.0.9
  return "mimalloc " + std::to_string(version / 100) + "." + std::to_string(version / 10 % 10) + "." +
         std::to_string(version % 10);
#else
  return "system malloc";
#endif
}

// Whether the command line asks for JSON diagnostics, read before CLI11 has parsed it: a command
// line CLI11 refuses is then reported as JSON too.
bool wants_json_diagnostics(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word == "--diagnostics=json" || (word == "--diagnostics" && i + 1 < argc && std::string(argv[i + 1]) == "json"))
      return true;
  }
  return false;
}

} // namespace

int main(int argc, char** argv) {
  using namespace cvport;
  use_linked_plugins(cli::linked_plugins());
  // `cvport export --isolate` runs each plugin in a fresh cvport started this way.
  if (argc == 2 && std::string_view(argv[1]) == kExportWorkerCommand) return run_export_worker();
  CLI::App app{"cvport: write your CV once, export it everywhere (JSON Resume, DOCX, ORCID, Markdown, plugins)"};
  app.footer("Examples:\n"
             "  cvport export cv.yaml --to all -o out/\n"
             "  cvport export cv.yaml --to docx -o cv.docx --option page-size=letter\n"
             "  cvport import resume.json -o cv.yaml\n"
             "  cvport validate cv.yaml\n"
             "  cvport formats\n\n"
             "Exit codes: 0 ok, 1 some batch inputs failed, 64 usage, 65 invalid CV, 66 input missing,\n"
             "70 plugin failed, 73 output not written, 75 orcid sync stopped (run again), 77 not permitted.\n"
             "See docs/cli.md.");
  app.require_subcommand(1);
  app.fallthrough(); // global options may also follow the command: cvport validate --diagnostics json cv.yaml
  app.set_version_flag("--version", "cvport " CVPORT_VERSION " (plugin ABI " + std::to_string(CVPORT_ABI_MAJOR) +
                                        "." + std::to_string(CVPORT_ABI_MINOR) + ", model " +
                                        std::string(kModelVersion) + ", allocator " + allocator_name() + ")");
  cli::GlobalOptions options;
  app.add_option("--plugin-dir", options.plugin_dirs, "Also load plugins from this folder (repeatable)")
      ->type_name("DIR");
  app.add_option("--diagnostics", options.diagnostics_format, "How to print problems: text or json (one object a line)")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_flag("-q,--quiet", options.quiet,
               "Print no notes count and no \"wrote\" lines; -qq: only errors (and why an input failed)");
  app.add_flag("-v,--verbose", options.verbose,
               "List every note; with several inputs, also print the diagnostics of inputs that succeed");

  int exit_status = exit_code::ok;
  cli::add_export_command(app, options, exit_status);
  cli::add_import_command(app, options, exit_status);
  cli::add_validate_command(app, options, exit_status);
  cli::add_listing_commands(app, options, exit_status);
  cli::add_schema_command(app, exit_status);
  cli::add_init_command(app, options, exit_status);
  cli::add_completion_command(app, options, exit_status);
  cli::add_orcid_command(app, options, exit_status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    if (!wants_json_diagnostics(argc, argv)) return cli::report_parse_error(app, error, argc, argv);
    // The same report as one JSON diagnostic: its first line is the message ("unknown command
    // \"exprot\"; did you mean \"export\"?"), without the usage text that may follow.
    std::ostringstream text;
    std::streambuf* standard_error = std::cerr.rdbuf(text.rdbuf());
    int status = cli::report_parse_error(app, error, argc, argv);
    std::cerr.rdbuf(standard_error);
    std::string message = text.str().substr(0, text.str().find('\n'));
    if (message.rfind("cvport: ", 0) == 0) message.erase(0, 8);
    options.diagnostics_format = "json";
    DiagnosticList usage;
    usage.add({Severity::error, "usage.command-line", "", 0, 0, "", message.empty() ? error.what() : message,
               "cvport --help lists the commands and options"});
    cli::print_diagnostics(usage, options);
    return status;
  }
  return exit_status;
}
