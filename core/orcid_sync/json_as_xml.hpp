// ORCID's JSON documents (Accept: application/vnd.orcid+json) read as the XML documents they
// render, so that one mapping serves both forms: the ORCID importer's section readers (both give
// the same CV) and `cvport orcid plan --record`'s record reader (both give the same plan).
//
// ORCID-Source serialises the same JAXB classes (orcid-model, record_3.0) to XML and, through
// Jackson's JAXB annotation module, to JSON; the JSON is therefore the XML mechanically rendered:
// an element is a member named by its local name (no namespace), a list is an array of members
// of the element's name, an attribute (put-code, path, visibility, display-index, currency-code,
// language-code, primary, verified) is a plain member, a text element that has attributes is an
// object whose "value" member is the text (`"title": {"value": "..."}`), an empty element is
// null, and a JAXB choice list is an array of one-member objects (an affiliation-group's
// `"summaries": [{"employment-summary": {...}}]`, a bulk's `"bulk": [{"work": {...}}]`). The
// document element itself has no member: its name is known from the "path" every document the
// API returns carries ("/0000-0002-1825-0097/works"), else from its members. See
// github.com/ORCID/orcid-model src/main/resources/record_3.0/samples (work-full-3.0.json and
// work-full-3.0.xml, bulk-work-3.0.json and .xml are one document in both forms).
#ifndef CVPORT_ORCID_JSON_AS_XML_HPP
#define CVPORT_ORCID_JSON_AS_XML_HPP

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "cvport/model_json.hpp"

namespace cvport::orcid {

// The XML document an ORCID JSON document renders, and for each of its elements the JSON path
// it came from ("activities-summary.works.group[3].work-summary[0].title"), by which the host
// places every message in the user's JSON file.
struct JsonAsXml {
  pugi::xml_document document;
  std::unordered_map<const void*, std::string> input_paths; // element's internal object -> path
  std::string too_deep; // the path of the first object nested too deep to render, or ""

  const std::string* input_path(const pugi::xml_node& node) const;
};

// The input from its "{" on, when it is a JSON object (after white space and a byte order mark),
// else nothing: an XML document.
std::optional<std::string_view> json_object_text(std::string_view input);

// The name of the XML document element `json` renders ("record", "works", "education", "error",
// "bulk", "record-summary"; "orcid-message" for a message of ORCID's API 1.x), or "" when it is
// no ORCID document: a CV source, a JSON Resume, other JSON.
std::string orcid_json_root(const Json& json);

// Builds the XML form of `json`, whose document element is `root` (orcid_json_root).
void render_as_xml(const Json& json, const std::string& root, JsonAsXml& out);

} // namespace cvport::orcid

#endif
