// Stable self identifiers for CV entries without a DOI. ORCID needs a `self` external id on
// every work, and matches re-sent items by it (409 on a duplicate), so the id must stay the
// same from one export to the next: it is derived from what the entry is, not where it sits.
#ifndef CVPORT_ORCID_SELF_IDS_HPP
#define CVPORT_ORCID_SELF_IDS_HPP

#include <map>
#include <string>
#include <string_view>

#include "report.hpp"

namespace cvport::orcid {

// "cv-talk-2023-5d41402abc4b": the kind of entry, its year ("nd" without one) and 48 bits of
// the FNV-1a hash of kind, year and `identity` (the title, plus the organisation for
// affiliations), with case and spacing ignored. Moving an entry or fixing its capitalisation
// keeps its id; changing its title, year or kind makes it a new item.
std::string derive_source_work_id(std::string_view kind, int year, std::string_view identity);

// Mints ids for one export: a second entry with the same kind, title and year would get the
// same id and ORCID would refuse it as a duplicate, so it gets "-2" (a warning says so).
class SelfIdMinter {
public:
  explicit SelfIdMinter(Reporter& reporter) : reporter_(reporter) {}
  std::string mint(std::string_view kind, int year, std::string_view identity,
                   std::string_view source);

private:
  Reporter& reporter_;
  std::map<std::string, std::string> first_source_; // id -> source of the entry that has it
};

} // namespace cvport::orcid

#endif
