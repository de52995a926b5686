// The ORCID items of a bundle as plain data, between the CV (what the mappers read) and the XML
// and manifest (what the serializers write). Text here is already cleaned for XML.
#ifndef CVPORT_ORCID_BUNDLE_HPP
#define CVPORT_ORCID_BUNDLE_HPP

#include <string>
#include <vector>

#include "cvport/model.hpp"

namespace cvport::orcid {

// common:external-id. `relationship` is "self", "part-of", "version-of" or "funded-by".
struct ExternalId {
  std::string type;
  std::string value;
  std::string url;
  std::string relationship;
};

// common:organization.
struct OrgRef {
  std::string name;
  std::string city;
  std::string region;
  std::string country;
  // common:disambiguated-organization: the identifier in the form ORCID stores it for its source
  // ("ROR", "RINGGOLD", "GRID", "FUNDREF", "LEI"); both empty when the CV gives none.
  std::string disambiguated_id;
  std::string disambiguation_source;
};

// Something ORCID's member API requires that the CV does not say. `rule` is the rule id
// validate-orcid --create reports for it, `path` the model path to fill in, `fix` one sentence.
struct Requirement {
  std::string rule;
  std::string path;
  std::string fix;
};

struct Contributor {
  std::string credit_name;
  std::string orcid; // iD of the CV owner, empty for co-authors
  bool first = false;
  std::string role; // empty: no role element
};

struct WorkItem {
  std::string key;    // the item's identity across exports: "publication:li2023clover"
  std::string source; // model path of the CV entry: "publications[3]"
  std::string type;   // ORCID work type: "conference-paper"
  std::string title;
  std::string subtitle;
  std::string journal_title;
  std::string short_description;
  std::string bibtex; // empty: no citation
  Date date;
  // The self identifiers, normalised as ORCID normalises them: the DOI when known, the
  // source-work-id made from the key, and without a DOI the web page as a uri.
  std::vector<ExternalId> ids;
  std::string url;
  std::vector<Contributor> contributors;
  std::string country;
  std::vector<Requirement> missing;  // empty: ready to send (else: collides with another item)
  std::vector<std::string> left_out; // model paths of facts the work has no place for
};

// The seven affiliation sections share one type, common:affiliation.
struct AffiliationItem {
  std::string section; // "education", "employment", "distinction", "invited-position", "service",
                       // "membership", "qualification"
  std::string key;
  std::string source;
  std::string department;
  std::string role_title;
  Date start;
  Date end;
  bool has_organization = false;
  OrgRef organization;
  std::string url;
  std::vector<ExternalId> ids; // the source-work-id made from the key
  std::vector<Requirement> missing; // empty: ORCID accepts the item as it is
  std::vector<std::string> left_out;
};

// funding:funding (ORCID's Funding section), from the CV's funding entries.
struct FundingItem {
  std::string key;
  std::string source;
  std::string type; // "grant", "contract", "award", "salary-award"
  std::string title;
  std::string short_description;
  std::string amount;   // with currency, or both empty
  std::string currency; // ISO 4217
  std::string url;
  Date start;
  Date end;
  // The grant number (type grant_number, relationship self) when the CV has one, and the
  // source-work-id made from the key.
  std::vector<ExternalId> ids;
  std::vector<Contributor> contributors; // the CV owner with the role, when the CV gives one
  bool has_organization = false;
  OrgRef organization;
  std::vector<Requirement> missing;
  std::vector<std::string> left_out;
};

// researcher-url, other-name, keyword and address: the writable parts of the person.
// They have no external ids: the key is the section and the normalised value, so a CV entry
// that says the same thing again gives no second item, only a second source.
struct PersonItem {
  std::string section; // "researcher-url", "other-name", "keyword", "address"
  std::string source;
  std::string text; // url-name, other name, keyword or country code
  std::string url;  // researcher-url only
  std::string key;  // "keyword:machine learning"
  std::vector<std::string> also_from; // model paths of the duplicates dropped in its favour
};

// A CV entry (or section, or field) that the bundle does not hold, and why.
struct Skipped {
  std::string source;
  std::string reason;
};

} // namespace cvport::orcid

#endif
