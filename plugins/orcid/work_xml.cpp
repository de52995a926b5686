#include "work_xml.hpp"

#include "xml_common.hpp"

namespace cvport::orcid {

namespace {

// The children of a work:work element, in the schema's order.
void fill_work(pugi::xml_node node, const WorkItem& work) {
  pugi::xml_node title = node.append_child("work:title");
  append_text(title, "common:title", work.title);
  append_text(title, "common:subtitle", work.subtitle);
  append_text(node, "work:journal-title", work.journal_title);
  append_text(node, "work:short-description", work.short_description);
  if (!work.bibtex.empty()) {
    pugi::xml_node citation = node.append_child("work:citation");
    append_text(citation, "work:citation-type", "bibtex");
    append_text(citation, "work:citation-value", work.bibtex);
  }
  append_text(node, "work:type", work.type);
  append_fuzzy_date(node, "common:publication-date", work.date);
  append_external_ids(node, work.ids);
  append_text(node, "common:url", work.url);
  if (!work.contributors.empty()) {
    pugi::xml_node contributors = node.append_child("work:contributors");
    for (const Contributor& contributor : work.contributors)
      append_contributor(contributors, contributor, "work");
  }
  append_text(node, "common:country", work.country);
}

} // namespace

std::string bulk_document(std::span<const WorkItem> works) {
  pugi::xml_document document;
  pugi::xml_node bulk = start_document(document, "bulk", "bulk", {"work"});
  for (const WorkItem& work : works) fill_work(bulk.append_child("work:work"), work);
  return document_bytes(document);
}

std::string work_document(const WorkItem& work) {
  pugi::xml_document document;
  fill_work(start_document(document, "work"), work);
  return document_bytes(document);
}

} // namespace cvport::orcid
