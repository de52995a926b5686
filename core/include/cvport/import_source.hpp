// cvport import: any CV cvport can read (a JSON Resume, a cvport JSON file, a YAML source) made
// into an editable cvport source file, the `cvport-yaml` export of the loaded model.
#ifndef CVPORT_IMPORT_SOURCE_HPP
#define CVPORT_IMPORT_SOURCE_HPP

#include <string>

#include "cvport/batch.hpp"
#include "cvport/import_merge.hpp"
#include "cvport/options.hpp"

namespace cvport {

struct ImportRequest {
  std::vector<std::string> inputs; // one, or several to merge (any importable formats)
  std::string into;                // a cvport source the inputs are merged into; "" = none
  std::string output; // the file to write, or "-" for standard output
  std::string from;   // as for export: "" = detect
  bool force = false; // replace an existing output file
  SourceLimits limits;
  std::vector<OptionAssignment> import_options; // the importer's options ("jsonresume.language=de")
};

// Loads the input as `cvport export` does and writes it as a cvport YAML source, atomically.
// An existing output is refused (exit_code::cannot_write) unless `force`. With output "-", the
// text goes into `standard_output` instead of a file.
//
// With several inputs, or `into`, the CVs are merged without duplicates (cvport/import_merge.hpp)
// and `merge_events` receives what matched what, what is new and what conflicts. Nothing is
// written when any input has an error, or when the merged CV would not validate.
InputResult import_as_source(const ImportRequest& request, const PluginRegistry& registry,
                             std::string& standard_output, std::vector<MergeEvent>* merge_events = nullptr);

} // namespace cvport

#endif
