// The comparable content of an ORCID item, read from its XML the same way whether the XML is a
// request body of the bundle or an item of the record, so that "content differs" is decided by
// one rule. Elements are found by local name: ORCID's prefixes are not fixed.
#ifndef CVPORT_ORCID_ITEM_FIELDS_HPP
#define CVPORT_ORCID_ITEM_FIELDS_HPP

#include <string_view>

#include <pugixml.hpp>

#include "orcid_xml.hpp"
#include "sync_types.hpp"

namespace cvport::orcid {

// The fields of `item` (a work, affiliation, funding or person item, or its summary) that the
// record's summary of an item of `type` shows (ORCID 3.0 XSD: work-summary holds title,
// external-ids, url, type, publication-date, journal-title; affiliation-summary department-name,
// role-title, start- and end-date, organization, url, external-ids; funding-summary title,
// external-ids, url, type, start- and end-date, organization; person items are shown whole).
// One line per field, "name=leaf|leaf|...", and one per external id; sorted, so the order of
// external ids does not count. What ORCID adds (dates of creation, source, normalised ids) is
// left out. Empty for an item type whose summary is unknown.
ItemFields summary_fields(const pugi::xml_node& item, std::string_view type);

// Every field of `item` the same way, for comparing a full item (GET .../{put-code}) with a
// request body.
ItemFields all_fields(const pugi::xml_node& item);

// The self external ids among the item's own <external-ids>, normalised.
std::vector<SelfId> self_ids_of(const pugi::xml_node& item);

} // namespace cvport::orcid

#endif
