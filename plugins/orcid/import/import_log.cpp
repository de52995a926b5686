#include "import_log.hpp"

#include <algorithm>
#include <vector>

namespace cvport::orcid {

std::string element_path(const pugi::xml_node& node) {
  std::vector<std::string> parts;
  for (pugi::xml_node at = node; at && at.type() == pugi::node_element; at = at.parent()) {
    std::string_view name = local_name(at);
    size_t index = 0, same = 0;
    for (pugi::xml_node sibling : at.parent().children()) {
      if (sibling.type() != pugi::node_element || local_name(sibling) != name) continue;
      if (sibling == at) index = same;
      ++same;
    }
    parts.push_back(std::string(name) + (same > 1 ? "[" + std::to_string(index) + "]" : ""));
  }
  std::string path;
  for (auto part = parts.rbegin(); part != parts.rend(); ++part) path += (path.empty() ? "" : ".") + *part;
  return path;
}

// The document itself has no JSON path for the host to locate: it is at its opening brace.
TextPosition ImportLog::document_start() const {
  return lines_.position(std::min(text_.find('{'), text_.size()));
}

std::string ImportLog::quoted_name(const pugi::xml_node& node) const {
  return json_ ? "\"" + std::string(node.name()) + "\"" : "<" + std::string(node.name()) + ">";
}

void ImportLog::report(cvport_severity severity, std::string_view code, const pugi::xml_node& node,
                       std::string_view message) {
  if (json_) {
    const std::string* path = json_->input_path(node);
    if (path && !path->empty()) return diagnostics_.report(severity, code, *path, message);
    TextPosition start = document_start();
    diagnostics_.report(severity, code, "", message, static_cast<uint32_t>(start.line),
                        static_cast<uint32_t>(start.column));
    return;
  }
  TextPosition position = element_position(lines_, node);
  diagnostics_.report(severity, code, element_path(node), message, static_cast<uint32_t>(position.line),
                      static_cast<uint32_t>(position.column));
}

void ImportLog::note(std::string_view code, const pugi::xml_node& node, std::string_view message) {
  report(CVPORT_SEVERITY_NOTE, code, node, message);
}

void ImportLog::warning(std::string_view code, const pugi::xml_node& node, std::string_view message) {
  report(CVPORT_SEVERITY_WARNING, code, node, message);
}

void ImportLog::error(std::string_view code, const pugi::xml_node& node, std::string_view message) {
  report(CVPORT_SEVERITY_ERROR, code, node, message);
}

void ImportLog::document_error(std::string_view code, const pugi::xml_node& root, std::string_view message) {
  TextPosition position = json_ ? document_start() : element_position(lines_, root);
  diagnostics_.error(code, "", message, static_cast<uint32_t>(position.line), static_cast<uint32_t>(position.column));
}

void ImportLog::error_at(std::string_view code, size_t offset, std::string_view message) {
  TextPosition position = lines_.position(offset);
  diagnostics_.error(code, "", message, static_cast<uint32_t>(position.line), static_cast<uint32_t>(position.column));
}

void ImportLog::origin(const std::string& model_path, const pugi::xml_node& node) {
  if (!node) return;
  if (json_) {
    const std::string* path = json_->input_path(node);
    if (path && !path->empty()) {
      origins_.emplace(model_path, *path);
      return;
    }
    TextPosition start = document_start();
    origins_.emplace(model_path, nlohmann::json::array({start.line, start.column}));
    return;
  }
  TextPosition position = element_position(lines_, node);
  origins_.emplace(model_path, nlohmann::json::array({position.line, position.column}));
}

} // namespace cvport::orcid
