// CV entries that ORCID keeps as affiliations (common:affiliation): education, employment,
// distinctions (awards), service (reviewing, committees, volunteering), qualifications
// (certificates), and user-named sections mapped to one of them.
#ifndef CVPORT_ORCID_AFFILIATIONS_HPP
#define CVPORT_ORCID_AFFILIATIONS_HPP

#include <vector>

#include "bundle.hpp"
#include "mapping_common.hpp"

namespace cvport::orcid {

// Grouped by ORCID section in kAffiliationSections order, CV order within a section. Each item
// lists what ORCID's member API needs that the CV lacks (`missing`), and says it through a
// warning that names the field to add.
std::vector<AffiliationItem> map_affiliations(MappingContext& context);

} // namespace cvport::orcid

#endif
