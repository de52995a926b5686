#include "xml_common.hpp"

#include <sstream>

#include <fmt/format.h>

namespace cvport::orcid {

std::string section_namespace(std::string_view section) {
  return fmt::format("http://www.orcid.org/ns/{}", section);
}

pugi::xml_node start_document(pugi::xml_document& document, std::string_view section,
                              std::string_view root_name,
                              const std::vector<std::string_view>& extra_sections) {
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  std::string name = fmt::format("{}:{}", section, root_name.empty() ? section : root_name);
  pugi::xml_node root = document.append_child(name.c_str());
  std::string prefix = fmt::format("xmlns:{}", section);
  root.append_attribute(prefix.c_str()) = section_namespace(section).c_str();
  for (std::string_view extra : extra_sections) {
    std::string extra_prefix = fmt::format("xmlns:{}", extra);
    root.append_attribute(extra_prefix.c_str()) = section_namespace(extra).c_str();
  }
  root.append_attribute("xmlns:common") = kCommonNamespace;
  return root;
}

void append_text(pugi::xml_node parent, const std::string& name, std::string_view text) {
  if (text.empty()) return;
  parent.append_child(name.c_str()).text().set(std::string(text).c_str());
}

void append_fuzzy_date(pugi::xml_node parent, const char* name, const Date& date) {
  if (date.year == 0) return;
  pugi::xml_node node = parent.append_child(name);
  append_text(node, "common:year", fmt::format("{:04}", date.year));
  if (date.month != 0) append_text(node, "common:month", fmt::format("{:02}", date.month));
  if (date.month != 0 && date.day != 0)
    append_text(node, "common:day", fmt::format("{:02}", date.day));
}

void append_organization(pugi::xml_node parent, const OrgRef& organization) {
  pugi::xml_node node = parent.append_child("common:organization");
  append_text(node, "common:name", organization.name);
  pugi::xml_node address = node.append_child("common:address");
  append_text(address, "common:city", organization.city);
  append_text(address, "common:region", organization.region);
  append_text(address, "common:country", organization.country);
  if (!organization.disambiguated_id.empty()) {
    pugi::xml_node disambiguated = node.append_child("common:disambiguated-organization");
    append_text(disambiguated, "common:disambiguated-organization-identifier",
                organization.disambiguated_id);
    append_text(disambiguated, "common:disambiguation-source", organization.disambiguation_source);
  }
}

void append_contributor(pugi::xml_node list, const Contributor& contributor,
                        std::string_view section) {
  auto in_section = [&](std::string_view name) { return fmt::format("{}:{}", section, name); };
  pugi::xml_node node = list.append_child(in_section("contributor").c_str());
  if (!contributor.orcid.empty()) {
    pugi::xml_node orcid = node.append_child("common:contributor-orcid");
    append_text(orcid, "common:uri", "https://orcid.org/" + contributor.orcid);
    append_text(orcid, "common:path", contributor.orcid);
    append_text(orcid, "common:host", "orcid.org");
  }
  append_text(node, in_section("credit-name"), contributor.credit_name);
  pugi::xml_node attributes = node.append_child(in_section("contributor-attributes").c_str());
  // Only a work's contributors have a sequence.
  if (section == "work")
    append_text(attributes, "work:contributor-sequence", contributor.first ? "first" : "additional");
  append_text(attributes, in_section("contributor-role"), contributor.role);
}

void append_external_ids(pugi::xml_node parent, const std::vector<ExternalId>& ids) {
  if (ids.empty()) return;
  pugi::xml_node list = parent.append_child("common:external-ids");
  for (const ExternalId& id : ids) {
    pugi::xml_node node = list.append_child("common:external-id");
    append_text(node, "common:external-id-type", id.type);
    append_text(node, "common:external-id-value", id.value);
    append_text(node, "common:external-id-url", id.url);
    append_text(node, "common:external-id-relationship", id.relationship);
  }
}

std::string document_bytes(const pugi::xml_document& document) {
  std::ostringstream bytes;
  document.save(bytes, "  ", pugi::format_indent, pugi::encoding_utf8);
  return bytes.str();
}

ExternalId doi_id(std::string_view doi, std::string_view relationship) {
  return {"doi", std::string(doi), doi_url(doi), std::string(relationship)};
}

ExternalId source_work_id(std::string value) {
  return {"source-work-id", std::move(value), "", "self"};
}

ExternalId uri_id(std::string_view url) {
  return {"uri", std::string(url), std::string(url), "self"};
}

} // namespace cvport::orcid
