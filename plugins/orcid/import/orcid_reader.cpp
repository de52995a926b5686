#include "orcid_reader.hpp"

#include <ctime>
#include <optional>

#include "cvport/identifiers.hpp"
#include "cvport/import_context.hpp"
#include "cvport/text.hpp"
#include "import_state.hpp"
#include "json_as_xml.hpp"
#include "orcid_api_version.hpp"
#include "xml_values.hpp"

namespace cvport::orcid {

namespace {

// The person name when the document gives none (a works list, a private name).
constexpr std::string_view kNoName = "(name not given)";

// The iD at the start of a path attribute: "/0000-0002-1825-0097/works" -> "0000-0002-1825-0097".
std::string orcid_in_path(const pugi::xml_node& node) {
  std::string_view path = node.attribute("path").value();
  if (!path.empty() && path.front() == '/') path.remove_prefix(1);
  std::string orcid(path.substr(0, path.find('/')));
  return is_valid_orcid(orcid) ? orcid : "";
}

// The iD whose record the document comes from: the record's orcid-identifier, else the path
// attribute every list and item the API returns carries, else (items without paths: a single
// item, a bulk a member's client saved) the researcher who is an item's source: only the
// record's owner adds items to it as a person.
std::string document_orcid(const pugi::xml_node& root) {
  std::string orcid = orcid_of(child_named(root, "orcid-identifier"));
  if (is_valid_orcid(orcid)) return orcid;
  // The document, its items (a list's, a bulk's) and theirs (a group's versions).
  std::vector<pugi::xml_node> items{root};
  for (pugi::xml_node child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    items.push_back(child);
    for (pugi::xml_node grandchild : child.children())
      if (grandchild.type() == pugi::node_element) items.push_back(grandchild);
  }
  for (const pugi::xml_node& item : items)
    if (orcid = orcid_in_path(item); !orcid.empty()) return orcid;
  for (const pugi::xml_node& item : items)
    if (orcid = orcid_of(path_node(item, {"source", "source-orcid"})); is_valid_orcid(orcid)) return orcid;
  return "";
}

// Where to get the full record of `orcid` ("{iD}" when the document does not say).
std::string record_address(const std::string& orcid) {
  return "https://pub.orcid.org/v3.0/" + (orcid.empty() ? std::string("{iD}") : orcid) +
         "/record with the header Accept: application/vnd.orcid+xml";
}

class DocumentReader {
public:
  // `namespaced`: an XML document, which must declare ORCID's namespaces (a JSON one has none).
  DocumentReader(ImportState& state, bool namespaced) : state_(state), namespaced_(namespaced) {}

  // Whether the root is a document this importer reads; reports an error otherwise.
  bool read(const pugi::xml_node& root) {
    std::string_view name = local_name(root);
    state_.owner_orcid = document_orcid(root);
    if (name == "error") {
      state_.log.document_error("orcid.error-document", root,
                       "this is an ORCID error document, not a record: ORCID answered " +
                           text_at(root, {"response-code"}) + " (error " + text_at(root, {"error-code"}) +
                           "): " + text_at(root, {"developer-message"}));
      return false;
    }
    if (namespaced_ && !has_orcid_namespace(root)) {
      state_.log.error("orcid.not-orcid", root,
                       "<" + std::string(root.name()) + "> is not an ORCID document (no http://www.orcid.org/ns/ namespace)");
      return false;
    }
    std::string declared = declared_api_version(root);
    if (std::string version = api_1_message_version(root, declared); !version.empty()) {
      refuse_version_1(root, version);
      return false;
    }
    if (std::string version = api_2_version(root, /*from_json=*/!namespaced_); !version.empty())
      state_.log.warning("orcid.version-2", root,
                         "this is an ORCID API " + version +
                             " document: cvport reads what maps to 3.0 (works, employments, educations, fundings, "
                             "the person) and nothing is guaranteed; fetch /v3.0/ for a full import");
    if (name == "record") {
      warn_if_deactivated(root);
      if (pugi::xml_node person = child_named(root, "person")) import_person(person, state_);
      if (pugi::xml_node activities = child_named(root, "activities-summary")) read_activities(activities);
      return true;
    }
    if (name == "activities-summary") {
      read_activities(root);
      return true;
    }
    if (name == "bulk") {
      import_work_groups(root, state_);
      return true;
    }
    if (read_activity_list(root)) return true;
    if (name == "work" || name == "work-summary") {
      import_works({root}, pugi::xml_node(), state_);
      return true;
    }
    if (name == "funding" || name == "funding-summary") {
      import_fundings(root, state_);
      return true;
    }
    if (name == "peer-review" || name == "peer-review-summary") {
      import_peer_reviews(root, state_);
      return true;
    }
    if (std::string section = affiliation_section_of(name); !section.empty()) {
      import_affiliations(root, section, state_);
      return true;
    }
    if (name == "record-summary") {
      // ORCID-Source's SummaryManagerImpl keeps the three latest employments, professional
      // activities and educations or qualifications (each an organisation's name, a role and
      // dates) and counts the rest (summary-3.0.xsd): too little for a CV, and no works.
      state_.log.error("orcid.record-summary", root,
                       "this is an ORCID record summary (GET /v3.0/{iD}/summary): it holds only the numbers of works, "
                       "fundings and peer reviews, and at most the three latest employments, professional activities "
                       "and educations, each an organisation's name, a role and dates; fetch the record instead, " +
                           record_address(state_.owner_orcid) + ", and import that");
      return false;
    }
    for (std::string_view person_part : {"person", "personal-details", "name", "other-names", "other-name",
                                         "biography", "researcher-urls", "researcher-url", "emails", "email",
                                         "addresses", "address", "keywords", "keyword", "external-identifiers",
                                         "external-identifier"}) {
      if (name != person_part) continue;
      import_person(root, state_);
      return true;
    }
    state_.log.error("orcid.not-a-record", root,
                     state_.log.quoted_name(root) + " is an ORCID document without CV data: cvport imports a "
                     "record, its person or activities, works, affiliations, fundings and peer reviews");
    return false;
  }

private:
  static bool has_orcid_namespace(const pugi::xml_node& root) {
    for (pugi::xml_attribute attribute : root.attributes())
      if (std::string_view(attribute.value()).rfind("http://www.orcid.org/ns/", 0) == 0) return true;
    return false;
  }

  // API 1.x has another schema (orcid-profile, orcid-works, orcid-bio), which ORCID replaced with
  // 2.0 and 3.0: one error, at the message version, that says how to get the 3.0 record.
  void refuse_version_1(const pugi::xml_node& root, const std::string& version) {
    std::string orcid = profile_orcid(root);
    pugi::xml_node at = child_named(root, "message-version");
    state_.log.error("orcid.version-1", at ? at : root,
                     "this is an ORCID API 1.x document (message version " + version +
                         "), which cvport does not read: fetch the record from ORCID's API 3.0, " +
                         record_address(orcid) + ", and import that");
  }

  // A deactivated record keeps its iD and nothing else (ORCID-Source deactivateRecord removes
  // every item and puts placeholders in the names): one warning, at the deactivation date. The
  // names decide, not the date alone: ORCID's sample records fill in every element, a
  // deactivation date too.
  void warn_if_deactivated(const pugi::xml_node& record) {
    pugi::xml_node date = path_node(record, {"history", "deactivation-date"});
    std::string when = text_at(date);
    if (when.empty() || !has_deactivated_names(path_node(record, {"person", "name"}))) return;
    state_.deactivated = true;
    state_.log.warning("orcid.deactivated", date,
                       "this record was deactivated on " + day_of(when) +
                           ": ORCID keeps no data in a deactivated record, only its iD and the placeholder names \"" +
                           std::string(kDeactivatedGivenNames) + " " + std::string(kDeactivatedFamilyName) +
                           "\", which are not taken as the person's name; the CV holds the iD only");
  }

  // "2017-07-17" of the XML's "2017-07-17T16:13:51.440Z" or of the JSON's milliseconds since 1970.
  static std::string day_of(const std::string& timestamp) {
    if (timestamp.empty() || timestamp.find_first_not_of("0123456789") != std::string::npos)
      return timestamp.substr(0, timestamp.find('T'));
    std::time_t seconds = static_cast<std::time_t>(std::stoll(timestamp.substr(0, 15)) / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &utc);
    return day;
  }

  // The iD of a 1.x profile: its orcid-identifier (1.1, 1.2), or its orcid and orcid-id (the 1.2
  // release candidates), each a path or uri child or the iD or its uri as the text; else "".
  static std::string profile_orcid(const pugi::xml_node& root) {
    for (std::string_view name : {"orcid-identifier", "identifier", "orcid-id", "orcid"})
      for (pugi::xml_node identifier : elements_named(root, name, 2)) {
        if (std::string orcid = orcid_of(identifier); is_valid_orcid(orcid)) return orcid;
        std::string text = text_at(identifier);
        if (std::string orcid = text.substr(text.rfind('/') + 1); is_valid_orcid(orcid)) return orcid;
      }
    return "";
  }

  void read_activities(const pugi::xml_node& activities) {
    for (pugi::xml_node list : activities.children())
      if (list.type() == pugi::node_element && !read_activity_list(list) && local_name(list) != "last-modified-date")
        state_.log.note("orcid.unknown-section", list,
                        state_.log.quoted_name(list) + " is not a section cvport knows: it is left out");
  }

  bool read_activity_list(const pugi::xml_node& list) {
    std::string_view name = local_name(list);
    if (name == "works") {
      import_work_groups(list, state_);
    } else if (name == "fundings") {
      import_fundings(list, state_);
    } else if (name == "peer-reviews") {
      import_peer_reviews(list, state_);
    } else if (name == "research-resources") {
      if (!elements_named(list, "research-resource-summary").empty())
        state_.log.note("orcid.research-resources", list,
                        "research resources (facilities, collections a researcher used) have no CV section: left out");
    } else if (std::string section = affiliation_section_of(name); !section.empty() && name.back() == 's') {
      import_affiliations(list, section, state_);
    } else {
      return false;
    }
    return true;
  }

  ImportState& state_;
  bool namespaced_;
};

} // namespace

bool detect_orcid(std::string_view input) {
  if (std::optional<std::string_view> json = json_object_text(input))
    return !orcid_json_root(Json::parse(json->begin(), json->end(), nullptr, false)).empty();
  size_t first = input.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  if (input.substr(first, 3) == "\xEF\xBB\xBF") first += 3; // a byte order mark
  // A file of a byte order mark alone ends there (found by fuzzing: a read past the end).
  return first < input.size() && input[first] == '<' && input.substr(0, 4096).find("http://www.orcid.org/ns/") != std::string_view::npos;
}

namespace {

// The document element of the input, parsed as XML or (starting with "{") rendered from JSON;
// an empty node after reporting why there is none.
pugi::xml_node document_element(std::string_view input, pugi::xml_document& xml, JsonAsXml& json, ImportLog& log) {
  if (std::optional<std::string_view> text = json_object_text(input)) {
    Json parsed;
    try {
      parsed = Json::parse(text->begin(), text->end());
    } catch (const Json::parse_error& error) {
      // nlohmann's byte is 1-based, counted from where the parse started.
      size_t offset = input.size() - text->size() + (error.byte > 0 ? error.byte - 1 : 0);
      std::string what = error.what();
      log.error_at("orcid.not-json", offset, "not valid JSON: " + what.substr(what.find(": ") + 2));
      return {};
    }
    std::string root = orcid_json_root(parsed);
    if (root.empty()) {
      log.error_at("orcid.not-orcid", input.size() - text->size(),
                   "this JSON is not an ORCID document: no \"path\" starting with an iD, and none of the members "
                   "of an ORCID record, works list, affiliation list or error");
      return {};
    }
    render_as_xml(parsed, root, json);
    log.read_from_json(json);
    if (!json.too_deep.empty()) {
      log.error("orcid.too-deep", json.document.document_element(),
                "the JSON nests objects more than 64 levels deep (at " + json.too_deep +
                    "): no ORCID document does; this is not one");
      return {};
    }
    return json.document.document_element();
  }
  pugi::xml_parse_result parsed = xml.load_buffer(input.data(), input.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    log.error_at("orcid.not-xml", static_cast<size_t>(parsed.offset),
                 std::string("not well-formed XML: ") + parsed.description());
    return {};
  }
  if (!xml.document_element()) log.error_at("orcid.not-xml", 0, "no XML element: the file holds no document");
  return xml.document_element();
}

} // namespace

Cv read_orcid(sdk::ImportContext& context) {
  ImportLog log(context.diagnostics, context.input);
  Cv cv;
  pugi::xml_document xml;
  JsonAsXml json;
  pugi::xml_node root = document_element(context.input, xml, json, log);
  if (!root) return cv;
  ImportState state{cv, log};
  if (!DocumentReader(state, !json.document.document_element()).read(root)) return cv;
  if (cv.person.orcid.empty() && !state.owner_orcid.empty()) cv.person.orcid = state.owner_orcid;
  if (cv.person.name.empty()) {
    cv.person.name = kNoName;
    cv.person.inferred.push_back("name");
    if (!state.deactivated) // the deactivation's warning said why
      log.warning("orcid.no-name", root,
                  "the document gives no name (a list of activities, or a record whose name is private): the CV is "
                  "headed " + in_quotes(kNoName) + ", marked inferred; write the name in the CV");
    for (Publication& publication : cv.publications)
      for (Author& author : publication.authors)
        if (author.name.empty()) author.name = kNoName;
  }
  context.origins = log.take_origins();
  return cv;
}

} // namespace cvport::orcid
