// The CV owner of author lists that name none (a .bib file, several of them): the spelling in the
// most lists, with the other spellings of that person's name the lists use ("Adam Ginsburg",
// "A. Ginsburg", "A. G. Ginsburg"), so that every list naming them marks them as its author. The
// BibTeX importer chooses its file's owner with it, and the host the owner of several inputs that
// each guessed their own.
#ifndef CVPORT_OWNER_SPELLINGS_HPP
#define CVPORT_OWNER_SPELLINGS_HPP

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cvport/author_names.hpp"
#include "cvport/name_agreement.hpp"

namespace cvport {

struct OwnerSpellings {
  std::string name;                   // shown as person.name; empty when no spelling is allowed
  std::vector<std::string> variants;  // the other spellings, most used first
  size_t entries = 0;                 // author lists naming the owner in any of these spellings
};

// `counts`: how many author lists each spelling is in; `first_seen`: the spellings in the order the
// lists first use them (the first wins a tie); `allowed`: when not empty, the only spellings that
// can be the owner (the BibTeX importer's names written in bold: CV templates bold their owner's
// name, and a co-author on every paper, or a collaboration, may be named more often; the host's
// owners the importers guessed, one per input). The owner is the spelling in the most author
// lists, counting with it the spellings that may name the same person (may_name_the_same_person).
// The name shown is the most used of the owner's spellings that writes the first given name out;
// the variants are the others that may name the same person as both.
inline OwnerSpellings choose_owner_spellings(const std::map<std::string, size_t>& counts,
                                             const std::vector<std::string>& first_seen,
                                             const std::set<std::string>& allowed = {}) {
  struct Spelling {
    const std::string* text;
    SplitPersonName split;
    size_t count;
  };
  // The spellings, most used first, the first seen first on a tie; each split once.
  std::vector<Spelling> ranked;
  for (const std::string& spelling : first_seen) {
    auto found = counts.find(spelling);
    ranked.push_back({&spelling, split_person_name(spelling), found == counts.end() ? size_t(0) : found->second});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Spelling& a, const Spelling& b) { return a.count > b.count; });
  // Only spellings with the same family name can agree: compare within those groups.
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_family;
  for (size_t i = 0; i < ranked.size(); ++i) by_family[{ranked[i].split.family, ranked[i].split.suffix}].push_back(i);
  auto namesakes = [&](size_t i) -> const std::vector<size_t>& {
    return by_family.at({ranked[i].split.family, ranked[i].split.suffix});
  };

  // The owner is the spelling named in the most author lists, counting the spellings that may
  // name the same person ("Soon Ho Kong" 3 and "Soonho Kong" 6 outnumber "Frank Permenter" 8).
  OwnerSpellings owner;
  size_t anchor = ranked.size(), best = 0;
  for (size_t i = 0; i < ranked.size(); ++i) {
    if (!allowed.empty() && !allowed.count(*ranked[i].text)) continue;
    size_t total = 0;
    for (size_t j : namesakes(i))
      if (j == i || split_names_agree(ranked[i].split, ranked[j].split)) total += ranked[j].count;
    if (total > best) best = total, anchor = i;
  }
  if (anchor == ranked.size()) return owner;
  // Shown: the most used of them that writes the first given name out, else the anchor itself.
  size_t shown = anchor;
  for (size_t j : namesakes(anchor)) {
    if (writes_first_given_name(ranked[j].split) && (j == anchor || split_names_agree(ranked[anchor].split, ranked[j].split))) {
      shown = j;
      break;
    }
  }
  owner.name = *ranked[shown].text;
  owner.entries = ranked[shown].count;
  // The variants agree with both ("A. Ginsburg" may be Adam or Andrew; shown is "Adam Ginsburg").
  // A spelling the host already takes for another ("Lew^+" for "Lew") is counted, not listed.
  std::set<std::string> keys = {owner_name_key(owner.name)};
  for (size_t j : namesakes(anchor))
    if (j != shown && (j == anchor || split_names_agree(ranked[anchor].split, ranked[j].split)) &&
        split_names_agree(ranked[shown].split, ranked[j].split)) {
      if (keys.insert(owner_name_key(*ranked[j].text)).second) owner.variants.push_back(*ranked[j].text);
      owner.entries += ranked[j].count;
    }
  return owner;
}

} // namespace cvport

#endif // CVPORT_OWNER_SPELLINGS_HPP
