// The `cvport-yaml` export: the model written back as a cvport source file, in the style of
// docs/source-format.md, so an imported CV (a JSON Resume, a cvport JSON file) becomes a file to
// edit by hand. Reading the written file gives back the identical model.
#ifndef CVPORT_SRC_YAML_SOURCE_WRITER_HPP
#define CVPORT_SRC_YAML_SOURCE_WRITER_HPP

#include <string>
#include <string_view>

#include "cvport/model.hpp"

namespace cvport {

// `cv` as a source; `schema` goes on the first line, after "# yaml-language-server: $schema=".
// The writer is generic: it walks the model's describe() lists for order, date fields and
// shorthands, writes what the canonical JSON has (no empty text, list or false), and writes the
// members the model keeps verbatim (Extra) as the equivalent YAML of their JSON.
std::string write_yaml_source(const Cv& cv, std::string_view schema);
// The same from canonical model JSON (as the host hands it to every export through the C ABI).
// Throws std::exception on JSON that does not parse.
std::string write_yaml_source(std::string_view model_json, std::string_view schema);

} // namespace cvport

#endif
