// The building blocks every ORCID document shares (docs/formats/orcid.md): namespaces, fuzzy dates,
// organisations, external identifiers, and the document bytes.
#ifndef CVPORT_ORCID_XML_COMMON_HPP
#define CVPORT_ORCID_XML_COMMON_HPP

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "bundle.hpp"
#include "cvport/render.hpp" // doi_url

namespace cvport::orcid {

inline constexpr const char* kCommonNamespace = "http://www.orcid.org/ns/common";

// "http://www.orcid.org/ns/<section>": every ORCID section has its own namespace.
std::string section_namespace(std::string_view section);

// Starts a document whose root is <section:section> (or <section:root_name>), declaring the
// section's namespace and common:, plus the extra sections listed ("work" inside a bulk).
pugi::xml_node start_document(pugi::xml_document& document, std::string_view section,
                              std::string_view root_name = {},
                              const std::vector<std::string_view>& extra_sections = {});

// <name>text</name>, or nothing when `text` is empty (ORCID refuses empty optional elements).
void append_text(pugi::xml_node parent, const std::string& name, std::string_view text);

// A fuzzy date: year, then zero-padded month and day when known. Nothing for an empty date.
void append_fuzzy_date(pugi::xml_node parent, const char* name, const Date& date);

// common:organization with its address (required by the schema even when empty) and its
// disambiguated organisation when known.
void append_organization(pugi::xml_node parent, const OrgRef& organization);

// <section:contributor> ("work" or "funding"): the iD when known, the credit name, the role, and
// for works the sequence.
void append_contributor(pugi::xml_node list, const Contributor& contributor,
                        std::string_view section);

// common:external-ids, or nothing for an empty list.
void append_external_ids(pugi::xml_node parent, const std::vector<ExternalId>& ids);

// The document as UTF-8 bytes: XML declaration, two-space indentation between elements, every
// text inline in its element (no whitespace added inside values), final newline.
std::string document_bytes(const pugi::xml_document& document);

// Years ORCID's fuzzy dates can express.
inline bool is_orcid_year(int year) { return year >= 1900 && year <= 2100; }

// The self external id of an entry: its DOI, otherwise a minted source-work-id.
ExternalId doi_id(std::string_view doi, std::string_view relationship = "self");
ExternalId source_work_id(std::string value);
ExternalId uri_id(std::string_view url);

} // namespace cvport::orcid

#endif
