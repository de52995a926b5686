// A format's options declared once, the way the model's describe() declares its fields: a plugin
// writes one function
//
//   template <class V> void describe_options(V& v, Options& o) {
//     v.option("line-width", o.line_width, "Wrap lines at ...", sdk::at_least(0));
//     v.option("sections", o.sections, kSectionsOptionDescription, sdk::section_ids());
//   }
//
// and the SDK walks it to give the JSON Schema text for FormatSpec::options_schema (from which the
// host checks what users pass and generates the option tables of docs/formats/*.md), the typed
// struct read from the options the host passes, and the values back as JSON. Each default is the
// struct member's initial value, so it cannot drift from what the code uses.
//
// The C++ type of the member says the JSON type: bool -> boolean, an integer -> integer, a
// floating-point number -> number, std::string -> string, std::vector<std::string> -> array of
// strings. A rule narrows it: bounds, choices, a file the host reads, the shared sections list.
#ifndef CVPORT_TYPED_OPTIONS_HPP
#define CVPORT_TYPED_OPTIONS_HPP

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/plugin_context.hpp"
#include "cvport/sections_option.hpp"

namespace cvport::sdk {

// What an option accepts beyond its C++ type. Build one with the functions below.
struct OptionRule {
  std::optional<double> minimum;
  std::optional<double> maximum;
  std::vector<std::string> choices; // a string's enum, or the enum of a list's items
  bool file = false;        // "x-cvport-file": the user names a file, the host passes its bytes base64-encoded
  bool section_ids = false; // the "sections" list every format reads alike (cvport/sections_option.hpp)
};

// (Each sets its members one by one: designated initialisers would warn, under -Wextra, about
// the members they leave out.)
inline OptionRule at_least(double minimum) {
  OptionRule rule;
  rule.minimum = minimum;
  return rule;
}
inline OptionRule between(double minimum, double maximum) {
  OptionRule rule = at_least(minimum);
  rule.maximum = maximum;
  return rule;
}
inline OptionRule one_of(std::vector<std::string> choices) {
  OptionRule rule;
  rule.choices = std::move(choices);
  return rule;
}
// A file option has no default: absent means no file.
inline OptionRule file() {
  OptionRule rule;
  rule.file = true;
  return rule;
}
// Section ids, titles or "custom" as cvport/sections.hpp reads them; a comma-separated string is
// read as the list it spells, and names are trimmed.
inline OptionRule section_ids() {
  OptionRule rule;
  rule.section_ids = true;
  return rule;
}

namespace option_detail {

template <class T> constexpr bool is_integer = std::is_integral_v<T> && !std::is_same_v<T, bool>;
template <class T> constexpr bool is_string_list = std::is_same_v<T, std::vector<std::string>>;

template <class T> std::string_view json_type() {
  if constexpr (std::is_same_v<T, bool>) return "boolean";
  else if constexpr (is_integer<T>) return "integer";
  else if constexpr (std::is_floating_point_v<T>) return "number";
  else if constexpr (std::is_same_v<T, std::string>) return "string";
  else {
    static_assert(is_string_list<T>, "an option is a bool, an integer, a number, a string or a list of strings");
    return "array";
  }
}

// A bound as the option's own type, so that an integer option's "minimum" is 1, not 1.0.
template <class T> Json bound(double value) {
  if constexpr (is_integer<T>) return static_cast<long long>(value);
  else return value;
}

// The shortest text that reads back as the number: 0.5, 5, 101.
inline std::string number_text(double value) {
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  return std::string(buffer, end);
}

// "a, b or c"
inline std::string choice_list(const std::vector<std::string>& choices) {
  std::string text;
  for (size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) text += i + 1 == choices.size() ? " or " : ", ";
    text += choices[i];
  }
  return text;
}

} // namespace option_detail

// Builds the "properties" of the schema, in declaration order. Each property's members come in
// one order (type, items, enum, minimum, maximum, x-cvport-file, default, description).
class OptionSchemaWriter {
public:
  template <class T>
  void option(std::string_view name, const T& initial, std::string_view description, const OptionRule& rule = {}) {
    Json property = {{"type", option_detail::json_type<T>()}};
    if constexpr (option_detail::is_string_list<T>) {
      Json items = {{"type", "string"}};
      if (!rule.choices.empty()) items["enum"] = rule.choices;
      property["items"] = std::move(items);
    } else if (!rule.choices.empty()) {
      property["enum"] = rule.choices;
    }
    if (rule.minimum) property["minimum"] = option_detail::bound<T>(*rule.minimum);
    if (rule.maximum) property["maximum"] = option_detail::bound<T>(*rule.maximum);
    if (rule.file) property["x-cvport-file"] = true;
    else property["default"] = initial;
    property["description"] = std::string(description);
    properties_[std::string(name)] = std::move(property);
  }

  Json schema() const {
    return {{"type", "object"}, {"properties", properties_}, {"additionalProperties", false}};
  }

private:
  Json properties_ = Json::object();
};

// Fills the struct from the options the host passed. The host has checked them against the schema
// and filled in the defaults already; this checks again (a test or another host may call the
// plugin directly) and names the option in the sdk::Error it throws: `option "margin-cm": 9 is
// outside 0.5 to 5`. An absent option keeps the member's initial value.
class OptionReader {
public:
  OptionReader(const Json& given, std::string error_code) : given_(given), error_code_(std::move(error_code)) {}

  template <class T>
  void option(std::string_view name, T& value, std::string_view /*description*/, const OptionRule& rule = {}) {
    auto found = given_.find(std::string(name));
    if (found == given_.end()) return;
    read(name, *found, value, rule);
  }

  // Unknown keys: the schema refuses them (additionalProperties false), so the reader does too.
  void refuse_unknown(const std::vector<std::string_view>& known) const {
    for (const auto& [name, _] : given_.items())
      if (std::find(known.begin(), known.end(), name) == known.end()) fail(name, "unknown option");
  }

  [[noreturn]] void fail(std::string_view name, const std::string& problem) const {
    throw Error(error_code_, "", "option \"" + std::string(name) + "\": " + problem);
  }

private:
  template <class T> void read(std::string_view name, const Json& json, T& value, const OptionRule& rule) const {
    using option_detail::number_text;
    if constexpr (std::is_same_v<T, bool>) {
      if (!json.is_boolean()) fail(name, "expected true or false");
      value = json.get<bool>();
    } else if constexpr (option_detail::is_integer<T> || std::is_floating_point_v<T>) {
      if (option_detail::is_integer<T> ? !json.is_number_integer() : !json.is_number())
        fail(name, option_detail::is_integer<T> ? "expected a whole number" : "expected a number");
      double number = json.get<double>();
      bool below = rule.minimum && !(number >= *rule.minimum), above = rule.maximum && !(number <= *rule.maximum);
      if (below || above) {
        if (rule.minimum && rule.maximum)
          fail(name, number_text(number) + " is outside " + number_text(*rule.minimum) + " to " +
                         number_text(*rule.maximum));
        fail(name, number_text(number) + (below ? " is less than " + number_text(*rule.minimum)
                                                : " is more than " + number_text(*rule.maximum)));
      }
      value = json.get<T>();
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (!json.is_string()) fail(name, "expected a string");
      check_choice(name, json.get_ref<const std::string&>(), rule);
      value = json.get<std::string>();
    } else {
      read_list(name, json, value, rule);
    }
  }

  void read_list(std::string_view name, const Json& json, std::vector<std::string>& value,
                 const OptionRule& rule) const {
    std::optional<std::vector<std::string>> list;
    if (rule.section_ids) list = read_section_list(json);
    else if (json.is_array() && std::all_of(json.begin(), json.end(), [](const Json& item) { return item.is_string(); }))
      list = json.get<std::vector<std::string>>();
    if (!list) fail(name, rule.section_ids ? "expected a list of section ids" : "expected a list of strings");
    for (const std::string& item : *list) check_choice(name, item, rule);
    value = std::move(*list);
  }

  void check_choice(std::string_view name, const std::string& text, const OptionRule& rule) const {
    if (!rule.choices.empty() && std::find(rule.choices.begin(), rule.choices.end(), text) == rule.choices.end())
      fail(name, "expected " + option_detail::choice_list(rule.choices) + ", not \"" + text + "\"");
  }

  const Json& given_;
  std::string error_code_;
};

// The declared names, in order (the reader refuses any other).
class OptionNames {
public:
  template <class T> void option(std::string_view name, const T&, std::string_view, const OptionRule& = {}) {
    names.push_back(name);
  }
  std::vector<std::string_view> names;
};

// Writes each option's value, in declaration order: what a format records of the options it used.
class OptionValueWriter {
public:
  template <class T> void option(std::string_view name, const T& value, std::string_view, const OptionRule& = {}) {
    values_[std::string(name)] = value;
  }
  Json values() const { return values_; }

private:
  Json values_ = Json::object();
};

// The JSON Schema text of Options' declaration, for FormatSpec::options_schema.
template <class Options> Json options_schema_json() {
  OptionSchemaWriter writer;
  Options defaults{};
  describe_options(writer, defaults);
  return writer.schema();
}
template <class Options> std::string options_schema() { return options_schema_json<Options>().dump(); }

// Options read from what the host passed (see OptionReader); throws sdk::Error(error_code, ...),
// e.g. "markdown.bad-option", on an unknown option or a value the schema refuses.
template <class Options> Options read_options(const Json& given, std::string error_code) {
  if (!given.is_object()) throw Error(error_code, "", "the options are not a JSON object");
  Options options{};
  OptionNames declared;
  describe_options(declared, options);
  OptionReader reader(given, std::move(error_code));
  reader.refuse_unknown(declared.names);
  describe_options(reader, options);
  return options;
}

// Every option with its value in `options`, in declaration order.
template <class Options> Json option_values(Options options) {
  OptionValueWriter writer;
  describe_options(writer, options);
  return writer.values();
}

} // namespace cvport::sdk

#endif // CVPORT_TYPED_OPTIONS_HPP
