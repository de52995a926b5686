// Which version of ORCID's API wrote a document. ORCID's 1.x, 2.x and 3.0 documents share element
// names and, for 2.x and 3.0, namespaces, so a 2.x record is well-formed where a 3.0 one is
// expected and reads almost alike. Both readers of records need to tell them apart: the ORCID
// importer (which reads a 2.x document with a warning and refuses 1.x) and `cvport orcid plan
// --record` (which compares a record with the CV before a sync writes to API 3.0, and so must not
// take a 2.x record, whose JSON spells "SELF" where 3.0 spells "self": nothing would match, and
// the sync would add every work again).
#ifndef CVPORT_ORCID_API_VERSION_HPP
#define CVPORT_ORCID_API_VERSION_HPP

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace cvport::orcid {

// The version an XML document declares by the schema files of its xsi:schemaLocation:
// "http://www.orcid.org/ns/record ../record-2.1.xsd" -> "2.1", ".../orcid-message-1.2_rc2.xsd" ->
// "1.2_rc2", "../record-3.0_rc1.xsd" -> "3.0_rc1"; "" when it declares none (a JSON document never
// does).
std::string declared_api_version(const pugi::xml_node& root);

// The message version of an API 1.x document (<orcid-message>, and its JSON, whose members are
// "message-version" and "orcid-profile"): its <message-version>, else the version its schema
// declares, else "1.x"; "" for a document of a later API, which has no message version.
std::string api_1_message_version(const pugi::xml_node& root, std::string_view declared);

// Whether a document of API 2.0 or 2.1 is read: its declared version when it has one, else the
// shapes only 2.x has (affiliation summaries straight in their list, funding's <summary>).
bool looks_like_api_2(const pugi::xml_node& root, std::string_view declared);

// Whether a JSON document spells enumerated values as 2.x's JSON does, by their Java constants'
// names ("PUBLIC", "JOURNAL_ARTICLE", "SELF"); 3.0's JSON, like every XML, writes "public".
bool spells_terms_in_capitals(const pugi::xml_node& root);

// "2.1", "2.x" when the document (XML, or JSON rendered as XML: `from_json`) is one of API 2.x;
// "" otherwise.
std::string api_2_version(const pugi::xml_node& root, bool from_json);

} // namespace cvport::orcid

#endif
