// The keys of the bundle's items. ORCID matches a client's re-sent items by their self external
// ids (409 on a duplicate), and a sync client matches them by key, so an item's key must stay
// the same from one export to the next while the entry is the same entry: it comes from the
// entry's `id` when it has one, otherwise from what the entry is, never from where it sits.
// The key is also the item's self source-work-id.
#ifndef CVPORT_ORCID_SELF_IDS_HPP
#define CVPORT_ORCID_SELF_IDS_HPP

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "identifiers.hpp"
#include "report.hpp"

namespace cvport::orcid {

// "talk:2023-5d41402abc4b": the kind of entry, its year ("nd" without one) and 48 bits of the
// FNV-1a hash of kind, year and `identity` (the title, plus the organisation for affiliations),
// with case and spacing ignored. Moving an entry or fixing its capitalisation keeps the key;
// changing its title, year or kind makes it a new item.
std::string derive_key(std::string_view kind, int year, std::string_view identity);

// Gives keys for one export. `kind` is the CV kind of the entry ("publication", "talk",
// "education", "volunteer", or the target of a user-named section), which tells a sync client
// which options an item depends on (manifest.json's "authoritative").
class KeyMaker {
public:
  explicit KeyMaker(Reporter& reporter) : reporter_(reporter) {}

  // "kind:id" for an entry with an `id` (unique in the CV: core checks it); otherwise the
  // derived key, with "-2" when a second entry has the same kind, title and year (a warning
  // says so, since that key then depends on the order).
  std::string key(std::string_view kind, std::string_view id, int year, std::string_view identity,
                  std::string_view source);

  // One note listing the entries whose key was derived, so their identity follows their title
  // and year: they should get an `id`. Nothing when every entry has one.
  void report_entries_without_id();

private:
  Reporter& reporter_;
  std::map<std::string, std::string> first_source_; // key -> source of the entry that has it
  std::vector<std::string> derived_;                 // sources of the entries without an id
};

} // namespace cvport::orcid

#endif
