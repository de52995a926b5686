// Where the fuzz targets find the plugins this build made. Generated from fuzz_paths.cpp.in
// rather than a -D on each target's command line, so the targets' own units are the same in a
// clone in another folder and come from ccache (cmake/CvportBuildPaths.cmake says why).
#ifndef CVPORT_FUZZ_PATHS_HPP
#define CVPORT_FUZZ_PATHS_HPP

#include <filesystem>
#include <vector>

namespace cvport::fuzz {

// The first-party plugins as loadable modules: the plugin folder and the folder of the modules of
// the plugins linked into cvport (CMakeLists.txt, CVPORT_LINKED_PLUGINS).
std::vector<std::filesystem::path> plugin_dirs();

} // namespace cvport::fuzz

#endif
