// What an importer receives: the input's bytes and name, its options, the diagnostics reporter,
// and the origins it fills in. Apart from cvport/plugin_context.hpp because `origins` is a JSON
// value and so needs nlohmann/json's definition; the importer's header declares its function
// with plugin_context.hpp's declaration alone, and only the code that fills the context includes
// this.
#ifndef CVPORT_IMPORT_CONTEXT_HPP
#define CVPORT_IMPORT_CONTEXT_HPP

#include <string_view>

#include <nlohmann/json.hpp>

#include "cvport/plugin_context.hpp"

namespace cvport::sdk {

struct ImportContext {
  std::string_view format_id;
  std::string_view input;
  std::string_view source_name;
  const Json& options;
  Diagnostics& diagnostics;
  // Where the imported values came from: model path -> the input's own path ("work[0].company")
  // or [line, column]. The host uses it to place every later message in the user's file. A
  // sorted JSON object: each insertion costs log n, not a search of an ordered one.
  nlohmann::json origins = nlohmann::json::object();
};

} // namespace cvport::sdk

#endif // CVPORT_IMPORT_CONTEXT_HPP
