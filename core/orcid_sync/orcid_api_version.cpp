#include "orcid_api_version.hpp"

#include <algorithm>
#include <cctype>

#include "cvport/text.hpp"
#include "orcid_xml.hpp"

namespace cvport::orcid {

namespace {

// Whether an element named `name` is at most `max_depth` levels below `node` and satisfies
// `accept`; the walk stops there rather than visiting every work of a record.
template <typename Accept>
bool has_element_within(const pugi::xml_node& node, std::string_view name, size_t max_depth, Accept accept) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(child) == name) {
      if (accept(child)) return true;
    } else if (max_depth > 1 && has_element_within(child, name, max_depth - 1, accept)) {
      return true;
    }
  }
  return false;
}

} // namespace

std::string declared_api_version(const pugi::xml_node& root) {
  for (pugi::xml_attribute attribute : root.attributes()) {
    std::string_view name = attribute.name();
    if (name != "schemaLocation" && !name.ends_with(":schemaLocation")) continue;
    std::string_view locations = attribute.value();
    for (size_t end = locations.find(".xsd"); end != std::string_view::npos; end = locations.find(".xsd", end + 1)) {
      size_t dash = locations.find_last_of("-/ ", end);
      if (dash == std::string_view::npos || locations[dash] != '-') continue;
      std::string_view version = locations.substr(dash + 1, end - dash - 1);
      // "2.1", "1.2_rc2": a digit, a dot, a digit, then at most a release-candidate suffix.
      if (version.size() >= 3 && std::isdigit(static_cast<unsigned char>(version[0])) && version[1] == '.' &&
          std::isdigit(static_cast<unsigned char>(version[2])) && (version.size() == 3 || version.substr(3, 3) == "_rc"))
        return std::string(version);
    }
  }
  return "";
}

std::string api_1_message_version(const pugi::xml_node& root, std::string_view declared) {
  if (pugi::xml_node version = child_named(root, "message-version")) {
    std::string text(trim_space(version.text().get()));
    return text.empty() ? "1.x" : text;
  }
  if (local_name(root) == "orcid-message" || declared.starts_with("1."))
    return declared.empty() ? "1.x" : std::string(declared);
  return "";
}

// ORCID's 2.x documents use the same namespaces as 3.0; they show in affiliation summaries written
// straight into their list (3.0 groups them) and in funding:summary (3.0: funding-summary). The
// lists are at most two levels below the document element (record > activities-summary >
// employments). A declared version decides: ORCID-Source's own 3.0_rc1 test record lists its
// affiliations ungrouped, and is read as 3.0 like the JSON of 3.0_rc1, which says nothing of its
// version.
bool looks_like_api_2(const pugi::xml_node& root, std::string_view declared) {
  constexpr size_t kListDepth = 2;
  if (!declared.empty()) return declared.front() == '2';
  for (std::string_view list : {"employments", "educations"}) {
    std::string summary = std::string(list.substr(0, list.size() - 1)) + "-summary";
    if (has_element_within(root, list, kListDepth,
                           [&](const pugi::xml_node& found) { return bool(child_named(found, summary)); }))
      return true;
  }
  return has_element_within(root, "fundings", kListDepth, [](const pugi::xml_node& found) {
    for (pugi::xml_node group : found.children())
      if (child_named(group, "summary")) return true;
    return false;
  });
}

// Nearly every item has a visibility, so the walk ends at the first one in a 2.x document.
bool spells_terms_in_capitals(const pugi::xml_node& root) {
  auto capitals = [](std::string_view value) {
    return !value.empty() &&
           std::all_of(value.begin(), value.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
  };
  auto spelled_so = [&](const pugi::xml_node& node) {
    if (capitals(node.attribute("visibility").value())) return true;
    std::string_view name = local_name(node);
    return (name == "type" || name == "external-id-relationship" || name == "contributor-sequence") &&
           capitals(node.text().get());
  };
  return spelled_so(root) || root.find_node(spelled_so);
}

std::string api_2_version(const pugi::xml_node& root, bool from_json) {
  std::string declared = declared_api_version(root);
  if (looks_like_api_2(root, declared) || (from_json && spells_terms_in_capitals(root)))
    return declared.empty() ? "2.x" : declared;
  return "";
}

} // namespace cvport::orcid
