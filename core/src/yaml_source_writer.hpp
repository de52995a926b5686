// The `cvport-yaml` export: the model written back as a cvport source file, in the style of
// docs/source-format.md, so an imported CV (a JSON Resume, a cvport JSON file) becomes a file to
// edit by hand. Reading the written file gives back the identical model.
#ifndef CVPORT_SRC_YAML_SOURCE_WRITER_HPP
#define CVPORT_SRC_YAML_SOURCE_WRITER_HPP

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cvport {

// `model_json` is canonical model JSON (as the host hands it to every export); `schema` goes on
// the first line, after "# yaml-language-server: $schema=". The writer is generic: it follows the
// model's describe() lists for order, date fields and shorthands, and writes any other JSON value
// (a member the model keeps verbatim) as the equivalent YAML. Throws std::exception on JSON that
// does not parse.
std::string write_yaml_source(std::string_view model_json, std::string_view schema);
// The same from the model's JSON in memory (to_json of a Cv), for the host's own export.
std::string write_yaml_source(const nlohmann::ordered_json& model, std::string_view schema);

} // namespace cvport

#endif
