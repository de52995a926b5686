#include "fresh_session.hpp"

#include <algorithm>

#include "cvport/text.hpp"

namespace cvport::fresh {

namespace {

struct RewriteText {
  std::string_view code;
  std::string_view summary;
};

RewriteText text_of(Rewrite kind) {
  switch (kind) {
  case Rewrite::date_form:
    return {"fresh.date-form", "dates not written as ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD) were read as such"};
  case Rewrite::scheme_added:
    return {"fresh.url-scheme", "URLs without a scheme were read with https:// added"};
  case Rewrite::country_named:
    return {"fresh.country-name", "country names were read as ISO 3166-1 alpha-2 codes"};
  case Rewrite::text_of_value:
    return {"fresh.coerced", "numbers and true/false where FRESH has text were read as their text"};
  }
  return {"fresh.rewritten", ""};
}

// The last member name of a path: "employment.history[2].keywords" -> "keywords".
std::string member_name(const std::string& input_path) {
  size_t dot = input_path.rfind('.');
  std::string name = dot == std::string::npos ? input_path : input_path.substr(dot + 1);
  return name.substr(0, name.find('['));
}

} // namespace

std::string path_pattern(const std::string& input_path) {
  std::string pattern;
  for (size_t i = 0; i < input_path.size(); ++i) {
    pattern += input_path[i];
    if (input_path[i] != '[') continue;
    size_t close = input_path.find(']', i);
    if (close == std::string::npos) break;
    pattern += ']';
    i = close;
  }
  return pattern;
}

void ImportSession::kept(const std::string& input_path) {
  std::string key = path_pattern(input_path);
  auto group = std::find_if(kept_.begin(), kept_.end(), [&](const auto& g) { return g.first == key; });
  if (group == kept_.end()) group = kept_.insert(kept_.end(), {key, {}});
  group->second.paths.push_back(input_path);
}

void ImportSession::entry_kept(const std::string& input_path, const std::string& why) {
  diagnostics.warning("fresh.entry-kept", input_path,
                      "the entry is kept in the CV's extra (fresh) and no export shows it: " + why);
}

void ImportSession::rewritten(Rewrite kind, const std::string& input_path, std::string detail) {
  Group& group = rewrites_[kind];
  group.paths.push_back(input_path);
  group.details.push_back(std::move(detail));
}

void ImportSession::report() {
  for (const auto& [pattern, group] : kept_) {
    std::string message = in_quotes(member_name(pattern)) +
                          " has no cvport field: it is kept in the model's extra (fresh), and no export shows it";
    if (group.paths.size() > 1) message += " (" + std::to_string(group.paths.size()) + " times, as " + pattern + ")";
    diagnostics.warning("fresh.kept", group.paths.front(), message);
  }
  constexpr size_t kExamples = 3;
  for (const auto& [kind, group] : rewrites_) {
    RewriteText text = text_of(kind);
    std::string message(text.summary);
    message += " (" + std::to_string(group.paths.size()) + (group.paths.size() == 1 ? " time" : " times");
    for (size_t i = 0; i < group.paths.size() && i < kExamples; ++i)
      message += std::string(i ? "; " : ": ") + group.paths[i] + " " + group.details[i];
    if (group.paths.size() > kExamples) message += "; ...";
    message += ")";
    diagnostics.note(text.code, group.paths.front(), message);
  }
  kept_.clear();
  rewrites_.clear();
}

} // namespace cvport::fresh
