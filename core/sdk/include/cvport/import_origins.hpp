// The origins an importer hands the host (ImportContext::origins): model path -> the input's own
// path ("work[0].organization.name" -> "employment.history[0].employer"), the first recorded for
// a model path winning, collected in a sorted map and turned into the JSON object once at the
// end. Used by the jsonresume and fresh importers.
#ifndef CVPORT_IMPORT_ORIGINS_HPP
#define CVPORT_IMPORT_ORIGINS_HPP

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace cvport::sdk {

class ImportOrigins {
public:
  void record(const std::string& model_path, const std::string& input_path) {
    origins_.try_emplace(model_path, input_path);
  }
  nlohmann::json to_json() const {
    nlohmann::json origins = nlohmann::json::object();
    for (const auto& [model_path, input_path] : origins_) origins[model_path] = input_path;
    return origins;
  }

private:
  std::map<std::string, std::string> origins_;
};

} // namespace cvport::sdk

#endif // CVPORT_IMPORT_ORIGINS_HPP
