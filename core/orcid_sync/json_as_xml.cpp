#include "json_as_xml.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "cvport/identifiers.hpp"

namespace cvport::orcid {

namespace {

// The attributes of ORCID's 3.0 schema (orcid-model record_3.0/*.xsd): in the JSON they are
// members like the elements, and only their names tell them apart.
constexpr std::string_view kAttributes[] = {"put-code",      "path",          "visibility", "display-index",
                                            "currency-code", "language-code", "primary",    "verified"};

// JAXB choice lists, whose items are one-member objects naming the element
// (`"summaries": [{"education-summary": {...}}]`): in the XML the items are the list's parent's
// own children.
constexpr std::string_view kChoiceLists[] = {"summaries", "bulk"};

template <size_t N> bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// An iD's uri, path and host (orcid-identifier, source-orcid, contributor-orcid, source-client-id)
// are elements; everywhere else "path" is the attribute every item and list carries.
bool is_attribute(std::string_view name, const Json& owner) {
  if (!is_one_of(name, kAttributes)) return false;
  return name != "path" || (!owner.contains("uri") && !owner.contains("host"));
}

std::string scalar_text(const Json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string joined(const std::string& path, std::string_view member) {
  return path.empty() ? std::string(member) : path + "." + std::string(member);
}

class Renderer {
public:
  explicit Renderer(JsonAsXml& out) : out_(out) {}

  // The members of `object` as the children, attributes and text of `element`.
  void members(const Json& object, pugi::xml_node element, const std::string& path) {
    // This recurses: hostile nesting stops here (ORCID's deepest document has about a dozen levels).
    if (++depth_ > kMaxDepth) {
      if (out_.too_deep.empty()) out_.too_deep = path;
      --depth_;
      return;
    }
    for (const auto& [name, value] : object.items()) {
      std::string member_path = joined(path, name);
      if (value.is_null()) continue; // an absent element
      if (name == "value" && !value.is_structured()) {
        element.append_child(pugi::node_pcdata).set_value(scalar_text(value).c_str());
      } else if (!value.is_structured() && is_attribute(name, object)) {
        element.append_attribute(name.c_str()).set_value(scalar_text(value).c_str());
      } else if (value.is_array() && is_one_of(name, kChoiceLists)) {
        for (size_t i = 0; i < value.size(); ++i)
          if (value[i].is_object()) members(value[i], element, member_path + "[" + std::to_string(i) + "]");
      } else if (value.is_array()) {
        for (size_t i = 0; i < value.size(); ++i)
          child(value[i], name, element, member_path + "[" + std::to_string(i) + "]");
      } else {
        child(value, name, element, member_path);
      }
    }
    --depth_;
  }

private:
  void child(const Json& value, const std::string& name, pugi::xml_node parent, const std::string& path) {
    if (value.is_null()) return;
    pugi::xml_node element = parent.append_child(name.c_str());
    out_.input_paths.emplace(element.internal_object(), path);
    if (value.is_object())
      members(value, element, path);
    else if (!value.is_array())
      element.append_child(pugi::node_pcdata).set_value(scalar_text(value).c_str());
  }

  static constexpr int kMaxDepth = 64;
  JsonAsXml& out_;
  int depth_ = 0;
};

// "/0000-0002-1825-0097/works" -> {"works"}; "/0000-0002-1825-0097" -> {}; nothing when the path
// does not start with an iD.
std::optional<std::vector<std::string>> path_segments(const Json& json) {
  auto path = json.find("path");
  if (path == json.end() || !path->is_string()) return std::nullopt;
  std::string_view text = path->get_ref<const std::string&>();
  if (text.empty() || text.front() != '/') return std::nullopt;
  std::vector<std::string> segments;
  for (size_t start = 1; start <= text.size();) {
    size_t end = std::min(text.find('/', start), text.size());
    segments.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (!is_valid_orcid(segments.front())) return std::nullopt;
  segments.erase(segments.begin());
  return segments;
}

// The first member of the first item of the array `json[list]` that is an object, or "".
std::string first_item_member(const Json& json, const char* list) {
  auto found = json.find(list);
  if (found == json.end() || !found->is_array()) return "";
  for (const Json& item : *found)
    if (item.is_object() && !item.empty()) return item.begin().key();
  return "";
}

// A document without a path (one saved from a member API write, a sample): known by its members.
std::string root_by_members(const Json& json) {
  // ORCID's API 1.x message, which the importer names and refuses (it has another schema).
  if (json.contains("message-version") || json.contains("orcid-profile")) return "orcid-message";
  // /summary (summary-3.0.xsd's record-summary): the iD, and counts and a few latest items of
  // its own shape beside it instead of a person and activities.
  if (json.contains("orcid-identifier") && !json.contains("person") && !json.contains("activities-summary"))
    for (const char* member : {"credit-name", "employments", "professional-activities", "education-qualifications",
                               "fundings", "works", "peer-reviews", "research-resources", "email-domains"})
      if (json.contains(member)) return "record-summary";
  if (json.contains("orcid-identifier") || json.contains("activities-summary")) return "record";
  if (json.contains("response-code") && json.contains("developer-message")) return "error";
  if (auto bulk = json.find("bulk"); bulk != json.end() && bulk->is_array()) return "bulk";
  if (auto groups = json.find("group"); groups != json.end() && groups->is_array()) {
    for (const Json& group : *groups) {
      if (!group.is_object()) continue;
      if (group.contains("work-summary")) return "works";
      if (group.contains("funding-summary")) return "fundings";
      if (group.contains("peer-review-group")) return "peer-reviews";
    }
  }
  if (auto groups = json.find("affiliation-group"); groups != json.end() && groups->is_array()) {
    for (const Json& group : *groups) {
      std::string summary = group.is_object() ? first_item_member(group, "summaries") : "";
      if (summary.size() > 8 && summary.substr(summary.size() - 8) == "-summary")
        return summary.substr(0, summary.size() - 8) + "s";
    }
  }
  // One work or funding: a title object holding a title, and a type; a funding names its funder
  // (organization), a work never does.
  auto title = json.find("title");
  if (title == json.end() || !title->is_object() || !title->contains("title") || !json.contains("type")) return "";
  if (json.contains("organization")) return "funding";
  for (const char* member : {"journal-title", "citation", "contributors", "publication-date", "short-description"})
    if (json.contains(member)) return "work";
  return "";
}

} // namespace

std::optional<std::string_view> json_object_text(std::string_view input) {
  size_t first = input.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  if (input.substr(first, 3) == "\xEF\xBB\xBF") first = input.find_first_not_of(" \t\r\n", first + 3);
  if (first == std::string_view::npos || input[first] != '{') return std::nullopt;
  return input.substr(first);
}

const std::string* JsonAsXml::input_path(const pugi::xml_node& node) const {
  auto found = input_paths.find(node.internal_object());
  return found == input_paths.end() ? nullptr : &found->second;
}

std::string orcid_json_root(const Json& json) {
  if (!json.is_object()) return "";
  std::optional<std::vector<std::string>> segments = path_segments(json);
  if (!segments) return root_by_members(json);
  if (segments->empty()) return "record";
  const std::string& first = segments->front();
  if (first == "activities") return "activities-summary";
  // The lists of addresses and e-mails are at /address and /email, and hold "address" items.
  if ((first == "address" || first == "email") && json.contains(first) && (*json.find(first)).is_array())
    return first == "address" ? "addresses" : "emails";
  return first; // "works", "person", "educations"; "work" of /work/733536, "funding" of /funding/1
}

void render_as_xml(const Json& json, const std::string& root, JsonAsXml& out) {
  pugi::xml_node element = out.document.append_child(root.c_str());
  out.input_paths.emplace(element.internal_object(), "");
  Renderer(out).members(json, element, "");
}

} // namespace cvport::orcid
