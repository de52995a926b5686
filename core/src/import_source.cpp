#include "cvport/import_source.hpp"

#include <filesystem>

#include "cvport/exit_codes.hpp"
#include "cvport/model_json.hpp"
#include "cvport/plugin_calls.hpp"

namespace cvport {

namespace {

constexpr const char* kSourceFormat = "cvport-yaml";

// The exported text of an already loaded CV, for standard output.
void export_to_text(const Cv& cv, const LoadedFormat& format, InputResult& result, std::string& text) {
  FormatOutput output;
  if (!call_export(format, to_compact_model_text(cv), nlohmann::json::object(), result.input, output,
                   result.diagnostics)) {
    result.status = exit_code::plugin_failed;
    result.reason = std::string("export failed: ") + kSourceFormat;
    return;
  }
  text = output.files.front().second;
}

} // namespace

InputResult import_as_source(const ImportRequest& request, const PluginRegistry& registry,
                             std::string& standard_output) {
  const LoadedFormat* format = registry.find_format(kSourceFormat);
  BatchRequest batch{.inputs = {request.input},
                     .formats = {format},
                     .options = {nlohmann::json::object()},
                     .output = request.output,
                     .from = request.from,
                     .import_options = request.import_options,
                     .limits = request.limits};
  bool to_stdout = request.output == "-";
  // "-o folder/" writes folder/cv.yaml, as export does; that file is the one not to replace.
  std::filesystem::path target = plan_exports({format}, request.output).front().path;
  std::error_code error;
  if (!to_stdout && !request.force && std::filesystem::exists(target, error)) {
    InputResult refused;
    refused.input = request.input;
    refused.status = exit_code::cannot_write;
    refused.reason = "the output exists";
    refused.diagnostics.add({Severity::error, "output.exists", target.string(), 0, 0, "",
                             "the file exists already; cvport import does not replace it",
                             "pass --force to replace it, or choose another -o"});
    return refused;
  }
  if (!to_stdout) return export_input(request.input, request.output, batch, registry);
  InputResult result;
  LoadedCv loaded = load_input(request.input, batch, registry, result);
  if (result.status == exit_code::ok) export_to_text(*loaded.cv, *format, result, standard_output);
  return result;
}

} // namespace cvport
