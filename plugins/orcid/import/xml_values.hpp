// The values every ORCID document is built from, read into model types: texts, fuzzy dates,
// organisations, external identifiers, contributors' iDs. A value the model would refuse (a
// month 13, a ROR id of the wrong shape) is left out with a warning at its element, so that the
// imported CV always passes cvport's checks.
#ifndef CVPORT_ORCID_XML_VALUES_HPP
#define CVPORT_ORCID_XML_VALUES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "cvport/model.hpp"
#include "import_log.hpp"
#include "orcid_xml.hpp"

namespace cvport::orcid {

// The element reached by local names from `node` ("title", "title" for work:title/common:title).
pugi::xml_node path_node(const pugi::xml_node& node, std::initializer_list<std::string_view> names);

// The first child element of each of `names` (as child_named finds it, or an empty node), found
// in one walk over the children of `node` rather than a scan from its first child for each name:
// a record holds thousands of works, ids and contributors, each read field by field.
template <size_t N>
std::array<pugi::xml_node, N> children_named(const pugi::xml_node& node, const std::string_view (&names)[N]) {
  std::array<pugi::xml_node, N> found;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = local_name(child);
    for (size_t i = 0; i < N; ++i)
      if (name == names[i]) {
        if (!found[i]) found[i] = child;
        break;
      }
  }
  return found;
}

// Its text with leading and trailing white space removed, and inner runs of white space
// (line breaks an editor put there) made one space; "" when absent.
std::string text_at(const pugi::xml_node& node, std::initializer_list<std::string_view> names = {});

// An enumerated value (a work type, an external id's relationship, a contributor's sequence or
// role, a funding type, a citation type) in the spelling of ORCID's 3.0 vocabularies: lower case,
// words joined by "-". ORCID's 2.x JSON writes each such value as its Java constant's name
// ("JOURNAL_ARTICLE", "VERSION_OF", "FIRST", "AUTHOR"): the 2.x enums of orcid-model
// (org.orcid.jaxb.model.record_v2.WorkType, Relationship, SequenceType, FundingType,
// FundingContributorRole, CitationType; common_v2.ContributorRole) carry Jackson's
// `@JsonValue public String jsonValue() { return this.name(); }`, while the XML, and 3.0's
// JSON (XmlJavaTypeAdapter on the v3 fields), give the value: "journal-article", "version-of".
std::string vocabulary_term(std::string_view value);
// The term at the element reached by `names` (text_at), as vocabulary_term spells it.
std::string term_at(const pugi::xml_node& node, std::initializer_list<std::string_view> names = {});

// Every descendant element named `name`, not looking inside a found one, nor deeper than
// `max_depth` levels below `node` (1: its children only).
std::vector<pugi::xml_node> elements_named(const pugi::xml_node& node, std::string_view name,
                                           size_t max_depth = SIZE_MAX);

// A fuzzy date (common:year, month, day); the parts that do not make a date are left out with
// a warning.
Date fuzzy_date(const pugi::xml_node& node, ImportLog& log);

// common:organization (or v2.x's <employment:organization>): name, address, and the
// disambiguated id in the model field of its source (ROR, RINGGOLD, GRID, FUNDREF, LEI).
Organization read_organization(const pugi::xml_node& node, ImportLog& log);

struct ItemExternalId {
  std::string type; // lower-case: "doi", "arxiv", "source-work-id"
  std::string value;
  std::string url;
  std::string relationship; // a term (vocabulary_term): "self", "version-of"
  pugi::xml_node node;
};
// The item's own common:external-ids.
std::vector<ItemExternalId> external_ids(const pugi::xml_node& item);

// The identifiers of every version of one item (the summaries several sources gave of it, in
// a work, funding or peer-review group) and of the group, each once (by type and the value
// ORCID compares), in that order.
std::vector<ItemExternalId> merged_external_ids(const std::vector<pugi::xml_node>& versions,
                                                const pugi::xml_node& group);

// Of the versions of one item, the one that says most: the most elements with a value (a date's
// year, an address's city, an identifier each count), the first of those on a tie.
pugi::xml_node most_complete(const std::vector<pugi::xml_node>& versions);

// The value when the model accepts it as `kind` (doi, url, email, country ...), else "" with a
// warning at `node` naming `what`.
std::string checked(TextKind kind, std::string value, const pugi::xml_node& node, std::string_view what,
                    ImportLog& log);

// Notes each child element of `item` whose local name is not in `known` (the XSD's elements of
// that item): what a newer schema adds is said, not silently dropped, and never fatal.
void note_unknown_children(const pugi::xml_node& item, std::initializer_list<std::string_view> known, ImportLog& log);

// The elements every activity item may hold besides its own.
#define CVPORT_ORCID_ITEM_COMMON "created-date", "last-modified-date", "source", "external-ids", "url"

// The iD of a contributor-orcid, source-orcid or orcid-identifier: its path, else the end of
// its uri.
std::string orcid_of(const pugi::xml_node& identifier);

} // namespace cvport::orcid

#endif
