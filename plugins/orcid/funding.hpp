// The CV's funding entries as ORCID funding items (docs/formats/orcid.md), with the rules of ORCID's
// member API for them (ActivityValidator.validateFunding).
#ifndef CVPORT_ORCID_FUNDING_HPP
#define CVPORT_ORCID_FUNDING_HPP

#include <string>
#include <string_view>
#include <vector>

#include "bundle.hpp"
#include "mapping_common.hpp"

namespace cvport::orcid {

std::vector<FundingItem> map_funding(MappingContext& context);

// ORCID's funding contributor role for the role a CV writes: "lead" for a principal
// investigator ("PI", "Principal Investigator", "lead"), "co-lead" for a co-PI or
// co-investigator, "other-contribution" for anything else. Empty for no role.
std::string_view funding_contributor_role(std::string_view cv_role);

// The funding:funding document of an item (its create and update body).
std::string funding_document(const FundingItem& item);

} // namespace cvport::orcid

#endif
