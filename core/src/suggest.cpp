#include "cvport/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace cvport {

namespace {

bool same_letter(char x, char y) {
  return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring letters ("shuot" -> "shout") each cost one.
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same_letter(a[i - 1], b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && same_letter(a[i - 1], b[j - 2]) && same_letter(a[i - 2], b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

} // namespace

std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  if (word.size() > 64) return {}; // not a typo, and quadratic cost
  std::string_view best;
  size_t best_distance = SIZE_MAX;
  for (std::string_view candidate : candidates) {
    size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  // A typo changes at most about a third of a word, and at least one letter of a short one.
  size_t allowed = std::max<size_t>(1, std::max(word.size(), best.size()) / 3);
  if (best_distance <= allowed) return std::string(best);
  // A short form of a compound name: "workshop" for "workshop-paper", "page" for "page_size",
  // when it names one candidate only.
  std::string_view completed;
  for (std::string_view candidate : candidates) {
    bool starts_with_word = word.size() >= 3 && candidate.size() > word.size() &&
                            (candidate[word.size()] == '-' || candidate[word.size()] == '_') &&
                            std::equal(word.begin(), word.end(), candidate.begin(), same_letter);
    if (!starts_with_word) continue;
    if (!completed.empty()) return {};
    completed = candidate;
  }
  return std::string(completed);
}

} // namespace cvport
