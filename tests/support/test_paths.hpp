// Where the tests find the repository, the build folder and the programs built in it.
//
// The values live in one translation unit that CMake generates in the build folder
// (tests/support/test_paths.cpp.in) instead of -D definitions on every test unit's command line:
// a clone in another folder then changes that one tiny unit, and ccache serves every test unit
// it already compiled in any other clone (docs/performance.md, "Build and CI time").
#ifndef CVPORT_TESTS_TEST_PATHS_HPP
#define CVPORT_TESTS_TEST_PATHS_HPP

#include <filesystem>
#include <string>
#include <vector>

namespace cvport::testing {

std::filesystem::path source_dir();         // the repository's root
std::filesystem::path binary_dir();         // the build folder (CMake's PROJECT_BINARY_DIR)
std::filesystem::path plugin_dir();         // the build's plugin folder (pdf.so, the plugins not linked in)
std::filesystem::path linked_plugin_module_dir(); // the modules of the plugins linked into cvport
std::vector<std::string> plugins_linked_into_cvport(); // the build's CVPORT_LINKED_PLUGINS
bool linked_into_cvport(const std::string& plugin_id);  // one of them
std::filesystem::path first_party_plugin_module(const std::string& id); // <id>.so, in whichever of the two
std::filesystem::path fixture_plugin_dir(); // tests/abi's deliberately broken plugins, built
std::filesystem::path consumers_dir();      // tests/consumers/node_modules (ajv, themes, ...)
std::filesystem::path cvport_exe();         // the built cvport executable

} // namespace cvport::testing

#endif
