// Formats compiled into cvport itself: the canonical cvport JSON. They go through the same
// C ABI as plugins, so the export path has no special case.
#ifndef CVPORT_SRC_BUILTIN_FORMATS_HPP
#define CVPORT_SRC_BUILTIN_FORMATS_HPP

#include "cvport/cvport_plugin.h"

namespace cvport {

const cvport_plugin_descriptor* builtin_plugin_descriptor();

} // namespace cvport

#endif
