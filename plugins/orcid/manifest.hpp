// manifest.json: what a sync client needs to send the bundle to ORCID. Each file with the
// request that creates its items (method, API path, OAuth scope), the CV entries it came from,
// their self identifiers (to match them on a re-sync), whether ORCID would accept it as it is,
// and every CV entry the bundle leaves out, with the reason.
#ifndef CVPORT_ORCID_MANIFEST_HPP
#define CVPORT_ORCID_MANIFEST_HPP

#include <span>
#include <string>
#include <vector>

#include "bundle.hpp"
#include "cvport/model_json.hpp"

namespace cvport::orcid {

class Manifest {
public:
  // `orcid`: the person's iD, or empty to write "{orcid}" in the API paths.
  explicit Manifest(std::string orcid) : orcid_(std::move(orcid)) {}

  void add_works(const std::string& file, std::span<const WorkItem> works);
  void add_affiliation(const std::string& file, const AffiliationItem& item);
  void add_person_item(const std::string& file, const PersonItem& item);

  // The manifest's bytes: JSON, two-space indentation, final newline.
  std::string document(const std::vector<Skipped>& skipped) const;

private:
  Json request(const std::string& file, const std::string& item_type,
               const std::string& api_section, bool person_scope) const;

  std::string orcid_;
  Json items_ = Json::array();
};

} // namespace cvport::orcid

#endif
