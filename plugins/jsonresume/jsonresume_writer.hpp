// The JSON Resume exporter: the model as a resume.json valid against the official schema,
// renderable by published themes, with cvport's academic data in "x-cvport" members.
#ifndef CVPORT_JSONRESUME_WRITER_HPP
#define CVPORT_JSONRESUME_WRITER_HPP

#include "cvport/plugin_context.hpp"

namespace cvport::jsonresume {

// Options: "extensions" (boolean, default true): write "x-cvport" members.
void write_jsonresume(sdk::ExportContext& context);

} // namespace cvport::jsonresume

#endif
