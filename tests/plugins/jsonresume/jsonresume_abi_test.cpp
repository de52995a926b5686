// The built module through the C ABI, as the host loads it: the descriptor, detection, and
// import and export calls with canonical JSON crossing the boundary.
#include <dlfcn.h>

#include <gtest/gtest.h>

#include "cvport/cvport_plugin.h"
#include "jsonresume_test_support.hpp"
#include "memory_host.hpp"

namespace cvport::testing {
namespace {

const cvport_format* load_format() {
  static const cvport_format* format = [] {
    void* handle = dlopen(first_party_plugin_module("jsonresume").c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      ADD_FAILURE() << "cannot load the plugin: " << dlerror();
      return static_cast<const cvport_format*>(nullptr);
    }
    auto entry = reinterpret_cast<cvport_plugin_entry_fn>(dlsym(handle, CVPORT_PLUGIN_ENTRY_NAME));
    const cvport_plugin_descriptor* descriptor = entry ? entry() : nullptr;
    return descriptor && descriptor->format_count == 1 ? descriptor->formats[0] : nullptr;
  }();
  return format;
}

TEST(JsonResumeAbi, DescribesOneFormatThatExportsImportsAndDetects) {
  const cvport_format* format = load_format();
  ASSERT_TRUE(format);
  EXPECT_STREQ(format->id, "jsonresume");
  EXPECT_EQ(format->capabilities, CVPORT_CAP_EXPORT | CVPORT_CAP_IMPORT | CVPORT_CAP_THREAD_SAFE);
  EXPECT_STREQ(format->default_output_name, "resume.json");
  EXPECT_TRUE(format->detect);
  Json options = Json::parse(format->options_schema_json);
  EXPECT_EQ(options["properties"]["extensions"]["default"], true);
  EXPECT_EQ(options["additionalProperties"], false);
}

TEST(JsonResumeAbi, DetectsByContent) {
  const cvport_format* format = load_format();
  ASSERT_TRUE(format);
  std::string resume = read_text_file(kJsonResumeTestDir / "samples" / "new-grad.resume.json");
  std::string native = read_text_file(kJsonResumeTestDir / "data" / "full.cvport.json");
  EXPECT_EQ(format->detect("jsonresume", resume.data(), resume.size()), 1);
  EXPECT_EQ(format->detect("jsonresume", native.data(), native.size()), 0);
}

TEST(JsonResumeAbi, ImportWritesCanonicalJson) {
  const cvport_format* format = load_format();
  ASSERT_TRUE(format);
  std::string input = read_text_file(kJsonResumeTestDir / "samples" / "sample.resume.json");
  cvport_import_request request{
      sizeof request, "jsonresume", input.data(), input.size(), "sample.resume.json", "{}", 2};
  MemoryHost host;
  ASSERT_EQ(format->import_cv(&request, host.host()), CVPORT_OK);
  EXPECT_EQ(host.outputs[""], to_compact_model_text(import_resume(input).cv));
  EXPECT_TRUE(host.has_diagnostic("jsonresume.no-authors"));
}

TEST(JsonResumeAbi, JsonThatIsNotAnObjectIsInvalidInput) {
  const cvport_format* format = load_format();
  ASSERT_TRUE(format);
  std::string input = "\n  [{\"basics\": {\"name\": \"Ada\"}}]";
  cvport_import_request request{
      sizeof request, "jsonresume", input.data(), input.size(), "bad.json", nullptr, 0};
  MemoryHost host;
  EXPECT_EQ(format->import_cv(&request, host.host()), CVPORT_INVALID_INPUT);
  ASSERT_EQ(host.diagnostics.size(), 1u);
  EXPECT_EQ(host.diagnostics[0].code, "jsonresume.wrong-type");
  EXPECT_TRUE(host.outputs.empty());
}

// A value of another type is read (liberal import), and the importer hands the host the
// origins of the model's values in a second sink.
TEST(JsonResumeAbi, ImportWritesTheModelAndItsOrigins) {
  const cvport_format* format = load_format();
  ASSERT_TRUE(format);
  std::string input =
      R"({"basics": {"name": "Ada"}, "work": [{"name": "", "position": ""}, {"name": "Acme", "position": "CTO", "startDate": 2019}]})";
  cvport_import_request request{
      sizeof request, "jsonresume", input.data(), input.size(), "ok.json", nullptr, 0};
  MemoryHost host;
  EXPECT_EQ(format->import_cv(&request, host.host()), CVPORT_OK);
  EXPECT_EQ(host.order, (std::vector<std::string>{"", CVPORT_IMPORT_ORIGINS_SINK}));
  Json model = Json::parse(host.outputs[""]);
  EXPECT_EQ(model["work"][0]["start"], "2019");
  Json origins = Json::parse(host.outputs[CVPORT_IMPORT_ORIGINS_SINK]);
  EXPECT_EQ(origins["work[0]"], "work[1]");
  EXPECT_EQ(origins["work[0].start"], "work[1].startDate");
  EXPECT_EQ(origins["person.name"], "basics.name");
}

TEST(JsonResumeAbi, ExportMatchesTheWriter) {
  const cvport_format* format = load_format();
  ASSERT_TRUE(format);
  const Cv cv = load_test_cv("full");
  std::string model = to_canonical_text(cv);
  std::string options = R"({"extensions": true})";
  cvport_export_request request{sizeof request, "jsonresume",   model.data(),
                                model.size(),   options.data(), options.size()};
  MemoryHost host;
  ASSERT_EQ(format->export_cv(&request, host.host()), CVPORT_OK);
  EXPECT_EQ(host.outputs[""], export_resume(cv).text);
}

} // namespace
} // namespace cvport::testing
