// Formats compiled into cvport itself: the canonical cvport JSON. They go through the same
// C ABI as plugins, so the export path has no special case.
#ifndef CVPORT_SRC_BUILTIN_FORMATS_HPP
#define CVPORT_SRC_BUILTIN_FORMATS_HPP

#include <optional>
#include <string>

#include "cvport/cvport_plugin.h"
#include "cvport/model_json.hpp"
#include "cvport/plugin_registry.hpp"

namespace cvport {

const cvport_plugin_descriptor* builtin_plugin_descriptor();

// What the cvport-yaml format writes for `cv`, made from the model in memory: the host's own
// format needs no JSON to cross the C ABI (writing and reading that text again was a seventh of a
// 1,000-entry BibTeX import, and the JSON tree alone a tenth). Nothing for any other format.
std::optional<std::string> builtin_export_text(const LoadedFormat& format, const Cv& cv);

} // namespace cvport

#endif
