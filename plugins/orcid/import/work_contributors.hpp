// A work's contributors as the people of its author list. ORCID 3.0 holds one contributor
// element per role: its web form writes each role of a person as a contributor of its own, one
// after the other (ORCID-Source, WorkForm.populateContributorsGroupedByOrcid), and shows them
// grouped again by iD (ContributorUtils.getContributorsGroupedByOrcid). Such repeats are one
// person here, and a contributor whose roles say they did not write the work (an editor) is no
// author: the model's author list holds authors only (Publication.authors), and it has no list
// of editors.
#ifndef CVPORT_ORCID_WORK_CONTRIBUTORS_HPP
#define CVPORT_ORCID_WORK_CONTRIBUTORS_HPP

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "import_state.hpp"

namespace cvport::orcid {

struct WorkContributor {
  std::string name;
  std::string orcid;
  bool self = false;
  bool first = false;              // a contributor-sequence "first"
  std::vector<std::string> roles;  // terms (vocabulary_term), each once, in the order given
  pugi::xml_node node;             // the first of its contributor elements
};

struct WorkContributors {
  std::vector<WorkContributor> authors; // the "first" ones, then the others as listed
  std::vector<WorkContributor> others;  // editors, assignees ...: no authors
};

// The people of work:contributors. Two contributor elements are one person when they name the
// same iD, wherever they stand; without iDs to tell them apart, when they stand next to each
// other under the same credit name (the run ORCID's form writes), not when the name comes
// again further on: an author list may hold two people of one name, and ORCID does not group
// contributors without an iD either. Two different iDs are two people, whatever their names
// (ORCID's own 51-contributor sample has two "Jordan"s). A contributor without a name who is
// no one's repeat is left out with a warning.
WorkContributors read_work_contributors(const pugi::xml_node& contributors, ImportState& state);

// When the work names no author (nor does its BibTeX citation), its editors, chairs and
// translators are taken as the authors, with a warning, as the BibTeX importer takes an
// entry's editors when it has no author.
void take_editors_as_authors(WorkContributors& contributors, Publication& publication, ImportLog& log);

// The contributors who are no authors, kept in `kept["contributors"]` (name, iD, roles) with
// one warning at the first of them.
void keep_other_contributors(const WorkContributors& contributors, Json& kept, ImportLog& log);

} // namespace cvport::orcid

#endif
