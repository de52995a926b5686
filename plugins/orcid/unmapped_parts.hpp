// The parts of a CV that ORCID has no place for (docs/formats/orcid.md), or that
// ORCID lets only the researcher edit: each is reported once and listed in the manifest.
#ifndef CVPORT_ORCID_UNMAPPED_PARTS_HPP
#define CVPORT_ORCID_UNMAPPED_PARTS_HPP

#include "mapping_common.hpp"

namespace cvport::orcid {

void report_parts_without_home(MappingContext& context);

} // namespace cvport::orcid

#endif
