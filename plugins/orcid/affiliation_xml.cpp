#include "affiliation_xml.hpp"

#include "xml_common.hpp"

namespace cvport::orcid {

std::string affiliation_document(const AffiliationItem& item) {
  pugi::xml_document document;
  pugi::xml_node root = start_document(document, item.section);
  append_text(root, "common:department-name", item.department);
  append_text(root, "common:role-title", item.role_title);
  append_fuzzy_date(root, "common:start-date", item.start);
  append_fuzzy_date(root, "common:end-date", item.end);
  if (item.has_organization) append_organization(root, item.organization);
  append_text(root, "common:url", item.url);
  append_external_ids(root, item.ids);
  return document_bytes(document);
}

} // namespace cvport::orcid
