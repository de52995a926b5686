#include "work_contributors.hpp"

#include <algorithm>
#include <iterator>

#include "cvport/text.hpp"
#include "identifiers.hpp"
#include "xml_values.hpp"

namespace cvport::orcid {

namespace {

// The roles of ORCID's original vocabulary (common-3.0.xsd, contributor-role) that say someone
// did not write the work. Every other role is an author's: author, the inventors of a patent,
// the CRediT roles (http://credit.niso.org/contributor-roles/...: what an author did), and the
// investigator, student and researcher roles ORCID's form offered for any work.
constexpr std::string_view kNonAuthorRoles[] = {"editor", "chair-or-translator", "assignee", "support-staff"};
// Of those, the people who made the text of a work that names no author: an edited book's.
constexpr std::string_view kEditorRoles[] = {"editor", "chair-or-translator"};

template <size_t N> bool has_only_roles_of(const WorkContributor& contributor, const std::string_view (&roles)[N]) {
  auto among = [&](const std::string& role) {
    return std::find(std::begin(roles), std::end(roles), role) != std::end(roles);
  };
  return !contributor.roles.empty() && std::all_of(contributor.roles.begin(), contributor.roles.end(), among);
}

} // namespace

WorkContributors read_work_contributors(const pugi::xml_node& contributors, ImportState& state) {
  std::vector<WorkContributor> people;
  size_t previous = people.size(); // the person the previous element was; none yet
  for (pugi::xml_node node : contributors.children()) {
    if (node.type() != pugi::node_element) continue;
    auto [credit_name, contributor_orcid, attributes] =
        children_named(node, {"credit-name", "contributor-orcid", "contributor-attributes"});
    std::string name = text_at(credit_name), orcid = orcid_of(contributor_orcid);
    std::string role = term_at(attributes, {"contributor-role"});
    bool first = term_at(attributes, {"contributor-sequence"}) == "first";
    auto same_orcid = [&](const WorkContributor& person) { return !orcid.empty() && person.orcid == orcid; };
    size_t same = std::find_if(people.begin(), people.end(), same_orcid) - people.begin();
    if (same == people.size() && previous < people.size()) {
      const WorkContributor& before = people[previous];
      bool other_orcid = !orcid.empty() && !before.orcid.empty() && orcid != before.orcid;
      if (!name.empty() && !other_orcid && normalized_text(name) == normalized_text(before.name)) same = previous;
    }
    if (same < people.size()) {
      WorkContributor& person = people[same];
      if (!role.empty() && std::find(person.roles.begin(), person.roles.end(), role) == person.roles.end())
        person.roles.push_back(role);
      if (person.orcid.empty()) person.orcid = orcid;
      person.first = person.first || first;
      person.self = person.self || state.is_owner(orcid, name);
      previous = same;
      continue;
    }
    bool self = state.is_owner(orcid, name);
    if (name.empty() && self) name = state.cv.person.name;
    if (name.empty()) {
      state.log.warning("orcid.unnamed-contributor", node,
                        "a contributor without credit-name is left out of the author list");
      previous = people.size();
      continue;
    }
    WorkContributor person{.name = name, .orcid = orcid, .self = self, .first = first, .node = node};
    if (!role.empty()) person.roles.push_back(role);
    people.push_back(std::move(person));
    previous = people.size() - 1;
  }
  // Sequence order: the first author, then the others as listed (ORCID keeps their order).
  std::stable_partition(people.begin(), people.end(), [](const WorkContributor& person) { return person.first; });
  WorkContributors result;
  for (WorkContributor& person : people)
    (has_only_roles_of(person, kNonAuthorRoles) ? result.others : result.authors).push_back(std::move(person));
  return result;
}

void take_editors_as_authors(WorkContributors& contributors, Publication& publication, ImportLog& log) {
  auto editor = [](const WorkContributor& person) { return has_only_roles_of(person, kEditorRoles); };
  auto editors_end = std::stable_partition(contributors.others.begin(), contributors.others.end(), editor);
  if (editors_end == contributors.others.begin()) return;
  std::vector<WorkContributor> editors(std::make_move_iterator(contributors.others.begin()),
                                       std::make_move_iterator(editors_end));
  contributors.others.erase(contributors.others.begin(), editors_end);
  for (const WorkContributor& person : editors) publication.authors.push_back({person.name, person.self});
  // The same words for every work, so that the host says it once for all of them.
  log.warning("orcid.editors-as-authors", editors.front().node,
              "the work names no author: its editors (contributor-role editor or chair-or-translator) are taken as "
              "its authors");
  contributors.authors = std::move(editors);
}

void keep_other_contributors(const WorkContributors& contributors, Json& kept, ImportLog& log) {
  if (contributors.others.empty()) return;
  Json list = Json::array();
  for (const WorkContributor& person : contributors.others) {
    Json entry = {{"name", person.name}, {"roles", person.roles}};
    if (!person.orcid.empty()) entry["orcid"] = person.orcid;
    list.push_back(std::move(entry));
  }
  kept["contributors"] = std::move(list);
  log.warning("orcid.not-an-author", contributors.others.front().node,
              "contributors whose roles are not authorship (editor, chair-or-translator, assignee, support-staff) "
              "are left out of the author list, which holds a work's authors only: they are kept, with their "
              "roles, in extra.orcid.contributors");
}

} // namespace cvport::orcid
