// The BibTeX format's options, declared once (cvport/typed_options.hpp): the declaration gives
// their JSON Schema (which the host checks `--option` values against, filling in the defaults)
// and their typed form.
#ifndef BIBTEX_BIBTEX_OPTIONS_HPP
#define BIBTEX_BIBTEX_OPTIONS_HPP

#include <string>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/sections.hpp"
#include "cvport/sections_option.hpp"
#include "cvport/typed_options.hpp"

namespace bibtex {

struct BibtexOptions {
  // The SDK's "sections" option (cvport/sections_option.hpp), shared with every format, so one
  // `--option sections=...` serves `--to all`; empty: every section.
  std::vector<std::string> sections;
};

template <class V> void describe_options(V& v, BibtexOptions& o) {
  v.option(cvport::kSectionsOptionName, o.sections, cvport::kSectionsOptionDescription, cvport::sdk::section_ids());
}

// Which of the sections BibTeX can hold the option lists.
struct IncludedSections {
  bool publications = true;
  bool software = true;
  bool talks = true;
};

// {"sections": [...]}: the SDK's sections option.
std::string options_schema();

// Reads options the host has checked; a value of the wrong type or an unknown option throws
// cvport::sdk::Error("biblatex.bad-option", ...).
BibtexOptions read_options(const cvport::Json& options);

// The sections of `cv` that become entries: publications, software and talks, as far as
// `sections` (section ids or titles, cvport/sections.hpp) names them; all three when it is empty.
IncludedSections included_sections(const cvport::Cv& cv, const std::vector<std::string>& sections);

} // namespace bibtex

#endif
