#include "cvport/options.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

#include "cvport/suggest.hpp"
#include "cvport/text.hpp"
#include "cvport/file_bytes.hpp"

namespace cvport {

namespace {

Diagnostic usage_error(std::string code, std::string message, std::string hint = {}) {
  return {Severity::error, std::move(code), "", 0, 0, "", std::move(message), std::move(hint)};
}

std::string base64(const std::string& bytes) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t chunk = uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
    if (i + 1 < bytes.size()) chunk |= uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) chunk |= uint32_t(static_cast<unsigned char>(bytes[i + 2]));
    out += alphabet[(chunk >> 18) & 63];
    out += alphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? alphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? alphabet[chunk & 63] : '=';
  }
  return out;
}

// Whether `item` is one of the `allowed` values. Choices are names, so "A4" is taken as "a4" (and
// `item` becomes "a4"); a value that is no choice gets the list and a did-you-mean in `problem`.
bool match_choice(const nlohmann::json& allowed, nlohmann::json& item, std::string& problem, std::string& hint) {
  if (!allowed.is_array() || std::find(allowed.begin(), allowed.end(), item) != allowed.end()) return true;
  std::vector<std::string_view> names;
  for (const auto& choice : allowed)
    if (choice.is_string()) names.emplace_back(choice.get_ref<const std::string&>());
  if (item.is_string()) {
    std::string lower = lower_ascii(item.get<std::string>());
    for (std::string_view name : names)
      if (lower_ascii(name) == lower) {
        item = std::string(name);
        return true;
      }
  }
  problem = "expected one of " + allowed.dump();
  if (std::string suggestion = item.is_string() ? closest_match(item.get<std::string>(), names) : "";
      !suggestion.empty())
    hint = "did you mean \"" + suggestion + "\"?";
  return false;
}

// Converts the text of an assignment to the JSON type its schema asks for; nullopt + message
// on failure.
std::optional<nlohmann::json> convert(const nlohmann::json& schema, const std::string& text, std::string& problem,
                                      std::string& hint) {
  std::string type = schema.value("type", "string");
  nlohmann::json value;
  if (type == "boolean") {
    if (text == "true" || text == "yes" || text == "1") value = true;
    else if (text == "false" || text == "no" || text == "0") value = false;
    else return problem = "expected true or false", std::nullopt;
  } else if (type == "integer") {
    long long number = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size()) return problem = "expected a whole number", std::nullopt;
    value = number;
  } else if (type == "number") {
    try {
      size_t used = 0;
      double number = std::stod(text, &used);
      if (used != text.size()) throw std::invalid_argument(text);
      value = number;
    } catch (const std::exception&) {
      return problem = "expected a number", std::nullopt;
    }
  } else if (type == "array") {
    value = nlohmann::json::array();
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ','))
      if (!item.empty()) value.push_back(item);
  } else if (schema.value("x-cvport-file", false)) {
    // The plugin never opens paths: the host reads the file and passes its bytes.
    std::optional<std::string> bytes = read_file_bytes(text);
    if (!bytes) return problem = "cannot read the file \"" + text + "\"", std::nullopt;
    value = base64(*bytes);
  } else {
    value = text;
  }
  if (schema.contains("enum") && !match_choice(schema["enum"], value, problem, hint)) return std::nullopt;
  if (type == "array" && schema.contains("items") && schema["items"].contains("enum"))
    for (auto& item : value)
      if (!match_choice(schema["items"]["enum"], item, problem, hint)) return std::nullopt;
  if (value.is_number()) {
    if (schema.contains("minimum") && value.get<double>() < schema["minimum"].get<double>())
      return problem = "must be at least " + schema["minimum"].dump(), std::nullopt;
    if (schema.contains("maximum") && value.get<double>() > schema["maximum"].get<double>())
      return problem = "must be at most " + schema["maximum"].dump(), std::nullopt;
  }
  return value;
}

std::vector<std::string_view> property_names(const nlohmann::json& schema) {
  std::vector<std::string_view> names;
  if (schema.contains("properties"))
    for (const auto& [name, _] : schema["properties"].items()) names.push_back(name);
  return names;
}

} // namespace

bool parse_option_assignment(const std::string& text, OptionAssignment& assignment, DiagnosticList& diagnostics) {
  size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0) {
    diagnostics.add(usage_error("usage.bad-option", "--option \"" + text + "\" is not key=value",
                                "for example --option page-size=letter"));
    return false;
  }
  std::string key = text.substr(0, equals);
  size_t dot = key.find('.');
  assignment.format = dot == std::string::npos ? "" : key.substr(0, dot);
  assignment.key = dot == std::string::npos ? key : key.substr(dot + 1);
  assignment.value = text.substr(equals + 1);
  assignment.text = text;
  return true;
}

nlohmann::json build_format_options(const LoadedFormat& format, const std::vector<OptionAssignment>& assignments,
                                    DiagnosticList& diagnostics) {
  nlohmann::json options = nlohmann::json::object();
  const nlohmann::json properties = format.options_schema.value("properties", nlohmann::json::object());
  for (const auto& [name, schema] : properties.items())
    if (schema.contains("default")) options[name] = schema["default"];
  for (const OptionAssignment& assignment : assignments) {
    if (!assignment.format.empty() && assignment.format != format.id) continue;
    if (!properties.contains(assignment.key)) {
      if (assignment.format.empty()) continue; // may belong to another selected format
      std::string suggestion = closest_match(assignment.key, property_names(format.options_schema));
      diagnostics.add(usage_error("usage.unknown-option",
                                  "format \"" + format.id + "\" has no option \"" + assignment.key + "\"",
                                  suggestion.empty() ? "cvport formats --options " + format.id + " lists them"
                                                     : "did you mean \"" + suggestion + "\"?"));
      continue;
    }
    std::string problem, hint;
    auto value = convert(properties[assignment.key], assignment.value, problem, hint);
    if (!value) {
      diagnostics.add(usage_error("usage.bad-option-value",
                                  "--option " + assignment.text + ": " + problem + " (format " + format.id + ")", hint));
      continue;
    }
    options[assignment.key] = *value;
  }
  return options;
}

void check_unclaimed_options(const std::vector<const LoadedFormat*>& formats,
                             const std::vector<OptionAssignment>& assignments, DiagnosticList& diagnostics,
                             const PluginRegistry& registry) {
  for (const OptionAssignment& assignment : assignments) {
    if (!assignment.format.empty()) {
      bool selected = std::any_of(formats.begin(), formats.end(),
                                  [&](const LoadedFormat* f) { return f->id == assignment.format; });
      const LoadedFormat* importer = registry.find_format(assignment.format);
      if (!selected && importer && importer->can_import()) continue; // its import option; checked on import
      if (!selected)
        diagnostics.add(usage_error("usage.unknown-option",
                                    "--option " + assignment.text + " names format \"" + assignment.format +
                                        "\", which is not being exported"));
      continue;
    }
    std::vector<std::string_view> known;
    bool claimed = false;
    for (const LoadedFormat* format : formats) {
      auto names = property_names(format->options_schema);
      known.insert(known.end(), names.begin(), names.end());
      claimed = claimed || std::find(names.begin(), names.end(), assignment.key) != names.end();
    }
    if (claimed) continue;
    std::string suggestion = closest_match(assignment.key, known);
    diagnostics.add(usage_error("usage.unknown-option",
                                "no selected format has an option \"" + assignment.key + "\"",
                                suggestion.empty() ? "cvport formats --options lists every format's options"
                                                   : "did you mean \"" + suggestion + "\"?"));
  }
}

} // namespace cvport
