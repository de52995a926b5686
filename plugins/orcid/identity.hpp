// Identifiers compared the way ORCID compares them, so that the bundle never holds two items
// ORCID would call one. ORCID normalises an external id before its duplicate check
// (ORCID-Source, orcid-core/.../v3/identifiers/PIDNormalizationService and its normalizers) and
// compares only ids whose relationship is self on both sides, from the same source
// (ActivityValidator.checkExternalIdentifiersForDuplicates: areRelationshipsSameAndSelf).
#ifndef CVPORT_ORCID_IDENTITY_HPP
#define CVPORT_ORCID_IDENTITY_HPP

#include <string>
#include <string_view>
#include <vector>

#include "bundle.hpp"
#include "report.hpp"

namespace cvport::orcid {

// The DOI as ORCID stores it for comparison: lower-cased (DOIs are case-insensitive, and
// CaseSensitiveNormalizer lower-cases every identifier type ORCID marks so) and reduced to the
// "10.x/..." part, without resolver or "doi:" prefix (DOINormalizer's pattern
// `10(\.[0-9a-zA-Z]+)+/` then non-space characters other than " & '). Empty when there is none.
std::string normalized_doi(std::string_view doi);

// The value an external id is compared by. doi: normalized_doi. uri: with "http://" in front
// when it has no scheme (URINormalizer), and lower-cased: whether ORCID lower-cases a type is
// data in its identifier table, and two addresses that differ only in case are one page, so
// cvport takes the cautious reading. pat and grant_number: lower-cased (CaseSensitiveNormalizer,
// neither type is marked case sensitive). Other types as they are.
std::string normalized_id_value(const ExternalId& id);

// Of the works and affiliations whose self ids collide (same type and normalised value), the
// first in bundle order stays; each later one gets a `missing` entry (rule
// "duplicate-self-id") and a warning naming both CV places, so it is not ready to send.
void mark_colliding_items(std::vector<WorkItem>& works, std::vector<AffiliationItem>& affiliations,
                          Reporter& reporter);

} // namespace cvport::orcid

#endif
