#include "import_session.hpp"

#include <algorithm>

#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

struct NormalisationText {
  cvport_severity severity;
  std::string_view code;
  std::string_view summary;
};

NormalisationText text_of(Normalisation kind) {
  switch (kind) {
  case Normalisation::empty_left_out:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.empty", "empty values and blank entries are left out"};
  case Normalisation::date_rewritten:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.date-form",
            "dates not written as ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD) were read and are written as ISO 8601"};
  case Normalisation::ongoing_word:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.present",
            "JSON Resume marks an ongoing entry by leaving out endDate; words such as \"present\" or \"now\" "
            "were read as ongoing"};
  case Normalisation::scheme_added:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.url-scheme", "URLs without a scheme were read with https:// added"};
  case Normalisation::url_repaired:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.url-repaired",
            "URLs with a scheme in capitals or with spaces were read with the scheme in lower case and the spaces "
            "percent-encoded"};
  case Normalisation::country_named:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.country-name",
            "country names and three-letter codes were read as ISO 3166-1 alpha-2 codes"};
  case Normalisation::old_name:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.old-schema",
            "member names of older JSON Resume versions and of other tools were read as their current names"};
  case Normalisation::language_chosen:
    return {CVPORT_SEVERITY_NOTE, "jsonresume.language",
            "multilingual values: one language was read (--option jsonresume.language=xx picks another); "
            "all of them are kept and written back on JSON Resume export"};
  case Normalisation::type_coerced:
    return {CVPORT_SEVERITY_WARNING, "jsonresume.coerced",
            "values of another JSON type than JSON Resume's were read as text"};
  }
  return {CVPORT_SEVERITY_NOTE, "jsonresume.normalised", ""};
}

// "skills[0].tags" ... "skills[13].tags" -> "skills[0..13].tags"; paths that differ otherwise are
// named by the first and "...".
std::string path_range(const std::vector<std::string>& paths) {
  const std::string& first = paths.front();
  size_t open = first.find('['), close = first.find(']');
  if (open == std::string::npos || close == std::string::npos) return first + ", ...";
  std::string prefix = first.substr(0, open + 1), suffix = first.substr(close);
  long low = -1, high = -1;
  for (const std::string& path : paths) {
    if (path.compare(0, prefix.size(), prefix) != 0 || path.size() <= prefix.size() + suffix.size() ||
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0)
      return first + ", ...";
    std::string index = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) return first + ", ...";
    long value = std::stol(index);
    low = low < 0 ? value : std::min(low, value);
    high = std::max(high, value);
  }
  return prefix + std::to_string(low) + ".." + std::to_string(high) + suffix;
}

} // namespace

void ImportSession::normalised(Normalisation kind, const std::string& path, std::string detail) {
  Cases& cases = cases_[kind];
  cases.paths.push_back(path);
  cases.details.push_back(std::move(detail));
}

void ImportSession::kept(const std::string& name, const std::string& path, std::span<const std::string_view> known) {
  auto same = std::find_if(kept_.begin(), kept_.end(), [&](const Kept& k) { return k.name == name; });
  if (same == kept_.end()) same = kept_.insert(kept_.end(), {name, {}, closest_name(name, known)});
  same->paths.push_back(path);
}

void ImportSession::report_normalisations() {
  for (const Kept& kept : kept_) {
    std::string message = in_quotes(kept.name) + " is not a JSON Resume member cvport has a field for: it is kept " +
                          "and written back on JSON Resume export, and the other formats do not show it";
    if (kept.paths.size() > 1)
      message += " (" + std::to_string(kept.paths.size()) + " times: " + path_range(kept.paths) + ")";
    if (!kept.suggestion.empty()) message += "; did you mean " + in_quotes(kept.suggestion) + "?";
    diagnostics.warning("jsonresume.kept", kept.paths.front(), message);
  }
  kept_.clear();
  constexpr size_t kExamples = 3;
  for (const auto& [kind, cases] : cases_) {
    NormalisationText text = text_of(kind);
    std::string message(text.summary);
    message += " (" + std::to_string(cases.paths.size()) + (cases.paths.size() == 1 ? " time" : " times");
    for (size_t i = 0; i < cases.paths.size() && i < kExamples; ++i)
      message += std::string(i ? "; " : ": ") + cases.paths[i] + (cases.details[i].empty() ? "" : " " + cases.details[i]);
    if (cases.paths.size() > kExamples) message += "; ...";
    message += ")";
    diagnostics.report(text.severity, text.code, cases.paths.front(), message);
  }
  cases_.clear();
}

void ImportSession::origin(const std::string& model_path, const std::string& input_path) {
  origins_.record(model_path, input_path);
}

nlohmann::json ImportSession::take_origins() const {
  return origins_.to_json();
}

} // namespace cvport::jsonresume
