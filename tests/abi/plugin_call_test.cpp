// Calls across the ABI: what crosses in, what comes out, and plugins that fail or throw.
#include <filesystem>

#include <gtest/gtest.h>

#include "cvport/plugin_calls.hpp"
#include "cvport/plugin_registry.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using namespace cvport;

const LoadedFormat& load(PluginRegistry& registry, const std::string& file, const std::string& format) {
  EXPECT_TRUE(registry.load_file(cvport::testing::fixture_plugin_dir() / (file + ".so")));
  const LoadedFormat* loaded = registry.find_format(format);
  if (!loaded) throw std::runtime_error("format " + format + " did not load");
  return *loaded;
}

// One in-process export, as the pipeline makes it.
struct ExportRun {
  bool ok = false;
  FormatOutput output;
  DiagnosticList diagnostics;
};

ExportRun export_through(const LoadedFormat& format, const std::string& model,
                         const nlohmann::json& options = nlohmann::json::object()) {
  ExportRun run;
  run.ok = call_export(format, model, options, "cv.yaml", run.output, run.diagnostics);
  return run;
}

TEST(PluginCall, ModelAndOptionsCrossAsJson) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "good_c", "c-text");
  ExportRun run = export_through(format, "{\"person\":{\"name\":\"Zoë\"}}\n", {{"shout", true}});
  ASSERT_TRUE(run.ok);
  ASSERT_EQ(run.output.files.size(), 1u);
  EXPECT_EQ(run.output.files[0].first, "");
  EXPECT_EQ(run.output.files[0].second, "options: {\"shout\":true}\n{\"person\":{\"name\":\"Zoë\"}}\n");
  EXPECT_TRUE(run.diagnostics.items().empty());
}

TEST(PluginCall, APluginErrorIsReportedWithItsCodeAndPath) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "failing", "failing");
  ExportRun run = export_through(format, "{}");
  EXPECT_FALSE(run.ok);
  ASSERT_EQ(run.diagnostics.items().size(), 2u);
  EXPECT_EQ(run.diagnostics.items()[0].code, "fixture.refuses");
  EXPECT_EQ(run.diagnostics.items()[0].path, "person.name");
  EXPECT_EQ(run.diagnostics.items()[0].message, "this fixture always fails");
  EXPECT_EQ(run.diagnostics.items()[1].message, "format \"failing\" failed: the plugin reported an error");
}

TEST(PluginCall, TheSdkTurnsAnExceptionIntoAnErrorStatus) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "sdk_throw", "sdk-throw");
  ExportRun run = export_through(format, "{\"person\":{\"name\":\"A\"}}");
  EXPECT_FALSE(run.ok);
  ASSERT_FALSE(run.diagnostics.items().empty());
  EXPECT_EQ(run.diagnostics.items()[0].code, "sdk.exception");
  EXPECT_EQ(run.diagnostics.items()[0].message, "the plugin failed: the writer fell over");
}

TEST(PluginCall, AnExceptionThrownAcrossTheAbiIsCaughtByTheHost) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "raw_throw", "raw-throw");
  ExportRun run = export_through(format, "{}");
  EXPECT_FALSE(run.ok);
  ASSERT_FALSE(run.diagnostics.items().empty());
  EXPECT_EQ(run.diagnostics.items()[0].code, "host.plugin-threw");
  EXPECT_EQ(run.diagnostics.items()[0].message,
            "plugin \"raw-throw\" threw an exception across the ABI: raw exception from a plugin without the SDK");
}

TEST(PluginCall, APluginThatWritesNothingFails) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "silent", "silent");
  ExportRun run = export_through(format, "{}");
  EXPECT_FALSE(run.ok);
  ASSERT_EQ(run.diagnostics.items().size(), 1u);
  EXPECT_EQ(run.diagnostics.items()[0].code, "host.no-output");
  EXPECT_EQ(run.diagnostics.items()[0].message, "format \"silent\" wrote nothing");
}

// This test program is not cvport: the isolated calls start the built cvport as their worker.
class PluginIsolation : public ::testing::Test {
protected:
  void SetUp() override { set_isolation_worker(cvport::testing::cvport_exe().string()); }
  void TearDown() override { set_isolation_worker(""); }
};

TEST_F(PluginIsolation, ACrashingPluginIsReportedAndTheHostCarriesOn) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "crashing", "crashing");
  FormatOutput output;
  DiagnosticList diagnostics;
  EXPECT_FALSE(call_export_isolated(format, "{}", nlohmann::json::object(), "cv.yaml", output, diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "host.plugin-crashed");
  EXPECT_EQ(diagnostics.items()[0].message,
            "plugin \"crashing\" (format crashing) crashed: killed by signal 6 (Aborted)");
  EXPECT_TRUE(output.files.empty());
}

TEST_F(PluginIsolation, AWorkerThatCannotStartIsReported) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "good_c", "c-text");
  set_isolation_worker("/nonexistent/cvport");
  FormatOutput output;
  DiagnosticList diagnostics;
  EXPECT_FALSE(call_export_isolated(format, "{}", nlohmann::json::object(), "cv.yaml", output, diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "host.plugin-crashed");
  EXPECT_EQ(diagnostics.items()[0].message, "cannot start /nonexistent/cvport: No such file or directory");
}

TEST_F(PluginIsolation, GivesTheSameOutputAndDiagnosticsAsAnInProcessCall) {
  PluginRegistry registry;
  const LoadedFormat& good = load(registry, "good_c", "c-text");
  const LoadedFormat& failing = load(registry, "failing", "failing");
  std::string model = "{\"person\":{\"name\":\"Zoë \u0001\"}}";
  for (const LoadedFormat* format : {&good, &failing}) {
    FormatOutput direct, isolated;
    DiagnosticList direct_diagnostics, isolated_diagnostics;
    bool direct_ok = call_export(*format, model, {{"shout", false}}, "cv.yaml", direct, direct_diagnostics);
    bool isolated_ok = call_export_isolated(*format, model, {{"shout", false}}, "cv.yaml", isolated, isolated_diagnostics);
    EXPECT_EQ(direct_ok, isolated_ok);
    EXPECT_EQ(direct.files, isolated.files);
    ASSERT_EQ(direct_diagnostics.items().size(), isolated_diagnostics.items().size());
    for (size_t i = 0; i < direct_diagnostics.items().size(); ++i)
      EXPECT_EQ(format_diagnostic(direct_diagnostics.items()[i]), format_diagnostic(isolated_diagnostics.items()[i]));
  }
}

TEST(PluginCall, OutputNamesThatEscapeTheFolderAreUnsafe) {
  EXPECT_TRUE(is_safe_output_name("works/bulk-001.xml"));
  EXPECT_TRUE(is_safe_output_name("manifest.json"));
  EXPECT_FALSE(is_safe_output_name("../evil"));
  EXPECT_FALSE(is_safe_output_name("works/../../evil"));
  EXPECT_FALSE(is_safe_output_name("/etc/passwd"));
  EXPECT_FALSE(is_safe_output_name("a//b"));
  EXPECT_FALSE(is_safe_output_name("a\\b"));
  EXPECT_FALSE(is_safe_output_name(""));
}

// A host callback that fails inside (here std::string refuses to grow by 2^63 bytes, more than it
// can hold, with the exception it would also throw as bad_alloc when memory runs out; a real
// allocation of that size would stop the sanitizer build) returns an error to the plugin: the C plugin's frame is
// never unwound through, it goes on to report what it got and returns.
TEST(PluginCall, AHostCallbackThatFailsReturnsAnErrorInsteadOfUnwindingThePlugin) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "huge_write", "huge-write");
  ExportRun run = export_through(format, "{}");
  EXPECT_FALSE(run.ok);
  ASSERT_EQ(run.diagnostics.items().size(), 3u);
  EXPECT_EQ(run.diagnostics.items()[0].code, "host.callback-failed");
  EXPECT_EQ(run.diagnostics.items()[0].message, "the host failed in write: basic_string::append");
  EXPECT_EQ(run.diagnostics.items()[1].code, "fixture.write-failed");
  EXPECT_EQ(run.diagnostics.items()[1].message, "the host's write returned " + std::to_string(CVPORT_SINK_FAILED));
  EXPECT_EQ(run.diagnostics.items()[2].message, "format \"huge-write\" failed: writing the output failed");
}

// ABI 1.1: the entry named after the plugin receives the host's versions.
TEST(PluginCall, AnEntryOfAbi1_1ReceivesTheHostsVersions) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "host_info", "host-info");
  ExportRun run = export_through(format, "{}");
  ASSERT_TRUE(run.ok);
  ASSERT_EQ(run.output.files.size(), 1u);
  EXPECT_EQ(run.output.files[0].second, "host: ABI 1.2, cvport " CVPORT_TEST_PACKAGE_VERSION ", model 1.1\noptions: {}\n{}");
}

// A plugin compiled against the ABI 1.0 header, with its entry of 1.0, exports as it always did.
TEST(PluginCall, APluginBuiltForAbi1_0Exports) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "abi_1_0", "old-text");
  ExportRun run = export_through(format, "{\"person\":{\"name\":\"Ada\"}}", {{"shout", false}});
  ASSERT_TRUE(run.ok);
  ASSERT_EQ(run.output.files.size(), 1u);
  EXPECT_EQ(run.output.files[0].second, "options: {\"shout\":false}\n{\"person\":{\"name\":\"Ada\"}}");
  EXPECT_TRUE(run.diagnostics.items().empty());
}

// Two plugins linked into one library: each entry gives its own plugin, each format reaches its
// own writer, and the SDK recorded the host's versions from the entry call.
TEST(PluginCall, TwoPluginsLinkedIntoOneLibraryEachKeepTheirOwnFormats) {
  PluginRegistry registry;
  ASSERT_TRUE(registry.load_file(cvport::testing::fixture_plugin_dir() / "linked_pair.so"));
  const LoadedFormat* first = registry.find_format("linked-first");
  const LoadedFormat* second = registry.find_format("linked-second");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->plugin->id, "linked-first");
  EXPECT_EQ(second->plugin->id, "linked-second");
  EXPECT_EQ(second->plugin->version, "0.2.0");
  EXPECT_EQ(first->plugin->abi_minor, CVPORT_ABI_MINOR);
  const std::string model = "{\"model_version\":\"1.0\",\"person\":{\"name\":\"Ada\"}}";
  ExportRun run = export_through(*first, model);
  ASSERT_TRUE(run.ok);
  EXPECT_EQ(run.output.files.at(0).second, "first: known host, ABI 1.2, cvport " CVPORT_TEST_PACKAGE_VERSION ", model 1.1\n");
  run = export_through(*second, model);
  ASSERT_TRUE(run.ok);
  EXPECT_EQ(run.output.files.at(0).second, "second: Ada\n");
  EXPECT_TRUE(run.diagnostics.items().empty());
}

// The SDK's model reader refuses a model of another major version, saying both versions,
// before the plugin's writer runs; a newer minor of the same major is read.
TEST(PluginCall, TheSdkRefusesAModelOfAnotherMajorVersion) {
  PluginRegistry registry;
  ASSERT_TRUE(registry.load_file(cvport::testing::fixture_plugin_dir() / "linked_pair.so"));
  ExportRun run = export_through(*registry.find_format("linked-second"),
                                 "{\"model_version\":\"2.0\",\"person\":{\"name\":[\"a list in 2.0\"]}}");
  EXPECT_FALSE(run.ok);
  ASSERT_EQ(run.diagnostics.items().size(), 2u);
  EXPECT_EQ(run.diagnostics.items()[0].code, "sdk.model-version");
  EXPECT_EQ(run.diagnostics.items()[0].path, "model_version");
  EXPECT_EQ(run.diagnostics.items()[0].message,
            "model_version: the model is version 2.0, this plugin reads model 1.x (version 1.1); rebuild the plugin "
            "against the cvport that sends this model");
  EXPECT_TRUE(run.output.files.empty());
  run = export_through(*registry.find_format("linked-second"),
                       "{\"model_version\":\"1.7\",\"person\":{\"name\":\"Ada\",\"added_in_1_7\":true}}");
  EXPECT_TRUE(run.ok);
  EXPECT_EQ(run.output.files.at(0).second, "second: Ada\n");
}

} // namespace
