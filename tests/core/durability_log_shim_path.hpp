// Where the build put durability_log_shim (fixtures/durability_log_shim.c), which the --durable
// test preloads into cvport; generated from durability_log_shim_path.cpp.in, as test_paths.hpp says why.
#ifndef CVPORT_TESTS_DURABILITY_LOG_SHIM_PATH_HPP
#define CVPORT_TESTS_DURABILITY_LOG_SHIM_PATH_HPP

#include <filesystem>

namespace cvport::testing {

std::filesystem::path durability_log_shim();

} // namespace cvport::testing

#endif
