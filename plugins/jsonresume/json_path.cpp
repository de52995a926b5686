#include "json_path.hpp"

#include <vector>

namespace cvport::jsonresume {

namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t dot = path.find('.', start);
    if (dot == std::string_view::npos) dot = path.size();
    parts.emplace_back(path.substr(start, dot - start));
    start = dot + 1;
  }
  return parts;
}

} // namespace

const Json* find_path(const Json& object, std::string_view path) {
  const Json* current = &object;
  for (const std::string& part : split_path(path)) {
    if (!current->is_object()) return nullptr;
    auto it = current->find(part);
    if (it == current->end()) return nullptr;
    current = &*it;
  }
  return current;
}

bool has_path(const Json& object, std::string_view path) { return find_path(object, path) != nullptr; }

void set_path(Json& object, std::string_view path, Json value) {
  Json* current = &object;
  std::vector<std::string> parts = split_path(path);
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    Json& next = (*current)[parts[i]];
    if (!next.is_object()) next = Json::object();
    current = &next;
  }
  (*current)[parts.back()] = std::move(value);
}

Json take_path(Json& object, std::string_view path) {
  std::vector<std::string> parts = split_path(path);
  std::vector<Json*> chain{&object};
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    Json& parent = *chain.back();
    if (!parent.is_object() || !parent.contains(parts[i])) return Json();
    chain.push_back(&parent[parts[i]]);
  }
  Json& parent = *chain.back();
  if (!parent.is_object() || !parent.contains(parts.back())) return Json();
  Json value = std::move(parent[parts.back()]);
  parent.erase(parts.back());
  for (size_t i = chain.size() - 1; i > 0; --i) {
    if (!chain[i]->empty()) break;
    chain[i - 1]->erase(parts[i - 1]);
  }
  return value;
}

std::string join_path(std::string_view parent, std::string_view child) {
  if (parent.empty()) return std::string(child);
  if (child.empty()) return std::string(parent);
  if (child.front() == '[') return std::string(parent) + std::string(child);
  return std::string(parent) + "." + std::string(child);
}

std::string index_path(std::string_view parent, size_t index) {
  return std::string(parent) + "[" + std::to_string(index) + "]";
}

} // namespace cvport::jsonresume
