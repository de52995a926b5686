#include "owner_spellings.hpp"

#include <algorithm>
#include <set>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "cvport/author_names.hpp"
#include "cvport/text.hpp"
#include "cvport/utf8.hpp"

namespace cvport::bibtex {
namespace {

struct SplitName {
  std::vector<std::string> given; // folded (below), dots and hyphens taken as word breaks
  std::string family;
  std::string suffix; // "jr" of "First Last, Jr"
};

// Lower case without accents ("Mickaël" and "Mickael" are spelled both ways in one file): ICU's
// canonical decomposition, its non-spacing marks dropped, then ICU's full case folding.
std::string folded(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return lower_ascii(text);
  icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size()))), status);
  if (U_FAILURE(status)) return lower_ascii(text);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
    i += U16_LENGTH(c);
  }
  std::string out;
  bare.foldCase().toUTF8String(out);
  return out;
}

SplitName split_name(std::string_view spelling) {
  SplitName split;
  std::string name_folded = folded(spelling);
  std::string_view name = name_folded;
  size_t comma = name.find(',');
  if (comma != std::string_view::npos) {
    split.suffix = std::string(trim_space(name.substr(comma + 1)));
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
    // A break is white space (a tie "~" is U+00A0 by now), the dot of an initial, or the hyphen
    // of "Jean-Pierre" / "J.-P.".
    if (c == ' ' || c == '\t' || c == 0xA0 || c == '.' || c == '-')
      end_word();
    else if (is_contribution_mark(c))
      continue; // "Lew^+" is "Lew", as the host reads it
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

bool is_initial(std::string_view word) { return count_code_points(word) == 1; }

// "adam" and "a", "a" and "a", "adam" and "adam"; not "adam" and "andrew".
bool given_names_agree(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (is_initial(a)) return b.substr(0, a.size()) == a;
  if (is_initial(b)) return a.substr(0, b.size()) == b;
  return false;
}

// Every name of `shorter` is found, in order, in `longer`.
bool found_in_order(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  size_t next = 1;
  for (size_t i = 1; i < shorter.size(); ++i) {
    while (next < longer.size() && !given_names_agree(shorter[i], longer[next])) ++next;
    if (next == longer.size()) return false;
    ++next;
  }
  return true;
}

std::string concatenated(const std::vector<std::string>& words) {
  std::string all;
  for (const std::string& word : words) all += word;
  return all;
}

bool agree(const SplitName& x, const SplitName& y) {
  if (x.family.empty() || x.family != y.family || x.suffix != y.suffix) return false;
  if (x.given.empty() || y.given.empty()) return x.given.empty() && y.given.empty();
  // "Soon Ho Kong" and "Soonho Kong".
  if (concatenated(x.given) == concatenated(y.given)) return true;
  if (!given_names_agree(x.given[0], y.given[0])) return false;
  return x.given.size() <= y.given.size() ? found_in_order(x.given, y.given) : found_in_order(y.given, x.given);
}

} // namespace

bool may_name_the_same_person(std::string_view a, std::string_view b) { return agree(split_name(a), split_name(b)); }

OwnerSpellings choose_owner_spellings(const std::map<std::string, size_t>& counts,
                                      const std::vector<std::string>& first_seen, const std::set<std::string>& bold) {
  struct Spelling {
    const std::string* text;
    SplitName split;
    size_t count;
  };
  // The spellings, most used first, the first seen first on a tie; each split once.
  std::vector<Spelling> ranked;
  for (const std::string& spelling : first_seen) {
    auto found = counts.find(spelling);
    ranked.push_back({&spelling, split_name(spelling), found == counts.end() ? size_t(0) : found->second});
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
    if (!bold.empty() && !bold.count(*ranked[i].text)) continue;
    size_t total = 0;
    for (size_t j : namesakes(i))
      if (j == i || agree(ranked[i].split, ranked[j].split)) total += ranked[j].count;
    if (total > best) best = total, anchor = i;
  }
  if (anchor == ranked.size()) return owner;
  // Shown: the most used of them that writes the first given name out, else the anchor itself.
  size_t shown = anchor;
  for (size_t j : namesakes(anchor)) {
    const SplitName& split = ranked[j].split;
    if (!split.given.empty() && !is_initial(split.given[0]) && (j == anchor || agree(ranked[anchor].split, split))) {
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
    if (j != shown && (j == anchor || agree(ranked[anchor].split, ranked[j].split)) &&
        agree(ranked[shown].split, ranked[j].split)) {
      if (keys.insert(owner_name_key(*ranked[j].text)).second) owner.variants.push_back(*ranked[j].text);
      owner.entries += ranked[j].count;
    }
  return owner;
}

} // namespace cvport::bibtex
