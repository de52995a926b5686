// The first-party plugins linked into the cvport executable, in the table the build generates
// (plugins/CMakeLists.txt, linked_plugins.cpp.in). main() hands it to the plugin registry.
#ifndef CVPORT_CLI_LINKED_PLUGINS_HPP
#define CVPORT_CLI_LINKED_PLUGINS_HPP

#include <span>

#include "cvport/plugin_registry.hpp"

namespace cvport::cli {

std::span<const LinkedPlugin> linked_plugins();

} // namespace cvport::cli

#endif
