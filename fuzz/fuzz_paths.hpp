// Where the fuzz targets find the plugins this build made. Generated from fuzz_paths.cpp.in
// rather than a -D on each target's command line, so the targets' own units are the same in a
// clone in another folder and come from ccache (cmake/CvportBuildPaths.cmake says why).
#ifndef CVPORT_FUZZ_PATHS_HPP
#define CVPORT_FUZZ_PATHS_HPP

#include <filesystem>

namespace cvport::fuzz {

std::filesystem::path plugin_dir();

} // namespace cvport::fuzz

#endif
