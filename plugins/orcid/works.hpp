// CV entries that ORCID lists as works: publications, software, talks, media features (when
// asked for) and user-named sections mapped to a work type.
#ifndef CVPORT_ORCID_WORKS_HPP
#define CVPORT_ORCID_WORKS_HPP

#include <vector>

#include "bundle.hpp"
#include "mapping_common.hpp"

namespace cvport::orcid {

// In CV order, section by section. Entries left out are reported through the context.
std::vector<WorkItem> map_works(MappingContext& context);

// ORCID's work type for a CV publication type ("thesis" -> "dissertation-thesis").
std::string_view work_type_of_publication(std::string_view cv_type);

} // namespace cvport::orcid

#endif
