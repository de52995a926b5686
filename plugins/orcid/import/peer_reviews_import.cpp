// Peer reviews -> service: one entry per venue (the convening organisation, else the review
// group's id, an ISSN), role "Reviewer" with the number of reviews, dates the first and last
// completion. A CV lists where one reviews, not each review.
#include <map>

#include "cvport/date.hpp"
#include "identifiers.hpp"
#include "import_state.hpp"
#include "xml_values.hpp"

namespace cvport::orcid {

namespace {

struct Venue {
  pugi::xml_node first;
  Organization organization;
  std::string group_id;
  size_t count = 0;
  Date first_date, last_date;
};

bool is_review(std::string_view name) {
  // peer-review:summary is the older name some 3.0 documents (ORCID's own sample) still use.
  return name == "peer-review-summary" || name == "peer-review" || name == "summary";
}

// Every review under `node`. A 3.0 peer-review-group holds one review as each of its sources gave
// it (activities-3.0.xsd types it "peer-review-duplicates"; the venue's group holds these): it is
// counted once, read from the version that says most. A 2.x group holds the reviews themselves.
void collect(const pugi::xml_node& node, std::vector<pugi::xml_node>& reviews) {
  if (is_review(local_name(node))) {
    reviews.push_back(node);
    return;
  }
  std::vector<pugi::xml_node> versions;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(node) == "peer-review-group" && is_review(local_name(child)))
      versions.push_back(child);
    else
      collect(child, reviews);
  }
  if (!versions.empty()) reviews.push_back(most_complete(versions));
}

} // namespace

void import_peer_reviews(const pugi::xml_node& node, ImportState& state) {
  std::vector<pugi::xml_node> reviews;
  collect(node, reviews);
  std::vector<Venue> venues;
  std::map<std::string, size_t> venue_of;
  for (pugi::xml_node review : reviews) {
    Organization organization = read_organization(child_named(review, "convening-organization"), state.log);
    std::string group_id = text_at(review, {"review-group-id"});
    std::string key = organization.name.empty() ? "group:" + group_id : "org:" + normalized_text(organization.name);
    auto [at, added] = venue_of.try_emplace(key, venues.size());
    if (added) venues.push_back({review, organization, group_id});
    Venue& venue = venues[at->second];
    ++venue.count;
    Date date = fuzzy_date(child_named(review, "completion-date"), state.log);
    if (date.empty()) continue;
    if (venue.first_date.empty() || compare_dates(date, venue.first_date) < 0) venue.first_date = date;
    if (venue.last_date.empty() || compare_dates(date, venue.last_date) > 0) venue.last_date = date;
  }
  for (Venue& venue : venues) {
    std::string path = "service[" + std::to_string(state.cv.service.size()) + "]";
    state.log.origin(path, venue.first);
    Service service{.role = "Reviewer (" + std::to_string(venue.count) + (venue.count == 1 ? " review)" : " reviews)"),
                    .venue = venue.organization.name.empty() ? venue.group_id : venue.organization.name,
                    .kind = "reviewer",
                    .organization = venue.organization,
                    .start = venue.first_date,
                    .end = venue.last_date == venue.first_date ? Date{} : venue.last_date};
    state.cv.service.push_back(std::move(service));
  }
}

} // namespace cvport::orcid
