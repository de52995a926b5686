#include "locator.hpp"

#include "json_path.hpp"

namespace cvport::jsonresume {

namespace {

// Whether `path` is `prefix` or lies below it.
bool is_within(std::string_view path, std::string_view prefix) {
  if (path.substr(0, prefix.size()) != prefix) return false;
  return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

} // namespace

void Locator::map(std::string canonical, std::string input) {
  mappings_.emplace_back(std::move(canonical), std::move(input));
}

void Locator::remap(const std::string& canonical, std::string input) {
  for (auto& mapping : mappings_)
    if (mapping.first == canonical) {
      mapping.second = std::move(input);
      return;
    }
  map(canonical, std::move(input));
}

const std::pair<std::string, std::string>* Locator::covering(std::string_view canonical) const {
  const std::pair<std::string, std::string>* best = nullptr;
  for (const auto& mapping : mappings_)
    if (is_within(canonical, mapping.first) && (!best || mapping.first.size() > best->first.size()))
      best = &mapping;
  return best;
}

std::string Locator::locate(std::string_view canonical) const {
  if (const auto* mapping = covering(canonical))
    return mapping->second + std::string(canonical.substr(mapping->first.size()));
  for (const auto& mapping : mappings_)
    if (!canonical.empty() && is_within(mapping.first, canonical)) return mapping.second;
  return join_path(fallback_, canonical);
}

bool Locator::is_standard(std::string_view canonical) const { return covering(canonical) != nullptr; }

} // namespace cvport::jsonresume
