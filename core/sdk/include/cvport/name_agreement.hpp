// Whether two spellings of a person's name may name the same person, as author lists spell one
// person ("Adam Ginsburg", "A. Ginsburg", "A. G. Ginsburg"). The BibTeX importer groups its
// owner's spellings with it, and the host decides with it whether the owner one input guessed is
// the owner of the merged CV ("B. Li" in a cite.bib, "Baolin Li" in the CV).
#ifndef CVPORT_NAME_AGREEMENT_HPP
#define CVPORT_NAME_AGREEMENT_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/author_names.hpp" // is_contribution_mark
#include "cvport/folded_text.hpp"
#include "cvport/utf8.hpp"

namespace cvport {

// A name as the model prints it ("First von Last, Jr"), folded (folded_text: case and accents do
// not count, "Mickaël" and "mickael") and cut into words.
struct SplitPersonName {
  std::vector<std::string> given; // dots and hyphens taken as word breaks: "J.-P." is "j", "p"
  std::string family;             // the last word before any ", Jr"
  std::string suffix;             // "jr" of "First Last, Jr"
};

inline SplitPersonName split_person_name(std::string_view spelling) {
  SplitPersonName split;
  std::string name_folded = folded_text(spelling);
  std::string_view name = name_folded;
  size_t comma = name.find(',');
  if (comma != std::string_view::npos) {
    std::string_view suffix = name.substr(comma + 1);
    while (!suffix.empty() && suffix.front() == ' ') suffix.remove_prefix(1);
    split.suffix = std::string(suffix);
    name = name.substr(0, comma);
  }
  std::vector<std::string> words;
  std::string word;
  auto end_word = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (size_t at = 0; at < name.size();) {
    size_t start = at;
    char32_t c = next_code_point(name, at);
    // A break is white space (folded_text made every kind one space), the dot of an initial, or
    // the hyphen of "Jean-Pierre" / "J.-P.".
    if (c == ' ' || c == '.' || c == '-')
      end_word();
    else if (is_contribution_mark(c))
      continue; // "Lew^+" is "Lew", as owner_name_key reads it
    else
      word.append(name.substr(start, at - start));
  }
  end_word();
  if (words.empty()) return split;
  split.family = words.back();
  words.pop_back();
  split.given = std::move(words);
  return split;
}

namespace name_agreement_detail {

inline bool is_initial(std::string_view word) { return count_code_points(word) == 1; }

// "adam" and "a", "a" and "a", "adam" and "adam"; not "adam" and "andrew".
inline bool given_names_agree(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (is_initial(a)) return b.substr(0, a.size()) == a;
  if (is_initial(b)) return a.substr(0, b.size()) == b;
  return false;
}

// Every name of `shorter` after the first is found, in order, in `longer`.
inline bool found_in_order(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  size_t next = 1;
  for (size_t i = 1; i < shorter.size(); ++i) {
    while (next < longer.size() && !given_names_agree(shorter[i], longer[next])) ++next;
    if (next == longer.size()) return false;
    ++next;
  }
  return true;
}

inline std::string concatenated(const std::vector<std::string>& words) {
  std::string all;
  for (const std::string& word : words) all += word;
  return all;
}

} // namespace name_agreement_detail

// Whether the first given name is written out ("Adam", not "A."): the spelling to show.
inline bool writes_first_given_name(const SplitPersonName& name) {
  return !name.given.empty() && !name_agreement_detail::is_initial(name.given[0]);
}

// The same family name and suffix, and given names that agree one by one, each equal or an
// initial of the other, where the first given names agree and the shorter list's other names
// are found in order in the longer list's; or given names that are the same letters without the
// spaces ("Kathryn Huff" and "K. D. Huff", "Soon Ho Kong" and "Soonho Kong"; not "Adam Ginsburg"
// and "Andrew Ginsburg", nor "A. Ginsburg" and "Ginsburg", which says too little).
inline bool split_names_agree(const SplitPersonName& x, const SplitPersonName& y) {
  using namespace name_agreement_detail;
  if (x.family.empty() || x.family != y.family || x.suffix != y.suffix) return false;
  if (x.given.empty() || y.given.empty()) return x.given.empty() && y.given.empty();
  if (concatenated(x.given) == concatenated(y.given)) return true;
  if (!given_names_agree(x.given[0], y.given[0])) return false;
  return x.given.size() <= y.given.size() ? found_in_order(x.given, y.given) : found_in_order(y.given, x.given);
}

inline bool may_name_the_same_person(std::string_view a, std::string_view b) {
  return split_names_agree(split_person_name(a), split_person_name(b));
}

} // namespace cvport

#endif // CVPORT_NAME_AGREEMENT_HPP
