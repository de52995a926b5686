// cvport: write your CV once, export it everywhere. This file only parses the command line;
// the work is done by the core library (core/src).
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli_common.hpp"
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

} // namespace

int main(int argc, char** argv) {
  using namespace cvport;
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
  app.add_flag("-q,--quiet", options.quiet, "Print only errors");

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
    return cli::report_parse_error(app, error, argc, argv);
  }
  return exit_status;
}
