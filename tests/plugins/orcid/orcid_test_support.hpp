// Shared by the ORCID tests: test CVs, running the writer through MemoryHost, reading its XML.
#ifndef CVPORT_TESTS_ORCID_SUPPORT_HPP
#define CVPORT_TESTS_ORCID_SUPPORT_HPP

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "cvport/model_json.hpp"
#include "golden.hpp"
#include "memory_host.hpp"
#include "orcid_writer.hpp"
#include "run_command.hpp"
#include "test_paths.hpp"

namespace cvport::orcid::testing {

using cvport::testing::MemoryHost;

inline const std::filesystem::path kTestDir = cvport::testing::source_dir() / "tests/plugins/orcid";
// Where the consumer tests write the bundles they export.
inline const std::filesystem::path kWorkDir = cvport::testing::binary_dir() / "tests/plugins/orcid/bundles";
inline const std::filesystem::path kExampleJson =
    cvport::testing::source_dir() / "tests/data/baolin-li.cvport.json";
inline const std::filesystem::path kSeedFacts =
    cvport::testing::source_dir() / "tests/data/seed-facts.txt";

inline Cv load_cv(const std::filesystem::path& path) {
  return cv_from_json_text(cvport::testing::read_file(path));
}

// The seed CV in canonical JSON (`cvport export examples/baolin-li.yaml --to cvport-json`).
// A test that needs it fails, with this message, while it is missing.
inline std::optional<Cv> example_cv() {
  if (!std::filesystem::exists(kExampleJson)) {
    ADD_FAILURE()
        << kExampleJson << " is missing: generate it with `cvport export "
        << "examples/baolin-li.yaml --to cvport-json -o tests/data/baolin-li.cvport.json`";
    return std::nullopt;
  }
  return load_cv(kExampleJson);
}

// Every feature the writer knows: ORCID iD, ROR ids, DOIs, control characters, <>&.
inline Cv full_cv() { return load_cv(kTestDir / "data/full.cvport.json"); }

inline std::unique_ptr<MemoryHost> export_bundle(const Cv& cv,
                                                 const Json& options = Json::object()) {
  auto host = std::make_unique<MemoryHost>();
  host->run_export(&write_orcid, cv, options, "orcid");
  return host;
}

inline Json manifest_of(const MemoryHost& host) {
  return Json::parse(host.outputs.at("manifest.json"));
}

inline bool is_xml_file(const std::string& name) {
  return name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0;
}

inline pugi::xml_document parse_xml(const std::string& bytes) {
  pugi::xml_document document;
  pugi::xml_parse_result result = document.load_buffer(bytes.data(), bytes.size());
  EXPECT_TRUE(result) << result.description() << "\n" << bytes;
  return document;
}

// The text of every element of every XML file of the bundle, in file and document order.
inline std::vector<std::string> text_nodes(const MemoryHost& host) {
  std::vector<std::string> texts;
  for (const auto& [name, bytes] : host.outputs) {
    if (!is_xml_file(name)) continue;
    pugi::xml_document document = parse_xml(bytes);
    for (pugi::xpath_node node : document.select_nodes("//text()"))
      texts.push_back(node.node().value());
  }
  return texts;
}

// Works of all bulk files, in order.
inline std::vector<pugi::xml_node> works_of(const pugi::xml_document& bulk) {
  std::vector<pugi::xml_node> works;
  for (pugi::xml_node work : bulk.child("bulk:bulk").children("work:work")) works.push_back(work);
  return works;
}

inline std::string child_text(pugi::xml_node node, const char* xpath) {
  return node.select_node(xpath).node().text().get();
}

inline std::vector<const cvport::testing::CapturedDiagnostic*>
diagnostics_with(const MemoryHost& host, const std::string& code) {
  std::vector<const cvport::testing::CapturedDiagnostic*> found;
  for (const auto& diagnostic : host.diagnostics)
    if (diagnostic.code == code) found.push_back(&diagnostic);
  return found;
}

// A CV with just a person and what the test adds.
inline Cv minimal_cv() {
  Cv cv;
  cv.person.name = "Jane Q. Doe";
  return cv;
}

inline Publication publication(std::string id, std::string title, int year) {
  Publication result;
  result.id = std::move(id);
  result.type = "conference-paper";
  result.title = std::move(title);
  result.authors = {{"Jane Q. Doe", true}, {"Richard Roe", false}};
  result.date.year = year;
  return result;
}

using cvport::testing::CommandResult;
using cvport::testing::run_command;

} // namespace cvport::orcid::testing

#endif
