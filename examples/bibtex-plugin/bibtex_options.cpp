#include "bibtex_options.hpp"

#include "cvport/plugin.hpp"

namespace bibtex {

std::string options_schema() {
  cvport::Json sections = {"publications", "software", "talks"};
  cvport::Json schema = {{"type", "object"},
                         {"properties",
                          {{"include",
                            {{"type", "array"},
                             {"items", {{"type", "string"}, {"enum", sections}}},
                             {"default", sections},
                             {"description", "CV sections to export, comma-separated"}}}}},
                         {"additionalProperties", false}};
  return schema.dump();
}

BibtexOptions read_options(const cvport::Json& options) {
  if (!options.contains("include")) return {};
  BibtexOptions read{.publications = false, .software = false, .talks = false};
  for (const auto& section : options.at("include")) {
    std::string name = section.get<std::string>();
    if (name == "publications")
      read.publications = true;
    else if (name == "software")
      read.software = true;
    else if (name == "talks")
      read.talks = true;
    else
      throw cvport::sdk::Error("bibtex.bad-option", "", "unknown section \"" + name + "\" in the option include");
  }
  return read;
}

} // namespace bibtex
