// Affiliations as ORCID XML: one <section:section> document per item (docs/formats/orcid.md).
#ifndef CVPORT_ORCID_AFFILIATION_XML_HPP
#define CVPORT_ORCID_AFFILIATION_XML_HPP

#include <string>

#include "bundle.hpp"

namespace cvport::orcid {

// <education:education>, <service:service>, ...: children in common:affiliation's order.
std::string affiliation_document(const AffiliationItem& item);

} // namespace cvport::orcid

#endif
