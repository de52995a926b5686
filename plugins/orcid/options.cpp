#include "options.hpp"

#include <algorithm>

#include "cvport/plugin.hpp"
#include "vocabulary.hpp"

namespace cvport::orcid {

namespace {

Json choice(std::initializer_list<const char*> values, const char* description) {
  Json choices = Json::array();
  for (const char* value : values) choices.push_back(value);
  return {
      {"type", "string"}, {"enum", choices}, {"default", choices[0]}, {"description", description}};
}

Json flag(bool default_value, const char* description) {
  return {{"type", "boolean"}, {"default", default_value}, {"description", description}};
}

// The options schema; each choice's first value is its default.
Json build_schema() {
  Json properties = Json::object();
  properties["contributor-role"] =
      choice({"author", "none"},
             "Role of each author of a publication: ORCID's legacy role \"author\", or none. "
             "CRediT roles say what each author did, which an author list does not tell.");
  properties["talks"] =
      choice({"lecture-speech", "conference-presentation", "public-speech", "skip"},
             "Work type of invited talks, or skip them.");
  properties["software"] =
      choice({"with-doi", "all", "skip"},
             "Which software entries become works of type software: those with a DOI, all (a "
             "source-work-id stands in for the DOI), or none.");
  properties["include-media"] =
      flag(false, "Media features are coverage by others, which ORCID does not list: left out "
                  "unless this is true.");
  properties["media-type"] = choice({"online-resource", "newspaper-article", "magazine-article",
                                     "blog-post", "public-speech", "other"},
                                    "Work type of media features when include-media is true.");
  properties["awards"] =
      choice({"distinction", "skip"}, "Awards become ORCID distinctions, or are left out.");
  properties["volunteer"] =
      choice({"service", "skip"}, "Volunteering becomes ORCID service items, or is left out.");
  properties["certificates"] = choice({"qualification", "skip"},
                                      "Certificates become ORCID qualifications, or are left out.");
  properties["venue-as-organization"] =
      flag(true, "When an award has no awarder or a service entry no organization, name its "
                 "venue as the organisation, which ORCID requires.");
  properties["citation"] =
      choice({"bibtex", "none"},
             "Add a BibTeX citation to each publication: the only place ORCID has for volume, "
             "issue, pages and publisher.");
  properties["person"] =
      flag(true, "Also write the person's web pages (researcher-url), name variants "
                 "(other-name), research interests (keyword) and country (address).");
  properties["incomplete"] =
      choice({"separate", "write", "skip"},
             "Items ORCID would refuse because the CV lacks something (a ROR id, a city): write "
             "them into incomplete/ (default), beside the ready items, or leave them out. Either "
             "way the manifest marks them not ready and says what to add.");
  properties["bulk-size"] = {
      {"type", "integer"},
      {"minimum", 1},
      {"maximum", 100},
      {"default", 100},
      {"description", "Works per bulk file; ORCID takes at most 100 per request."}};
  properties["custom-sections"] = {
      {"type", "array"},
      {"items", {{"type", "string"}}},
      {"default", Json::array()},
      {"description",
       "Send user-named sections to ORCID: \"Patents=patent\" makes the entries of the section "
       "titled Patents works of type patent; the target is an ORCID work type or "
       "invited-position, distinction, service, membership or qualification."}};
  return {{"type", "object"}, {"properties", properties}, {"additionalProperties", false}};
}

const Json& schema_json() {
  static const Json schema = build_schema();
  return schema;
}

[[noreturn]] void bad_option(const std::string& name, const std::string& message) {
  throw sdk::Error("orcid.bad-option", "", "option " + name + ": " + message);
}

// The option's value: as given, else the schema default; checked against the schema's type,
// enum and range.
Json option_value(const Json& given, const std::string& name) {
  const Json& property = schema_json()["properties"].at(name);
  Json value = given.contains(name) ? given[name] : property["default"];
  const std::string type = property["type"];
  bool type_ok =
      (type == "string" && value.is_string()) || (type == "boolean" && value.is_boolean()) ||
      (type == "integer" && value.is_number_integer()) || (type == "array" && value.is_array());
  if (!type_ok) bad_option(name, "expected a " + type);
  if (property.contains("enum")) {
    const Json& choices = property["enum"];
    if (std::find(choices.begin(), choices.end(), value) == choices.end())
      bad_option(name, "expected one of " + choices.dump());
  }
  if (property.contains("minimum") && (value < property["minimum"] || value > property["maximum"]))
    bad_option(name,
               "expected " + property["minimum"].dump() + " to " + property["maximum"].dump());
  return value;
}

bool is_custom_target(std::string_view target) {
  return is_work_type(target) ||
         (is_affiliation_section(target) && target != "education" && target != "employment");
}

std::vector<CustomSectionTarget> read_custom_sections(const Json& entries) {
  std::vector<CustomSectionTarget> targets;
  for (const Json& entry : entries) {
    if (!entry.is_string()) bad_option("custom-sections", "expected strings \"Title=target\"");
    const std::string text = entry;
    size_t equals = text.rfind('=');
    if (equals == std::string::npos || equals == 0)
      bad_option("custom-sections", "\"" + text + "\" is not \"Section title=target\"");
    CustomSectionTarget target{text.substr(0, equals), text.substr(equals + 1)};
    if (!is_custom_target(target.target))
      bad_option(
          "custom-sections",
          "\"" + target.target +
              "\" is neither an ORCID work type (patent, data-set, ...) "
              "nor one of invited-position, distinction, service, membership, qualification");
    targets.push_back(std::move(target));
  }
  return targets;
}

} // namespace

const CustomSectionTarget* target_of_section(const Options& options, std::string_view title) {
  for (const CustomSectionTarget& target : options.custom_sections)
    if (target.title == title) return &target;
  return nullptr;
}

const std::string& options_schema() {
  static const std::string schema = schema_json().dump();
  return schema;
}

Json options_with_defaults(const Json& given) {
  Json all = Json::object();
  for (const auto& [name, property] : schema_json()["properties"].items())
    all[name] = option_value(given, name);
  return all;
}

Options read_options(const Json& given) {
  for (const auto& [name, value] : given.items())
    if (!schema_json()["properties"].contains(name)) bad_option(name, "unknown option");
  auto text = [&](const char* name) { return option_value(given, name).get<std::string>(); };
  auto flag = [&](const char* name) { return option_value(given, name).get<bool>(); };
  return {
      .contributor_role = text("contributor-role"),
      .talks = text("talks"),
      .software = text("software"),
      .include_media = flag("include-media"),
      .media_type = text("media-type"),
      .awards = text("awards"),
      .volunteer = text("volunteer"),
      .certificates = text("certificates"),
      .venue_as_organization = flag("venue-as-organization"),
      .citation = text("citation"),
      .person = flag("person"),
      .incomplete = text("incomplete"),
      .bulk_size = option_value(given, "bulk-size").get<int>(),
      .custom_sections = read_custom_sections(option_value(given, "custom-sections")),
  };
}

} // namespace cvport::orcid
