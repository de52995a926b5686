// libyaml 0.2.5 (Debian 12) counts characters outside the Basic Multilingual Plane as not
// printable, so its emitter writes an emoji as "\U0001F600" in double quotes. A CV written for
// people to edit keeps them as they are: before emitting, each distinct such character is swapped
// for a private-use character of the BMP that the text does not contain (one character for one,
// so line widths stay the same), and swapped back in the emitted text.
#ifndef CVPORT_SRC_YAML_ASTRAL_STAND_INS_HPP
#define CVPORT_SRC_YAML_ASTRAL_STAND_INS_HPP

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cvport/model_json.hpp"

namespace cvport {

class AstralStandIns {
public:
  // Swaps the characters in every string and member name of `value`; the pairs are remembered
  // for restore(). Nothing when `value` has no such character (no copy of a large model).
  std::optional<Json> swap_out(const Json& value);
  // Puts the original characters back in text emitted from swap_out's result.
  std::string restore(const std::string& text) const;

private:
  void collect(const Json& value);
  Json swapped(const Json& value) const;

  std::set<std::string> astral_;                            // characters to swap
  std::set<std::string> used_;                              // BMP characters the text has
  std::vector<std::pair<std::string, std::string>> swaps_; // (original, stand-in)
};

} // namespace cvport

#endif
