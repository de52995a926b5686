// cvport orcid plan | sync: compare a CV (or its ORCID bundle) with the live ORCID record, and
// carry the plan out with the member API. The work is done by core/orcid_sync.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli_common.hpp"
#include "cvport/batch.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/output_commit.hpp"
#include "cvport/pipeline.hpp"
#include "bundle_reader.hpp"
#include "credentials.hpp"
#include "http_client.hpp"
#include "journal.hpp"
#include "matcher.hpp"
#include "plan_writer.hpp"
#include "record_reader.hpp"
#include "sync_runner.hpp"
#include "cvport/file_bytes.hpp"

namespace cvport::cli {

namespace {

namespace fs = std::filesystem;
using orcid::SyncError;

struct OrcidOptions {
  std::string input; // a CV, or a bundle folder (with manifest.json)
  std::vector<std::string> option_texts;
  std::string record_file;
  std::string api;
  bool sandbox = false;
  std::string token_file;
  std::string orcid;
  std::string client_id;
  std::string output = "plan.json";
  std::string journal;
  bool allow_delete = false;
  bool dry_run = false;
};

// A folder that is removed with everything in it when the command ends.
class TemporaryFolder {
public:
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "cvport-orcid-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw SyncError(exit_code::cannot_write, "cannot make a temporary folder");
    path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

// The bundle: the folder itself, or the CV exported to ORCID through the normal pipeline.
orcid::Bundle load_bundle(const OrcidOptions& request, const GlobalOptions& options,
                          std::unique_ptr<TemporaryFolder>& temporary) {
  if (fs::is_directory(request.input)) {
    if (!request.option_texts.empty())
      throw SyncError(exit_code::usage, "--option applies to a CV; " + request.input + " is a bundle already exported");
    return orcid::read_bundle(request.input);
  }
  PluginRegistry registry;
  load_plugins(registry, options);
  DiagnosticList usage;
  std::vector<const LoadedFormat*> formats = select_formats("orcid", registry, usage);
  std::vector<OptionAssignment> assignments;
  std::vector<nlohmann::json> format_options =
      options_for_formats(formats, request.option_texts, assignments, usage, registry);
  if (usage.has_errors() || formats.empty()) {
    print_diagnostics(usage, options);
    throw SyncError(exit_code::usage, "the orcid format is not available or an --option is wrong");
  }
  temporary = std::make_unique<TemporaryFolder>();
  fs::path folder = temporary->path() / "orcid";
  BatchRequest batch{.inputs = {request.input}, .formats = formats, .options = format_options,
                     .output = folder.string(), .import_options = assignments};
  InputResult result = export_input(request.input, folder.string(), batch, registry);
  print_diagnostics(result.diagnostics, options);
  if (result.status != exit_code::ok)
    throw SyncError(result.status, request.input + ": the CV could not be exported to ORCID (" + result.reason + ")");
  return orcid::read_bundle(folder);
}

std::string read_file(const std::string& path) {
  std::optional<std::string> bytes = read_file_bytes(path);
  if (!bytes) throw SyncError(exit_code::no_input, path + ": cannot read the file");
  return std::move(*bytes);
}

// The API's base URL: https, or plain http to the loopback only (a test server), since the
// token travels in every request.
std::string api_base(const OrcidOptions& request) {
  if (request.sandbox && !request.api.empty()) throw SyncError(exit_code::usage, "give --api or --sandbox, not both");
  if (request.sandbox) return "https://api.sandbox.orcid.org";
  if (request.api.empty()) return "https://api.orcid.org";
  const std::string& api = request.api;
  bool loopback = api.starts_with("http://127.0.0.1") || api.starts_with("http://localhost") ||
                  api.starts_with("http://[::1]");
  if (!api.starts_with("https://") && !loopback)
    throw SyncError(exit_code::usage, "--api " + api + ": https:// is required (plain http only to 127.0.0.1, "
                                      "localhost or [::1]), since the token is sent with every request");
  return api;
}

// The iD to write to: --orcid, or the token response's; refused when the CV names another.
std::string resolve_orcid(const OrcidOptions& request, const orcid::Credentials* credentials,
                          const orcid::Bundle& bundle) {
  std::string orcid = request.orcid;
  if (credentials && !credentials->orcid.empty()) {
    if (!orcid.empty() && orcid != credentials->orcid)
      throw SyncError(exit_code::not_permitted, "--orcid " + orcid + " is not the iD the token was issued for (" +
                                                    credentials->orcid + ")");
    orcid = credentials->orcid;
  }
  if (orcid.empty() && !credentials) orcid = bundle.orcid;
  if (orcid.empty())
    throw SyncError(exit_code::usage, "which ORCID iD? give --orcid, or a --token-file with ORCID's token response");
  if (!bundle.orcid.empty() && bundle.orcid != orcid)
    throw SyncError(exit_code::not_permitted, request.input + ": the CV names the ORCID iD " + bundle.orcid +
                                                  ", not " + orcid + ": refused (a CV is synced only to its own record)");
  return orcid;
}

std::string resolve_client_id(const OrcidOptions& request, const orcid::Credentials* credentials) {
  std::string client = request.client_id;
  if (client.empty() && credentials) client = credentials->client_id;
  if (client.empty())
    throw SyncError(exit_code::usage, "give --client-id APP-...: the id of the ORCID client the token belongs to, "
                                      "which tells cvport's own items from the others on the record");
  return client;
}

fs::path journal_path(const OrcidOptions& request) {
  if (!request.journal.empty()) return request.journal;
  return fs::path(request.output).parent_path() / "orcid-journal.json";
}

orcid::Record fetch_record(orcid::OrcidApi& api, const std::string& orcid, const std::string& token) {
  std::string path = "/v3.0/" + orcid + "/record";
  orcid::HttpResponse response = api.send("GET", path);
  if (response.status == 401 || response.status == 403)
    throw SyncError(exit_code::not_permitted, "GET " + path + ": ORCID refused the token (" +
                                                  std::to_string(response.status) + ")");
  if (response.status != 200)
    throw SyncError(exit_code::temporary_failure,
                    orcid::scrubbed("GET " + path + ": " +
                                        (response.status ? "ORCID answered " + std::to_string(response.status)
                                                         : "no answer: " + response.transport_error),
                                    token));
  return orcid::read_record(response.body, "GET " + path);
}

void write_plan(const orcid::Plan& plan, const std::string& bundle_folder, const OrcidOptions& request,
                const GlobalOptions& options) {
  DiagnosticList diagnostics;
  if (!commit_file(request.output, orcid::plan_json(plan, bundle_folder).dump(2) + "\n", diagnostics)) {
    print_diagnostics(diagnostics, options);
    throw SyncError(exit_code::cannot_write, request.output + ": the plan could not be written");
  }
  if (options.quiet) return;
  if (options.json())
    print_event({{"event", "orcid-plan"}, {"path", request.output}, {"summary", orcid::plan_summary(plan)}}, "",
                options);
  else
    std::cerr << orcid::plan_table(plan);
  print_written({request.output}, options);
}

int run_orcid(const OrcidOptions& request, const GlobalOptions& options, bool sync) {
  std::string token;
  try {
    bool live = sync || request.record_file.empty();
    if (!sync && !request.record_file.empty() && (!request.api.empty() || request.sandbox))
      throw SyncError(exit_code::usage, "give --record FILE or --api/--sandbox, not both");
    std::unique_ptr<orcid::Credentials> credentials;
    if (live) {
      credentials = std::make_unique<orcid::Credentials>(orcid::load_credentials(request.token_file));
      token = credentials->token;
    }
    std::unique_ptr<TemporaryFolder> temporary;
    orcid::Bundle bundle = load_bundle(request, options, temporary);
    orcid::Record record;
    if (!live) record = orcid::read_record(read_file(request.record_file), request.record_file);
    OrcidOptions named = request;
    if (named.orcid.empty() && bundle.orcid.empty()) named.orcid = record.orcid; // a record file names its iD
    std::string orcid = resolve_orcid(named, credentials.get(), bundle);
    std::string client_id = resolve_client_id(request, credentials.get());
    std::unique_ptr<orcid::OrcidApi> api;
    if (live) {
      api = std::make_unique<orcid::OrcidApi>(api_base(request), token);
      record = fetch_record(*api, orcid, token);
    }
    if (!record.orcid.empty() && record.orcid != orcid)
      throw SyncError(exit_code::not_permitted, "the record is " + record.orcid + "'s, not " + orcid + "'s");
    record.orcid = orcid;
    std::string warning;
    orcid::Journal journal(journal_path(request), orcid, warning);
    if (!warning.empty())
      print_diagnostic_as({Severity::warning, "orcid-sync.journal", journal_path(request).string(), 0, 0, "", warning, ""},
                          "cvport: warning: " + warning, options);
    orcid::Plan plan = orcid::make_plan(bundle, record, client_id, &journal, request.allow_delete);
    write_plan(plan, temporary ? "" : request.input, request, options);
    if (!sync || request.dry_run) return exit_code::ok;
    orcid::SyncReport report = orcid::run_sync(plan, *api, journal, bundle.bulk_size, token, [&](const std::string& line) {
      print_event({{"event", "orcid-sync-step"}, {"message", line}}, "cvport: " + line, options);
    });
    if (!options.quiet)
      print_event({{"event", "orcid-sync-summary"},
                   {"created", report.created},
                   {"updated", report.updated},
                   {"verified", report.verified},
                   {"deleted", report.deleted},
                   {"failed", report.failed},
                   {"requests", api->requests_sent()},
                   {"journal", journal.path().string()},
                   {"status", report.status}},
                  "cvport: sync: " + std::to_string(report.created) + " created, " + std::to_string(report.updated) +
                      " updated, " + std::to_string(report.verified) + " verified unchanged, " +
                      std::to_string(report.deleted) + " deleted, " + std::to_string(report.failed) + " failed; " +
                      std::to_string(api->requests_sent()) + " requests; journal " + journal.path().string(),
                  options);
    return report.status;
  } catch (const SyncError& error) {
    std::string message = orcid::scrubbed(error.what(), token);
    print_diagnostic_as({Severity::error, "orcid-sync.failed", "", 0, 0, "", message, ""}, "cvport: error: " + message,
                        options);
    return error.status;
  }
}

void add_common_options(CLI::App* command, OrcidOptions& request) {
  command->add_option("input", request.input, "A CV, or an ORCID bundle folder (cvport export --to orcid)")->required();
  command->add_option("--option", request.option_texts, "An option of the orcid format, key=value (a CV only)")
      ->type_name("KEY=VALUE");
  command->add_option("--api", request.api, "API base URL (default https://api.orcid.org)")->type_name("URL");
  command->add_flag("--sandbox", request.sandbox, "Use https://api.sandbox.orcid.org");
  command->add_option("--token-file", request.token_file,
                      "The access token, or ORCID's token response JSON (default: $ORCID_ACCESS_TOKEN)")
      ->type_name("FILE");
  command->add_option("--orcid", request.orcid, "The ORCID iD (default: from the token response)")->type_name("ID");
  command->add_option("--client-id", request.client_id, "The ORCID client id the token belongs to (APP-...)")
      ->type_name("ID");
  command->add_option("-o,--output", request.output, "Where to write the plan (default plan.json)")->type_name("FILE");
  command->add_option("--journal", request.journal, "The sync journal (default: orcid-journal.json beside the plan)")
      ->type_name("FILE");
  command->add_flag("--delete", request.allow_delete,
                    "Delete own items the CV no longer has (only in sections the bundle is authoritative for)");
}

} // namespace

void add_orcid_command(CLI::App& app, GlobalOptions& options, int& exit_status) {
  CLI::App* orcid = app.add_subcommand("orcid", "Compare a CV with an ORCID record, and sync it");
  orcid->require_subcommand(1);
  auto plan_request = std::make_shared<OrcidOptions>();
  CLI::App* plan = orcid->add_subcommand("plan", "Write what a sync would do (plan.json, and a table on stderr)");
  add_common_options(plan, *plan_request);
  plan->add_option("--record", plan_request->record_file,
                   "The record as GET /v3.0/{orcid}/record returns it (XML or JSON), instead of fetching it")
      ->type_name("FILE");
  plan->footer("Examples:\n"
               "  cvport orcid plan cv.yaml --record record.xml --orcid 0000-0002-1825-0097 --client-id APP-XXXX\n"
               "  ORCID_ACCESS_TOKEN=... cvport orcid plan orcid/ --orcid 0000-0002-1825-0097 --client-id APP-XXXX\n"
               "Exit codes: see cvport orcid sync --help.");
  plan->callback([plan_request, &options, &exit_status] { exit_status = run_orcid(*plan_request, options, false); });

  auto sync_request = std::make_shared<OrcidOptions>();
  CLI::App* sync = orcid->add_subcommand("sync", "Create, update (and with --delete delete) ORCID items to match the CV");
  add_common_options(sync, *sync_request);
  sync->add_flag("--dry-run", sync_request->dry_run, "Write the plan only");
  sync->footer("The token comes from $ORCID_ACCESS_TOKEN or --token-file, never from the command line.\n"
               "Examples:\n"
               "  ORCID_ACCESS_TOKEN=... cvport orcid sync cv.yaml --orcid 0000-0002-1825-0097 --client-id APP-XXXX\n"
               "  cvport orcid sync cv.yaml --sandbox --token-file token.json --client-id APP-XXXX --delete\n"
               "Exit codes: 0 done, 1 ORCID refused some items, 64 usage, 65 invalid CV/record/bundle,\n"
               "66 a file is missing, 73 plan or journal not written, 75 stopped (no answer, retries used up):\n"
               "run again, 77 token refused or the CV names another iD.");
  sync->callback([sync_request, &options, &exit_status] { exit_status = run_orcid(*sync_request, options, true); });
}

} // namespace cvport::cli
