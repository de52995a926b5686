// Telling a FRESH resume by its content: it is JSON like a cvport source and a JSON Resume, and
// must be claimed before the host reads it as a cvport source (which has "person").
#include "cvport/model_json.hpp"
#include "fresh_reader.hpp"

namespace cvport::fresh {

namespace {

bool is_object_member(const Json& document, const char* name) {
  auto found = document.find(name);
  return found != document.end() && found->is_object();
}

bool has_history(const Json& document, const char* section) {
  auto found = document.find(section);
  return found != document.end() && found->is_object() && found->contains("history");
}

} // namespace

bool detect_fresh(std::string_view input) {
  Json document = Json::parse(input.begin(), input.end(), nullptr, false);
  if (document.is_discarded() || !document.is_object() || document.contains("person")) return false;
  if (auto meta = document.find("meta"); meta != document.end() && meta->is_object())
    if (auto format = meta->find("format"); format != meta->end() && format->is_string())
      if (format->get_ref<const std::string&>().rfind("FRESH", 0) == 0) return true;
  if (document.contains("basics")) return false;
  return has_history(document, "employment") || has_history(document, "education") ||
         (is_object_member(document, "info") && is_object_member(document, "contact"));
}

} // namespace cvport::fresh
