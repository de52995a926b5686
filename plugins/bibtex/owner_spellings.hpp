// The CV owner of a .bib file that names none: its most frequent author, with the other spellings
// of that author's name the file uses ("Adam Ginsburg", "A. Ginsburg", "A. G. Ginsburg"), so
// that every entry of theirs marks them as its author.
#ifndef CVPORT_BIBTEX_OWNER_SPELLINGS_HPP
#define CVPORT_BIBTEX_OWNER_SPELLINGS_HPP

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cvport::bibtex {

// Two spellings, as the model prints names ("First von Last, Jr"), may name the same person:
// the same family name (the last word before any ", Jr"), and given names that agree one by one,
// each equal or an initial of the other, where the first given names agree and the shorter
// list's other names are found in order in the longer list's, or given names that are the same
// letters without the spaces ("Kathryn Huff" and "K. D. Huff", "Soon Ho Kong" and "Soonho Kong";
// not "Adam Ginsburg" and "Andrew Ginsburg", nor "A. Ginsburg" and "Ginsburg", which says too
// little). Case and accents do not count ("Mickaël" and "mickael").
bool may_name_the_same_person(std::string_view a, std::string_view b);

struct OwnerSpellings {
  std::string name;                   // shown as person.name
  std::vector<std::string> variants;  // the other spellings, most used first
  size_t entries = 0;                 // author lists naming the owner in any of these spellings
};

// `counts`: how many author lists each spelling is in; `first_seen`: the spellings in the order the
// file first uses them (the first wins a tie); `bold`: the spellings some list writes in bold. The
// owner is the spelling in the most author lists, counting with it the spellings that may name the
// same person; when the file writes names in bold, only a bold spelling can be it (CV templates
// bold their owner's name, and a co-author on every paper, or a collaboration, may be named more
// often). The name shown is the most used of the owner's spellings that writes the first given
// name out; the variants are the others that may name the same person as both.
OwnerSpellings choose_owner_spellings(const std::map<std::string, size_t>& counts,
                                      const std::vector<std::string>& first_seen,
                                      const std::set<std::string>& bold = {});

} // namespace cvport::bibtex

#endif
