// What an importer receives: the input's bytes and name, its options, the diagnostics reporter,
// and the origins it fills in. Apart from cvport/plugin_context.hpp because `origins` is a JSON
// value and so needs nlohmann/json's definition; the importer's header declares its function
// with plugin_context.hpp's declaration alone, and only the code that fills the context includes
// this.
#ifndef CVPORT_IMPORT_CONTEXT_HPP
#define CVPORT_IMPORT_CONTEXT_HPP

#include <cstddef>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvport/plugin_context.hpp"

namespace cvport::sdk {

// An input of the importer's format that the command gives before the one being read
// (cvport_import_request.earlier_inputs, ABI 1.2): read it for what it defines for this input, as
// BibTeX reads the @string macros of abbrev.bib for papers.bib. Its own problems are reported when
// cvport imports it in its own turn, so an importer reports nothing about it.
struct EarlierInput {
  std::string_view input;
  std::string_view source_name;
};

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
  // The earlier inputs of this format in command-line order, and how many inputs of any format
  // follow this one; none and 0 for a lone input and under a cvport of ABI 1.1 or older.
  std::vector<EarlierInput> earlier_inputs = {};
  size_t later_input_count = 0;
};

} // namespace cvport::sdk

#endif // CVPORT_IMPORT_CONTEXT_HPP
