// biblatex's localisation keys in a `type` field (`type = {mathesis}`): biblatex prints the
// key's string in the document's language, so the key itself is never text for a CV.
#ifndef CVPORT_BIBTEX_BIBLATEX_TYPE_KEYS_HPP
#define CVPORT_BIBTEX_BIBLATEX_TYPE_KEYS_HPP

#include <string_view>

namespace cvport::bibtex {

// The English text biblatex prints for the key ("mathesis" -> "Master's thesis", "techreport" ->
// "Technical report"), capitalised as at the start of a sentence; `value` itself when it is no
// such key ("Diploma thesis").
std::string_view type_text(std::string_view value);

} // namespace cvport::bibtex

#endif
