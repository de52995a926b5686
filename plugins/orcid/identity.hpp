// No two items of a bundle that ORCID would call one: self ids compared the way ORCID compares
// them (identifiers.hpp, shared with `cvport orcid plan`).
#ifndef CVPORT_ORCID_IDENTITY_HPP
#define CVPORT_ORCID_IDENTITY_HPP

#include <string>
#include <string_view>
#include <vector>

#include "bundle.hpp"
#include "identifiers.hpp"
#include "report.hpp"

namespace cvport::orcid {

// The value an external id is compared by (identifiers.hpp).
inline std::string normalized_id_value(const ExternalId& id) {
  return normalized_id_value(id.type, id.value);
}

// Of the works, affiliations and fundings whose self ids collide (same type and normalised
// value), the first in bundle order stays; each later one gets a `missing` entry (rule
// "duplicate-self-id") and a warning naming both CV places, so it is not ready to send.
void mark_colliding_items(std::vector<WorkItem>& works, std::vector<AffiliationItem>& affiliations,
                          std::vector<FundingItem>& funding, Reporter& reporter);

} // namespace cvport::orcid

#endif
