// What one ORCID import reports and remembers: every message placed at the element it concerns
// (line and column in the user's file, and the element's path: "record.activities-summary.works.
// group[3].work-summary[0].type"), and where each model value came from, so that the host places
// its own later messages about the imported CV in the same file.
#ifndef CVPORT_ORCID_IMPORT_LOG_HPP
#define CVPORT_ORCID_IMPORT_LOG_HPP

#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "cvport/import_context.hpp"
#include "json_as_xml.hpp"
#include "orcid_xml.hpp"

namespace cvport::orcid {

class ImportLog {
public:
  ImportLog(sdk::Diagnostics& diagnostics, std::string_view text)
      : diagnostics_(diagnostics), text_(text), lines_(text) {}

  // The elements being read render the user's JSON (json_as_xml.hpp): messages and origins name
  // each element's JSON path instead of a line and column, and the host, which locates every
  // node of a JSON document, places them in the user's file.
  void read_from_json(const JsonAsXml& json) { json_ = &json; }

  // How a message names an element: <common:title> in an XML document, "title" in a JSON one.
  std::string quoted_name(const pugi::xml_node& node) const;

  void note(std::string_view code, const pugi::xml_node& node, std::string_view message);
  void warning(std::string_view code, const pugi::xml_node& node, std::string_view message);
  void error(std::string_view code, const pugi::xml_node& node, std::string_view message);
  // An error at a byte offset (a syntax error, where there is no element yet).
  // An error about the whole document, at its start and without a field path (the root's path
  // would repeat the severity: "error: error: ...").
  void document_error(std::string_view code, const pugi::xml_node& root, std::string_view message);
  void error_at(std::string_view code, size_t offset, std::string_view message);

  // The model value at `model_path` ("publications[2].doi") came from `node`.
  void origin(const std::string& model_path, const pugi::xml_node& node);
  nlohmann::json take_origins() { return std::move(origins_); }

  int error_count() const { return diagnostics_.error_count(); }

private:
  TextPosition document_start() const;
  void report(cvport_severity severity, std::string_view code, const pugi::xml_node& node, std::string_view message);

  sdk::Diagnostics& diagnostics_;
  std::string_view text_;
  LineIndex lines_;
  const JsonAsXml* json_ = nullptr;
  nlohmann::json origins_ = nlohmann::json::object();
};

// The element's path by local names, with an index where siblings share the name:
// "record.activities-summary.works.group[3].work-summary[1].type".
std::string element_path(const pugi::xml_node& node);

} // namespace cvport::orcid

#endif
