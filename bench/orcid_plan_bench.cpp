#include "orcid_plan_bench.hpp"

#include <filesystem>
#include <memory>
#include <stdexcept>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "bundle_reader.hpp"
#include "cvport/output_commit.hpp"
#include "cvport/plugin_calls.hpp"
#include "matcher.hpp"
#include "record_reader.hpp"

namespace cvport::bench {

namespace {

namespace fs = std::filesystem;

constexpr const char* kOrcid = "0000-0002-1825-0097";
constexpr const char* kClient = "APP-CVPORTBENCH00001";
constexpr int kRecordWorks = 200;

std::string source_xml(const std::string& client) {
  return fmt::format("<common:source><common:source-client-id><common:uri>https://orcid.org/client/{0}</common:uri>"
                     "<common:path>{0}</common:path><common:host>orcid.org</common:host></common:source-client-id>"
                     "<common:source-name>{0}</common:source-name></common:source>",
                     client);
}

std::string work_summary(int put_code, const std::string& client, const std::string& title, const std::string& key,
                         const std::string& doi) {
  std::string ids;
  if (!doi.empty())
    ids += fmt::format("<common:external-id><common:external-id-type>doi</common:external-id-type>"
                       "<common:external-id-value>{}</common:external-id-value>"
                       "<common:external-id-relationship>self</common:external-id-relationship></common:external-id>",
                       doi);
  if (!key.empty())
    ids += fmt::format("<common:external-id><common:external-id-type>source-work-id</common:external-id-type>"
                       "<common:external-id-value>{}</common:external-id-value>"
                       "<common:external-id-relationship>self</common:external-id-relationship></common:external-id>",
                       key);
  return fmt::format("<activities:group><common:external-ids/>"
                     "<work:work-summary put-code=\"{}\" visibility=\"public\">"
                     "<common:created-date>2025-01-01T00:00:00.000Z</common:created-date>{}"
                     "<work:title><common:title>{}</common:title></work:title>"
                     "<common:external-ids>{}</common:external-ids><work:type>journal-article</work:type>"
                     "<common:publication-date><common:year>2023</common:year></common:publication-date>"
                     "</work:work-summary></activities:group>",
                     put_code, source_xml(client), title, ids);
}

// A record of 200 works: the bundle's works as this client sent them, then older works of
// this client and works of another source, half of them with a DOI.
std::string record_of(const orcid::Bundle& bundle) {
  std::string works;
  int put_code = 1000;
  for (const orcid::BundleItem& item : bundle.items)
    if (item.type == "work" && put_code < 1000 + kRecordWorks) works += work_summary(++put_code, kClient, "x", item.key, "");
  for (int i = 0; put_code < 1000 + kRecordWorks; ++i) {
    bool own = i % 2 == 0;
    works += work_summary(++put_code, own ? kClient : "APP-OTHERSOURCE00001", fmt::format("Older paper {}", i),
                          own ? fmt::format("publication:old{}", i) : "",
                          i % 4 < 2 ? fmt::format("10.5555/old.{}", i) : "");
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                     "<record:record xmlns:record=\"http://www.orcid.org/ns/record\" "
                     "xmlns:common=\"http://www.orcid.org/ns/common\" xmlns:work=\"http://www.orcid.org/ns/work\" "
                     "xmlns:activities=\"http://www.orcid.org/ns/activities\" path=\"/{}\">"
                     "<activities:activities-summary><activities:works>{}</activities:works>"
                     "</activities:activities-summary></record:record>",
                     kOrcid, works);
}

// The example's bundle, exported once into a temporary folder (removed at exit).
struct BundleOnDisk {
  fs::path folder;
  ~BundleOnDisk() {
    std::error_code ignored;
    if (!folder.empty()) fs::remove_all(folder.parent_path(), ignored);
  }
};

} // namespace

void register_orcid_plan(BenchInputs& inputs) {
  const LoadedFormat* orcid_format = inputs.find_format("orcid");
  if (!orcid_format) return;
  auto bundle_on_disk = std::make_shared<BundleOnDisk>();
  benchmark::RegisterBenchmark("orcid-plan/example/record-200-works", [&inputs, orcid_format,
                                                                        bundle_on_disk](benchmark::State& state) {
    if (bundle_on_disk->folder.empty()) {
      FormatOutput output;
      DiagnosticList diagnostics;
      if (!call_export(*orcid_format, inputs.example().model_json, nlohmann::json::object(), "cv.yaml", output,
                       diagnostics))
        return state.SkipWithError("the orcid export failed");
      std::string base = (fs::temp_directory_path() / "cvport-bench-XXXXXX").string();
      if (!mkdtemp(base.data())) return state.SkipWithError("no temporary folder");
      bundle_on_disk->folder = fs::path(base) / "orcid";
      if (!commit_folder(bundle_on_disk->folder, output, diagnostics)) return state.SkipWithError("bundle not written");
    }
    std::string record_xml = record_of(orcid::read_bundle(bundle_on_disk->folder));
    // What `cvport orcid plan BUNDLE --record FILE` does after reading the files: read the
    // bundle (manifest and bodies), read the record, match.
    for (auto _ : state) {
      orcid::Bundle bundle = orcid::read_bundle(bundle_on_disk->folder);
      orcid::Record record = orcid::read_record(record_xml, "record.xml");
      orcid::Plan plan = orcid::make_plan(bundle, record, kClient, nullptr, false);
      benchmark::DoNotOptimize(plan);
    }
  })->Unit(benchmark::kMillisecond);
}

} // namespace cvport::bench
