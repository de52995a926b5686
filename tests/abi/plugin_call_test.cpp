// Calls across the ABI: what crosses in, what comes out, and plugins that fail or throw.
#include <filesystem>

#include <gtest/gtest.h>

#include "cvport/plugin_calls.hpp"
#include "cvport/plugin_registry.hpp"

namespace {

namespace fs = std::filesystem;
using namespace cvport;

const LoadedFormat& load(PluginRegistry& registry, const std::string& file, const std::string& format) {
  EXPECT_TRUE(registry.load_file(fs::path(CVPORT_FIXTURE_DIR) / (file + ".so")));
  const LoadedFormat* loaded = registry.find_format(format);
  if (!loaded) throw std::runtime_error("format " + format + " did not load");
  return *loaded;
}

TEST(PluginCall, ModelAndOptionsCrossAsJson) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "good_c", "c-text");
  FormatOutput output;
  DiagnosticList diagnostics;
  ASSERT_TRUE(call_export(format, "{\"person\":{\"name\":\"Zoë\"}}\n", {{"shout", true}}, "cv.yaml", output, diagnostics));
  ASSERT_EQ(output.files.size(), 1u);
  EXPECT_EQ(output.files[0].first, "");
  EXPECT_EQ(output.files[0].second, "options: {\"shout\":true}\n{\"person\":{\"name\":\"Zoë\"}}\n");
  EXPECT_TRUE(diagnostics.items().empty());
}

TEST(PluginCall, APluginErrorIsReportedWithItsCodeAndPath) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "failing", "failing");
  FormatOutput output;
  DiagnosticList diagnostics;
  EXPECT_FALSE(call_export(format, "{}", nlohmann::json::object(), "cv.yaml", output, diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 2u);
  EXPECT_EQ(diagnostics.items()[0].code, "fixture.refuses");
  EXPECT_EQ(diagnostics.items()[0].path, "person.name");
  EXPECT_EQ(diagnostics.items()[0].message, "this fixture always fails");
  EXPECT_EQ(diagnostics.items()[1].message, "format \"failing\" failed: the plugin reported an error");
}

TEST(PluginCall, TheSdkTurnsAnExceptionIntoAnErrorStatus) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "sdk_throw", "sdk-throw");
  FormatOutput output;
  DiagnosticList diagnostics;
  EXPECT_FALSE(call_export(format, "{\"person\":{\"name\":\"A\"}}", nlohmann::json::object(), "cv.yaml", output,
                           diagnostics));
  ASSERT_FALSE(diagnostics.items().empty());
  EXPECT_EQ(diagnostics.items()[0].code, "sdk.exception");
  EXPECT_EQ(diagnostics.items()[0].message, "the plugin failed: the writer fell over");
}

TEST(PluginCall, AnExceptionThrownAcrossTheAbiIsCaughtByTheHost) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "raw_throw", "raw-throw");
  FormatOutput output;
  DiagnosticList diagnostics;
  EXPECT_FALSE(call_export(format, "{}", nlohmann::json::object(), "cv.yaml", output, diagnostics));
  ASSERT_FALSE(diagnostics.items().empty());
  EXPECT_EQ(diagnostics.items()[0].code, "host.plugin-threw");
  EXPECT_EQ(diagnostics.items()[0].message,
            "plugin \"raw-throw\" threw an exception across the ABI: raw exception from a plugin without the SDK");
}

TEST(PluginCall, APluginThatWritesNothingFails) {
  PluginRegistry registry;
  const LoadedFormat& format = load(registry, "silent", "silent");
  FormatOutput output;
  DiagnosticList diagnostics;
  EXPECT_FALSE(call_export(format, "{}", nlohmann::json::object(), "cv.yaml", output, diagnostics));
  ASSERT_EQ(diagnostics.items().size(), 1u);
  EXPECT_EQ(diagnostics.items()[0].code, "host.no-output");
  EXPECT_EQ(diagnostics.items()[0].message, "format \"silent\" wrote nothing");
}

// This test program is not cvport: the isolated calls start the built cvport as their worker.
class PluginIsolation : public ::testing::Test {
protected:
  void SetUp() override { set_isolation_worker(CVPORT_EXE); }
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

} // namespace
