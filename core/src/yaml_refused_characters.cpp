#include "yaml_refused_characters.hpp"

#include <cstdint>

#include "cvport/utf8.hpp"

namespace cvport {

namespace {

// Stand-in U+10FF00 + `slot`: its UTF-8 form is F4 8F (BC + slot / 64) (80 + slot % 64).
constexpr unsigned char stand_in_lead = 0xF4, stand_in_second = 0x8F;

// Slots: a control below U+0100 keeps its own value; U+2028 and U+2029 take A8 and A9 and
// U+FFFE and U+FFFF take FE and FF (all printable below U+0100, so never taken by a control).
uint32_t original_of(unsigned slot) {
  switch (slot) {
  case 0xA8: return 0x2028;
  case 0xA9: return 0x2029;
  case 0xFE: return 0xFFFE;
  case 0xFF: return 0xFFFF;
  default: return slot;
  }
}


void append_stand_in(std::string& out, unsigned slot) { append_utf8(out, 0x10FF00 + slot); }

bool is_stand_in_at(std::string_view text, size_t i) {
  return i + 3 < text.size() && static_cast<unsigned char>(text[i]) == stand_in_lead &&
         static_cast<unsigned char>(text[i + 1]) == stand_in_second &&
         static_cast<unsigned char>(text[i + 2]) >= 0xBC && static_cast<unsigned char>(text[i + 2]) <= 0xBF &&
         (static_cast<unsigned char>(text[i + 3]) & 0xC0) == 0x80;
}

// The stand-in slot of the character at `i` and its length in bytes, or length 0 when the
// character is one libyaml reads as cvport does. Byte patterns suffice: in UTF-8 each of them
// can only be the character it encodes.
struct Match {
  unsigned slot;
  size_t length;
};
Match match_at(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  unsigned b0 = byte(i);
  if ((b0 < 0x20 && b0 != '\t' && b0 != '\n' && b0 != '\r') || b0 == 0x7F) return {b0, 1};
  if (b0 == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) return {byte(i + 1), 2};
  if (b0 == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9)) return {byte(i + 2), 3};
  if (b0 == 0xEF && byte(i + 1) == 0xBF && (byte(i + 2) == 0xBE || byte(i + 2) == 0xBF))
    return {byte(i + 2) == 0xBE ? 0xFEu : 0xFFu, 3};
  return {0, 0};
}

} // namespace

std::optional<std::string> with_yaml_stand_ins(std::string_view text) {
  size_t first = 0;
  while (first < text.size() && match_at(text, first).length == 0) ++first;
  if (first == text.size()) return std::nullopt;
  for (size_t i = 0; i < text.size(); ++i)
    if (is_stand_in_at(text, i)) return std::nullopt;
  std::string out(text.substr(0, first));
  out.reserve(text.size() + 16);
  for (size_t i = first; i < text.size();) {
    Match match = match_at(text, i);
    if (match.length == 0) {
      out += text[i++];
    } else {
      append_stand_in(out, match.slot);
      i += match.length;
    }
  }
  return out;
}

void restore_yaml_stand_ins(std::string& text) {
  if (text.find(char(stand_in_lead)) == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (is_stand_in_at(text, i)) {
      unsigned slot = ((static_cast<unsigned char>(text[i + 2]) - 0xBC) << 6) | (static_cast<unsigned char>(text[i + 3]) & 0x3F);
      append_utf8(out, original_of(slot));
      i += 4;
    } else {
      out += text[i++];
    }
  }
  text = std::move(out);
}

} // namespace cvport
