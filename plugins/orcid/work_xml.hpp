// Works as ORCID XML: bulk:bulk documents of up to 100 work:work (docs/formats/orcid.md), and one
// work:work document per work, the body of its create (POST /work) and update (PUT).
#ifndef CVPORT_ORCID_WORK_XML_HPP
#define CVPORT_ORCID_WORK_XML_HPP

#include <span>
#include <string>

#include "bundle.hpp"

namespace cvport::orcid {

// A bulk:bulk document holding `works` (1 to 100 of them), for POST /{orcid}/works.
std::string bulk_document(std::span<const WorkItem> works);

// A work:work document, for POST /{orcid}/work and PUT /{orcid}/work/{put-code}.
std::string work_document(const WorkItem& work);

} // namespace cvport::orcid

#endif
