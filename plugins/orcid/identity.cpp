#include "identity.hpp"

#include <map>

#include <fmt/format.h>


namespace cvport::orcid {

namespace {

// Where a colliding identifier sits in the CV, for the message.
std::string id_path(const std::string& source, const ExternalId& id) {
  if (id.type == "doi") return source + ".doi";
  if (id.type == "uri") return source + ".url";
  if (id.type == "arxiv" || id.type == "pmid" || id.type == "isbn") return source + "." + id.type;
  if (id.type == "grant_number" || id.type == "pat") return source + ".number";
  return source;
}

class CollisionFinder {
public:
  explicit CollisionFinder(Reporter& reporter) : reporter_(reporter) {}

  // Marks the item not ready when one of its self ids is an earlier item's; otherwise claims
  // its ids, so that an item never loses to one that is not sent.
  void check(const std::string& source, const std::vector<ExternalId>& ids,
             std::vector<Requirement>& missing) {
    for (const ExternalId& id : ids) {
      auto first = owners_.find(compared(id));
      if (first == owners_.end()) continue;
      std::string what = id.type == "source-work-id" ? "key" : id.type;
      std::string fix = fmt::format(
          "ORCID sees the same {} \"{}\" as {}, so it would refuse one of the two as a "
          "duplicate: this entry is not sent; if it is the same item remove one, otherwise "
          "correct the {}",
          what, id.value, first->second, id.type == "uri" ? "url (give each its own page)" : what);
      reporter_.warning("orcid.duplicate-identifier", id_path(source, id), fix);
      missing.push_back({"duplicate-self-id", id_path(source, id), std::move(fix)});
      return;
    }
    for (const ExternalId& id : ids)
      if (id.relationship == "self") owners_.emplace(compared(id), source);
  }

private:
  static std::string compared(const ExternalId& id) {
    return id.type + "\n" + normalized_id_value(id);
  }

  Reporter& reporter_;
  std::map<std::string, std::string> owners_; // type + normalised value -> CV place
};

} // namespace

void mark_colliding_items(std::vector<WorkItem>& works, std::vector<AffiliationItem>& affiliations,
                          std::vector<FundingItem>& funding, Reporter& reporter) {
  CollisionFinder finder(reporter);
  for (WorkItem& work : works) finder.check(work.source, work.ids, work.missing);
  for (AffiliationItem& item : affiliations) finder.check(item.source, item.ids, item.missing);
  // ORCID checks a funding's self ids against the client's other fundings
  // (ProfileFundingManagerImpl.createOrUpdateFunding -> ActivityValidator
  // .checkExternalIdentifiersForDuplicates): two grants with one grant number, one is refused.
  for (FundingItem& item : funding) finder.check(item.source, item.ids, item.missing);
}

} // namespace cvport::orcid
