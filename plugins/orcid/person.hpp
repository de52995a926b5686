// The writable parts of the ORCID person (docs/formats/orcid.md): web pages (researcher-url), name
// variants (other-name), research interests (keyword, one per item) and the country (address).
#ifndef CVPORT_ORCID_PERSON_HPP
#define CVPORT_ORCID_PERSON_HPP

#include <string>
#include <vector>

#include "bundle.hpp"
#include "mapping_common.hpp"

namespace cvport::orcid {

std::vector<PersonItem> map_person(MappingContext& context);

// <researcher-url:researcher-url>, <other-name:other-name>, <keyword:keyword>, <address:address>.
std::string person_document(const PersonItem& item);

} // namespace cvport::orcid

#endif
