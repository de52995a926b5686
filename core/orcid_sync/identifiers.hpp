// Identifiers and values compared the way ORCID compares them. Shared by the ORCID writer
// (plugins/orcid: keys, collisions inside a bundle) and `cvport orcid plan` (matching a bundle
// to a live record), so that both call two items "the same" by one rule.
//
// ORCID normalises an external id before its duplicate check (ORCID-Source,
// orcid-core/.../v3/identifiers/PIDNormalizationService and its normalizers) and compares only
// ids whose relationship is self on both sides, from the same source
// (ActivityValidator.checkExternalIdentifiersForDuplicates: areRelationshipsSameAndSelf).
#ifndef CVPORT_ORCID_IDENTIFIERS_HPP
#define CVPORT_ORCID_IDENTIFIERS_HPP

#include <string>
#include <string_view>

namespace cvport::orcid {

// Lower-cased ASCII letters, one space for each run of whitespace, no leading or trailing
// space: the parts of a text that survive a cosmetic edit.
std::string normalized_text(std::string_view text);

// A web address as a person would compare two: without http(s)://, the host in lower case, no
// trailing slash. "https://Example.org/me/" and "http://example.org/me" are one page.
std::string normalized_url(std::string_view url);

// The DOI as ORCID stores it for comparison: lower-cased (DOIs are case-insensitive, and
// CaseSensitiveNormalizer lower-cases every identifier type ORCID marks so) and reduced to the
// "10.x/..." part, without resolver or "doi:" prefix (DOINormalizer's pattern
// `10(\.[0-9a-zA-Z]+)+/` then non-space characters other than " & '). Empty when there is none.
std::string normalized_doi(std::string_view doi);

// Whether `url` is nothing but the link to the DOI `doi` at the DOI resolver: http or https,
// doi.org, dx.doi.org or www.doi.org, in any letter case, the DOI in any case and with any of
// its characters percent-encoded ("http://dx.doi.org/10.1002%2FABC" for 10.1002/abc). Records
// carry such a url beside the DOI (ORCID's own export writes one): it says nothing the DOI
// does not.
bool is_doi_link(std::string_view url, std::string_view doi);

// The value an external id of `type` is compared by. doi: normalized_doi. uri: with "http://"
// in front when it has no scheme (URINormalizer), and lower-cased: whether ORCID lower-cases a
// type is data in its identifier table, and two addresses that differ only in case are one
// page, so cvport takes the cautious reading. pat and grant_number: lower-cased
// (CaseSensitiveNormalizer; neither type is marked case sensitive). arxiv, pmid and isbn: the id
// their normaliser finds ("arxiv:2303.12345v2", "31452104", "9780262046305"). Other types as
// they are.
std::string normalized_id_value(std::string_view type, std::string_view value);

// The key of a person item (researcher-url, other-name, keyword, address): its section and
// its normalised value ("keyword:machine learning", "researcher-url:example.org/~me"). ORCID
// gives person items no external ids, so the value is their identity. `value` is the url of a
// researcher-url, the content of a name or keyword, the country code of an address.
std::string person_item_key(std::string_view section, std::string_view value);

// researcher-url, other-name, keyword and address: the writable person items.
bool is_person_item_type(std::string_view type);

// The API section of an item type, as in /v3.0/{orcid}/<section>/{put-code}: plural for the
// person sections but address ("keywords"), singular for the activities ("work", "funding").
std::string api_section(std::string_view type);

} // namespace cvport::orcid

#endif
