// "Did you mean ...?" for misspelled names: fields, options, format ids and commands.
#ifndef CVPORT_SUGGEST_HPP
#define CVPORT_SUGGEST_HPP

#include <span>
#include <string>
#include <string_view>

namespace cvport {

// The candidate closest to `word` by edit distance (case-insensitive), if it is close enough
// to be a plausible typo, or the one candidate that `word` is the first part of ("workshop" for
// "workshop-paper"); empty otherwise.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

} // namespace cvport

#endif
