// Affiliations: employments and invited positions -> work; educations and qualifications ->
// education; services and memberships -> service; distinctions -> awards.
#include "cvport/text.hpp"
#include "import_state.hpp"
#include "vocabulary.hpp"
#include "xml_values.hpp"

namespace cvport::orcid {

namespace {

struct Affiliation {
  pugi::xml_node node;
  std::string role, department, url;
  Organization organization;
  Date start, end;
};

Affiliation read_affiliation(const pugi::xml_node& node, ImportState& state) {
  note_unknown_children(node, {CVPORT_ORCID_ITEM_COMMON, "department-name", "role-title", "start-date", "end-date",
                               "organization"},
                        state.log);
  Affiliation a{.node = node};
  a.role = text_at(node, {"role-title"});
  a.department = text_at(node, {"department-name"});
  pugi::xml_node url = child_named(node, "url");
  a.url = checked(TextKind::url, text_at(url), url, "the web address", state.log);
  a.organization = read_organization(child_named(node, "organization"), state.log);
  a.organization.department = a.department;
  a.start = fuzzy_date(child_named(node, "start-date"), state.log);
  a.end = fuzzy_date(child_named(node, "end-date"), state.log);
  return a;
}

std::string indexed(std::string_view section, size_t index) {
  return std::string(section) + "[" + std::to_string(index) + "]";
}

void add_work(Affiliation& a, ImportState& state) {
  std::string path = indexed("work", state.cv.work.size());
  state.log.origin(path, a.node);
  state.log.origin(path + ".organization", child_named(a.node, "organization"));
  state.cv.work.push_back({.organization = a.organization, .position = a.role, .start = a.start, .end = a.end, .url = a.url});
}

// The ORCID export writes "<degree> in <field>" as the role title.
void add_education(Affiliation& a, ImportState& state) {
  Education education{.institution = a.organization, .start = a.start, .end = a.end, .url = a.url};
  size_t in = a.role.find(" in ");
  if (in == std::string::npos) {
    education.degree = a.role;
  } else {
    education.degree = a.role.substr(0, in);
    education.field = a.role.substr(in + 4);
  }
  std::string path = indexed("education", state.cv.education.size());
  state.log.origin(path, a.node);
  state.log.origin(path + ".institution", child_named(a.node, "organization"));
  state.cv.education.push_back(std::move(education));
}

std::string service_kind(std::string_view role) {
  std::string text = lower_ascii(role);
  if (text.find("review") != std::string::npos || text.find("referee") != std::string::npos) return "reviewer";
  if (text.find("editor") != std::string::npos) return "editor";
  if (text.find("committee") != std::string::npos || text.find("board") != std::string::npos) return "committee";
  if (text.find("organi") != std::string::npos || text.find("chair") != std::string::npos) return "organizer";
  return "other";
}

void add_service(Affiliation& a, std::string_view section, ImportState& state) {
  Service service{.role = a.role, .organization = a.organization, .start = a.start, .end = a.end, .url = a.url};
  // The ORCID export writes "<role>, <venue>" with the venue as the organisation.
  std::string suffix = ", " + a.organization.name;
  if (!a.organization.name.empty() && a.role.size() > suffix.size() &&
      a.role.compare(a.role.size() - suffix.size(), suffix.size(), suffix) == 0) {
    service.role = a.role.substr(0, a.role.size() - suffix.size());
    service.venue = a.organization.name;
  }
  if (service.role.empty()) service.role = section == "membership" ? "Member" : "Service";
  service.kind = section == "membership" ? "other" : service_kind(service.role);
  std::string path = indexed("service", state.cv.service.size());
  state.log.origin(path, a.node);
  state.cv.service.push_back(std::move(service));
}

void add_award(Affiliation& a, ImportState& state) {
  std::string path = indexed("awards", state.cv.awards.size());
  state.log.origin(path, a.node);
  state.cv.awards.push_back({.title = a.role, .awarder = a.organization, .date = a.start});
}

void import_affiliation(const pugi::xml_node& node, std::string_view section, ImportState& state) {
  Affiliation a = read_affiliation(node, state);
  if (a.organization.name.empty()) {
    state.log.warning("orcid.no-organization", node, "an affiliation without an organisation name is left out");
    return;
  }
  if (a.role.empty() && (section == "employment" || section == "invited-position" || section == "distinction")) {
    // The CV needs a position (a title for a distinction): the department, else the section, stands in.
    a.role = !a.department.empty() ? a.department
             : section == "distinction" ? "Distinction"
             : section == "invited-position" ? "Invited position" : "Employee";
    state.log.note("orcid.no-role", node,
                   "no role-title: the entry is read with " + in_quotes(a.role) + "; name the role in the CV");
  }
  // ORCID shows a start date without an end date as "<start> to present" (orcid-angular,
  // src/app/record/components/affiliation/affiliation.component.html): the CV says it with
  // `end: present`, as the ORCID export reads it back. A distinction is dated by its start alone.
  if (section != "distinction" && !a.start.empty() && a.end.empty()) a.end.present = true;
  if (section == "employment" || section == "invited-position") return add_work(a, state);
  if (section == "education" || section == "qualification") return add_education(a, state);
  if (section == "service" || section == "membership") return add_service(a, section, state);
  add_award(a, state);
}

} // namespace

std::string affiliation_section_of(std::string_view name) {
  for (std::string_view section : kAffiliationSections) {
    if (name == section || name == std::string(section) + "s" || name == std::string(section) + "-summary")
      return std::string(section);
  }
  return "";
}

// An affiliation-group holds one affiliation as each of its sources gave it (ORCID groups the
// items that share an identifier, as it groups works): one entry, read from the version that
// says most. A 2.x list holds its items ungrouped: each is an entry.
void import_affiliations(const pugi::xml_node& node, std::string_view section, ImportState& state) {
  std::string item(section), summary = item + "-summary";
  std::string_view name = local_name(node);
  if (name == item || name == summary) return import_affiliation(node, section, state);
  std::vector<pugi::xml_node> versions;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view child_name = local_name(child);
    if (child_name == item || child_name == summary)
      versions.push_back(child);
    else if (child_name == "affiliation-group")
      import_affiliations(child, section, state);
  }
  if (name == "affiliation-group" && !versions.empty()) return import_affiliation(most_complete(versions), section, state);
  for (const pugi::xml_node& version : versions) import_affiliation(version, section, state);
}

} // namespace cvport::orcid
