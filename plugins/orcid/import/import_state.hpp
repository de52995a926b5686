// What the section readers of one ORCID import share: the CV being built, the log, and who the
// record's owner is (iD and names), by which authors and funding contributors are marked.
#ifndef CVPORT_ORCID_IMPORT_STATE_HPP
#define CVPORT_ORCID_IMPORT_STATE_HPP

#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "cvport/model.hpp"
#include "import_log.hpp"

namespace cvport::orcid {

struct ImportState {
  Cv& cv;
  ImportLog& log;
  std::string owner_orcid;              // the record's iD, or ""
  std::vector<std::string> owner_names; // normalised: person.name, given + family, other names
  std::set<std::string> publication_ids; // ids given so far (from cvport's own source-work-ids)
  bool deactivated = false; // the document is a deactivated record's, and a warning said so

  // Whether a contributor (its iD, its credit name) is the record's owner.
  bool is_owner(const std::string& orcid, const std::string& credit_name) const;
  void add_owner_name(const std::string& name);
};

// The names ORCID gives a deactivated record in place of the person's (ORCID-Source,
// ProfileEntityManagerImpl.deactivateRecord, which also makes them public): no one's name.
inline constexpr std::string_view kDeactivatedGivenNames = "Given Names Deactivated";
inline constexpr std::string_view kDeactivatedFamilyName = "Family Name Deactivated";
// Whether person:name holds those names and no credit name.
bool has_deactivated_names(const pugi::xml_node& name);

// person:person, or any of its parts as a document of its own (/researcher-urls, /keywords,
// /other-names, /emails, /address, /external-identifiers, /biography, /personal-details).
void import_person(const pugi::xml_node& node, ImportState& state);

// activities:works (groups of summaries), a bulk of full works, or one work.
void import_work_groups(const pugi::xml_node& works, ImportState& state);
void import_works(const std::vector<pugi::xml_node>& versions, const pugi::xml_node& group, ImportState& state);

// The affiliation items of `section` ("employment", "education", ...) under `node`, which is
// the list, an affiliation-group or the item itself.
void import_affiliations(const pugi::xml_node& node, std::string_view section, ImportState& state);

// The funding items under `node` (the list, a group, or one funding).
void import_fundings(const pugi::xml_node& node, ImportState& state);

// The peer reviews under `node`, as one service entry per venue with the count.
void import_peer_reviews(const pugi::xml_node& node, ImportState& state);

// "education" for "educations" or "education"; "" when `name` is no affiliation section.
std::string affiliation_section_of(std::string_view name);

// Element name -> the v3.0 activity section it lists, for the dispatch of documents.
inline constexpr std::string_view kActivityLists[] = {"works",       "fundings",          "peer-reviews",
                                                      "distinctions", "educations",        "employments",
                                                      "invited-positions", "memberships", "qualifications",
                                                      "services",    "research-resources"};

} // namespace cvport::orcid

#endif
