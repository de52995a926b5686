// The BibTeX format's options: their JSON Schema (which the host checks `--option` values
// against, filling in the defaults) and their typed form.
#ifndef BIBTEX_BIBTEX_OPTIONS_HPP
#define BIBTEX_BIBTEX_OPTIONS_HPP

#include <string>

#include "cvport/model_json.hpp"

namespace bibtex {

struct BibtexOptions {
  bool publications = true;
  bool software = true;
  bool talks = true;
};

// {"include": ["publications", "software", "talks"]}: which CV sections become entries.
std::string options_schema();

// Reads options the host has checked; an unknown section name throws cvport::sdk::Error.
BibtexOptions read_options(const cvport::Json& options);

} // namespace bibtex

#endif
