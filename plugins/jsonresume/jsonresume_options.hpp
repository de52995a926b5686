// The options of the "jsonresume" format, declared once (cvport/typed_options.hpp): the
// declaration gives their JSON Schema, their defaults and the typed struct the reader and the
// writer read.
#ifndef CVPORT_JSONRESUME_OPTIONS_HPP
#define CVPORT_JSONRESUME_OPTIONS_HPP

#include <string>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/sections_option.hpp"
#include "cvport/typed_options.hpp"

namespace cvport::jsonresume {

struct Options {
  std::string language;              // import: the language of multilingual values; empty: --lang
  bool extensions = true;            // export: cvport's data in "x-cvport" members
  std::vector<std::string> sections; // export: which sections; empty: every section
};

template <class V> void describe_options(V& v, Options& o) {
  v.option("language", o.language,
           "Import: the language to read from multilingual values ({\"de\": ..., \"en\": ...}), as de or pt-BR (de-AT "
           "and de match each other); empty: cvport export's --lang. A value without it is read in the CV's language "
           "(x-cvport), else en, else its first. The other languages are kept.");
  v.option("extensions", o.extensions,
           "Write cvport's data that JSON Resume has no field for (authors, DOIs, venues, talks, service, ...) into "
           "\"x-cvport\" members, so that an import gives back the same CV. false writes a plain resume.json with "
           "readable approximations only, and reports what was left out.");
  // JSON Resume has a fixed set of members, so the option chooses which are written; their order
  // is the schema's, as every theme reads them.
  static const std::string sections_description =
      std::string(kSectionsOptionDescription) + " JSON Resume writes the chosen sections in the order of its schema.";
  v.option(kSectionsOptionName, o.sections, sections_description, sdk::section_ids());
}

// Throws sdk::Error("jsonresume.bad-option", ...) on an unknown option or a wrong type.
inline Options read_options(const Json& options) { return sdk::read_options<Options>(options, "jsonresume.bad-option"); }

} // namespace cvport::jsonresume

#endif
