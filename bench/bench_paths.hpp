// Where the benchmarks find the repository and the plugins this build made. Generated from
// bench_paths.cpp.in rather than -D on the command line, so the benchmark units are the same in a
// clone in another folder and come from ccache (cmake/CvportBuildPaths.cmake says why).
#ifndef CVPORT_BENCH_PATHS_HPP
#define CVPORT_BENCH_PATHS_HPP

#include <filesystem>
#include <string>
#include <vector>

namespace cvport::bench {

std::filesystem::path source_dir();
// The first-party plugins as loadable modules: the plugin folder and the folder of the modules of
// the plugins linked into cvport (CMakeLists.txt, CVPORT_LINKED_PLUGINS).
std::vector<std::filesystem::path> plugin_dirs();

// The example CV every step is measured on.
inline std::string example_cv_path() { return (source_dir() / "examples/baolin-li.yaml").string(); }

} // namespace cvport::bench

#endif
