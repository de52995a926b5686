#include "yaml_astral_stand_ins.hpp"

#include "cvport/utf8.hpp"

namespace cvport {

namespace {

constexpr char32_t kFirstPrivateUse = 0xE000;
constexpr char32_t kLastPrivateUse = 0xF8FF;

std::string utf8_of_bmp(char32_t c) {
  std::string bytes;
  append_utf8(bytes, c);
  return bytes;
}

// Replaces every occurrence of each pair's first by its second.
std::string replace_all(const std::string& text, const std::vector<std::pair<std::string, std::string>>& pairs,
                        bool forward) {
  std::string result = text;
  for (const auto& [original, stand_in] : pairs) {
    const std::string& from = forward ? original : stand_in;
    const std::string& to = forward ? stand_in : original;
    for (size_t at = result.find(from); at != std::string::npos; at = result.find(from, at + to.size()))
      result.replace(at, from.size(), to);
  }
  return result;
}

} // namespace

void AstralStandIns::collect(const Json& value) {
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      collect(Json(key));
      collect(member);
    }
  } else if (value.is_array()) {
    for (const Json& item : value) collect(item);
  } else if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    for (size_t i = 0; i < text.size();) {
      auto lead = static_cast<unsigned char>(text[i]);
      size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (length == 4) astral_.insert(text.substr(i, length));
      if (length == 3) used_.insert(text.substr(i, length));
      i += length;
    }
  }
}

Json AstralStandIns::swapped(const Json& value) const {
  if (value.is_object()) {
    Json object = Json::object();
    for (const auto& [key, member] : value.items()) object[replace_all(key, swaps_, true)] = swapped(member);
    return object;
  }
  if (value.is_array()) {
    Json array = Json::array();
    for (const Json& item : value) array.push_back(swapped(item));
    return array;
  }
  if (value.is_string()) return replace_all(value.get<std::string>(), swaps_, true);
  return value;
}

std::optional<Json> AstralStandIns::swap_out(const Json& value) {
  collect(value);
  char32_t next = kFirstPrivateUse;
  for (const std::string& character : astral_) {
    while (next <= kLastPrivateUse && used_.count(utf8_of_bmp(next))) ++next;
    if (next > kLastPrivateUse) break; // the rest stay escaped: still correct, only less readable
    swaps_.emplace_back(character, utf8_of_bmp(next++));
  }
  if (swaps_.empty()) return std::nullopt;
  return swapped(value);
}

std::string AstralStandIns::restore(const std::string& text) const { return replace_all(text, swaps_, false); }

} // namespace cvport
