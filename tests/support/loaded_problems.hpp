// The diagnostics of a loaded CV as the user sees them, one per line: what source tests compare.
#ifndef CVPORT_TESTS_LOADED_PROBLEMS_HPP
#define CVPORT_TESTS_LOADED_PROBLEMS_HPP

#include <string>

#include "cvport/pipeline.hpp"

namespace cvport::testing {

inline std::string all_problems(const LoadedCv& loaded) {
  std::string all;
  for (const auto& d : loaded.diagnostics.items()) all += format_diagnostic(d) + "\n";
  return all;
}

} // namespace cvport::testing

#endif
