// The host's refusals: each deliberately broken fixture plugin is refused with one clear line,
// and a good plain-C plugin loads.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>

#include <gtest/gtest.h>

#include "cvport/plugin_registry.hpp"
#include "test_paths.hpp"

namespace {

namespace fs = std::filesystem;
using cvport::PluginRegistry;

fs::path fixture(const std::string& name) { return cvport::testing::fixture_plugin_dir() / (name + ".so"); }

std::string refusal_of(const fs::path& file) {
  PluginRegistry registry;
  EXPECT_FALSE(registry.load_file(file)) << file;
  return registry.refusals().empty() ? "" : registry.refusals().back().reason;
}

TEST(Loader, LoadsAPluginWrittenInC) {
  PluginRegistry registry;
  ASSERT_TRUE(registry.load_file(fixture("good_c")));
  const cvport::LoadedFormat* format = registry.find_format("c-text");
  ASSERT_NE(format, nullptr);
  EXPECT_EQ(format->name, "Fixture text");
  EXPECT_EQ(format->extensions, std::vector<std::string>{".txt"});
  EXPECT_EQ(format->mime_types, std::vector<std::string>{"text/plain"});
  EXPECT_TRUE(format->can_export());
  EXPECT_FALSE(format->can_import());
  EXPECT_EQ(format->options_schema["properties"]["shout"]["type"], "boolean");
  EXPECT_EQ(format->plugin->version, "0.1.0");
  EXPECT_EQ(format->plugin->abi_major, CVPORT_ABI_MAJOR);
}

// A plugin shipped stripped (no .symtab, as distributions package libraries) and every fixture
// built with debug information load by their dynamic symbols. Boost.DLL 1.74's library_info read
// .symtab with the wrong string table and refused such files (core/src/elf_exports.hpp).
TEST(Loader, FindsTheEntrySymbolOfAStrippedPlugin) {
  fs::path stripped = fs::temp_directory_path() / "cvport-stripped-good_c.so";
  fs::copy_file(fixture("good_c"), stripped, fs::copy_options::overwrite_existing);
  ASSERT_EQ(std::system(("strip --strip-all " + stripped.string()).c_str()), 0);
  PluginRegistry registry;
  EXPECT_TRUE(registry.load_file(stripped)) << (registry.refusals().empty() ? "" : registry.refusals().back().reason);
  EXPECT_NE(registry.find_format("c-text"), nullptr);
  fs::remove(stripped);
}

TEST(Loader, RefusesAFileThatIsNotASharedLibrary) {
  fs::path file = fs::temp_directory_path() / "cvport-not-a-plugin.so";
  std::ofstream(file) << "this is text, not ELF\n";
  EXPECT_EQ(refusal_of(file), "not a plugin: not a shared library this system can load");
  fs::remove(file);
}

TEST(Loader, RefusesALibraryWithoutTheEntrySymbol) {
  EXPECT_EQ(refusal_of(fixture("no_entry")),
            "not a cvport plugin: no entry symbol cvport_plugin_entry_<id> (ABI 1.1) or cvport_plugin_entry (ABI 1.0)");
}

TEST(Loader, RefusesAnotherAbiMajor) {
  EXPECT_EQ(refusal_of(fixture("wrong_major")),
            "wrong ABI major: built for ABI 2.0, this cvport speaks ABI 1.2");
}

TEST(Loader, RefusesANewerAbiMinor) {
  EXPECT_EQ(refusal_of(fixture("newer_minor")), "built for ABI 1.3, newer than this cvport's ABI 1.2; upgrade cvport");
}

// A plugin built before ABI 1.1 (against the 1.0 header as released, entry cvport_plugin_entry
// without arguments) loads, and its formats are listed as they always were.
TEST(Loader, LoadsAPluginBuiltForAbi1_0) {
  PluginRegistry registry;
  ASSERT_TRUE(registry.load_file(fixture("abi_1_0")))
      << (registry.refusals().empty() ? "" : registry.refusals().back().reason);
  const cvport::LoadedFormat* format = registry.find_format("old-text");
  ASSERT_NE(format, nullptr);
  EXPECT_EQ(format->plugin->id, "old-text");
  EXPECT_EQ(format->plugin->abi_major, 1);
  EXPECT_EQ(format->plugin->abi_minor, 0);
  EXPECT_EQ(format->name, "Fixture text");
  EXPECT_EQ(format->extensions, std::vector<std::string>{".txt"});
  EXPECT_EQ(format->default_output_name, "cv.txt");
  EXPECT_TRUE(format->can_export());
  EXPECT_EQ(format->options_schema["properties"]["shout"]["default"], false);
}

TEST(Loader, LoadsAPluginOfAbi1_1ByItsOwnEntrySymbol) {
  PluginRegistry registry;
  ASSERT_TRUE(registry.load_file(fixture("host_info")));
  const cvport::LoadedFormat* format = registry.find_format("host-info");
  ASSERT_NE(format, nullptr);
  EXPECT_EQ(format->plugin->abi_minor, CVPORT_ABI_MINOR);
}

// cvport_plugin_entry_<id> must be the entry of the plugin <id>: that keeps the names unique,
// so that plugins can be linked together.
TEST(Loader, RefusesAnEntrySymbolNamedAfterAnotherPlugin) {
  EXPECT_EQ(refusal_of(fixture("wrong_entry")),
            "the entry symbol cvport_plugin_entry_named_b returned the plugin \"named-a\", whose entry symbol must be "
            "cvport_plugin_entry_named_a");
}

TEST(Loader, TellsPluginsTheHostsVersions) {
  const cvport_host_info& host = cvport::this_host_info();
  EXPECT_EQ(host.struct_size, sizeof(cvport_host_info));
  EXPECT_EQ(host.abi_major, CVPORT_ABI_MAJOR);
  EXPECT_EQ(host.abi_minor, CVPORT_ABI_MINOR);
  EXPECT_STREQ(host.host_version, CVPORT_TEST_PACKAGE_VERSION);
  EXPECT_EQ(host.model_major, 1);
  EXPECT_EQ(host.model_minor, 1);
}

TEST(Loader, RefusesATruncatedDescriptor) {
  EXPECT_EQ(refusal_of(fixture("truncated")),
            "truncated descriptor: 8 bytes, ABI 1.0 needs at least " + std::to_string(CVPORT_DESCRIPTOR_MIN_SIZE_V1_0));
}

TEST(Loader, RefusesGarbageMetadata) {
  EXPECT_EQ(refusal_of(fixture("bad_id")), "format 0 has an invalid id (lower-case letters, digits and '-')");
}

// The default name is joined to the output folder of `--to all -o out/`: one that climbs out of
// it, or is absolute, would let a plugin write anywhere.
TEST(Loader, RefusesADefaultOutputNameOutsideTheOutputFolder) {
  EXPECT_EQ(refusal_of(fixture("escaping_name")),
            "format \"escaping\" has an unsafe default output name \"../escape\" (a relative name without \"..\" is "
            "needed)");
  EXPECT_EQ(refusal_of(fixture("absolute_name")),
            "format \"absolute\" has an unsafe default output name \"/tmp/escape\" (a relative name without \"..\" "
            "is needed)");
}

TEST(Loader, RefusesADuplicateFormatIdAndKeepsTheFirst) {
  PluginRegistry registry;
  registry.load_directories({cvport::testing::fixture_plugin_dir() / "duplicates"});
  ASSERT_EQ(registry.refusals().size(), 1u);
  EXPECT_NE(registry.refusals()[0].path.find("duplicate_b.so"), std::string::npos);
  EXPECT_EQ(registry.refusals()[0].reason.rfind("duplicate format id \"dup-format\", already provided by ", 0), 0u);
  EXPECT_NE(registry.refusals()[0].reason.find("duplicate_a.so"), std::string::npos);
  ASSERT_NE(registry.find_format("dup-format"), nullptr);
  EXPECT_NE(registry.find_format("dup-format")->plugin->path.find("duplicate_a.so"), std::string::npos);
}

// What a command that names these formats asks the loader: have they all been found?
std::function<bool()> all_found(const PluginRegistry& registry, std::vector<std::string> ids) {
  return [&registry, ids] {
    return std::all_of(ids.begin(), ids.end(), [&](const std::string& id) { return registry.find_format(id); });
  };
}

// The fixture folder in name order: abi_1_0, absolute_name, bad_id, crashing, escaping_name,
// failing, good_c, ..., wrong_major. Asking for "failing" loads the files up to failing.so.
TEST(Loader, LoadsOnlyUntilTheWantedFormatsAreFound) {
  PluginRegistry registry;
  registry.load_directories_until({cvport::testing::fixture_plugin_dir()}, all_found(registry, {"failing", "crashing"}));
  ASSERT_NE(registry.find_format("failing"), nullptr);
  ASSERT_NE(registry.find_format("crashing"), nullptr);
  EXPECT_EQ(registry.find_format("c-text"), nullptr);  // good_c.so comes after failing.so
  EXPECT_EQ(registry.find_format("silent"), nullptr);
  std::vector<std::string> refused;
  for (const auto& refusal : registry.refusals()) refused.push_back(fs::path(refusal.path).filename());
  EXPECT_EQ(refused, (std::vector<std::string>{"absolute_name.so", "bad_id.so", "escaping_name.so"}));
}

TEST(Loader, LoadingUntilAFormatIsFoundKeepsTheFirstOfTwoDuplicates) {
  PluginRegistry registry;
  registry.load_directories_until({cvport::testing::fixture_plugin_dir() / "duplicates"}, all_found(registry, {"dup-format"}));
  ASSERT_NE(registry.find_format("dup-format"), nullptr);
  EXPECT_NE(registry.find_format("dup-format")->plugin->path.find("duplicate_a.so"), std::string::npos);
  EXPECT_TRUE(registry.refusals().empty()); // duplicate_b.so was never loaded
}

TEST(Loader, AFormatNoPluginProvidesLoadsEveryFile) {
  PluginRegistry every, until;
  every.load_directories({cvport::testing::fixture_plugin_dir()});
  until.load_directories_until({cvport::testing::fixture_plugin_dir()}, all_found(until, {"c-text", "no-such-format"}));
  EXPECT_EQ(until.formats().size(), every.formats().size());
  EXPECT_EQ(until.refusals().size(), every.refusals().size());
  EXPECT_GT(every.refusals().size(), 5u);
}

TEST(Loader, LoadsTheSameFileOnlyOnce) {
  PluginRegistry registry;
  ASSERT_TRUE(registry.load_file(fixture("good_c")));
  ASSERT_TRUE(registry.load_file(cvport::testing::fixture_plugin_dir() / "." / "good_c.so"));
  EXPECT_TRUE(registry.refusals().empty());
  EXPECT_EQ(registry.plugins().size(), 2u); // the built-in formats and good_c
}

TEST(Loader, BuiltInCanonicalJsonIsAlwaysThere) {
  PluginRegistry registry;
  ASSERT_NE(registry.find_format("cvport-json"), nullptr);
  EXPECT_EQ(registry.find_format("cvport-json")->plugin->path, "(built-in)");
}

TEST(SearchPath, ComesFromFlagsThenEnvironmentThenTheInstallAndNeverTheCurrentFolder) {
  setenv("CVPORT_PLUGIN_PATH", "/opt/a::/opt/b", 1);
  auto folders = PluginRegistry::search_path({"/flag/dir"});
  unsetenv("CVPORT_PLUGIN_PATH");
  ASSERT_EQ(folders.size(), 4u);
  EXPECT_EQ(folders[0], fs::path("/flag/dir"));
  EXPECT_EQ(folders[1], fs::path("/opt/a"));
  EXPECT_EQ(folders[2], fs::path("/opt/b"));
  EXPECT_EQ(folders[3].filename(), "plugins");
  EXPECT_EQ(folders[3].parent_path().filename(), "cvport");
  for (const auto& folder : folders) EXPECT_NE(folder, fs::current_path());
}

TEST(DescriptorCheck, NamesWhatIsMissing) {
  EXPECT_EQ(cvport::check_descriptor(nullptr), "its entry function returned no descriptor");
  cvport_plugin_descriptor descriptor{};
  descriptor.struct_size = sizeof descriptor;
  descriptor.abi_major = CVPORT_ABI_MAJOR;
  descriptor.plugin_id = "x";
  descriptor.plugin_version = "1";
  EXPECT_EQ(cvport::check_descriptor(&descriptor), "the plugin declares no formats");
  const cvport_format* null_format = nullptr;
  descriptor.format_count = 1;
  descriptor.formats = &null_format;
  EXPECT_EQ(cvport::check_descriptor(&descriptor), "format 0 is NULL");
  cvport_format bad_id{};
  bad_id.struct_size = sizeof bad_id;
  bad_id.id = "Bad Id";
  const cvport_format* formats[] = {&bad_id};
  descriptor.formats = formats;
  EXPECT_EQ(cvport::check_descriptor(&descriptor), "format 0 has an invalid id (lower-case letters, digits and '-')");
  bad_id.id = "ok";
  bad_id.capabilities = CVPORT_CAP_EXPORT;
  EXPECT_EQ(cvport::check_descriptor(&descriptor), "format \"ok\" claims export but has no export function");
}

} // namespace
