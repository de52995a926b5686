// The published descriptions of the model, generated from the same describe() lists the reader
// uses: a JSON Schema (draft-07) for editors and validators, and the Markdown field reference.
// Tests check that docs/schema/cvport.schema.json and docs/reference/fields.md match these.
#ifndef CVPORT_SCHEMA_HPP
#define CVPORT_SCHEMA_HPP

#include <string>

#include <nlohmann/json.hpp>

namespace cvport {

nlohmann::ordered_json model_json_schema();
std::string field_reference_markdown();

} // namespace cvport

#endif
