// The canonical JSON form of the model: the one interchange form that crosses the plugin ABI
// and that `cvport export --to cvport-json` writes.
//
// Writing: fields in declaration order, absent values left out, so the same model always gives
// the same bytes. Reading is in model_json_reader.hpp (cv_from_json_text).
#ifndef CVPORT_MODEL_JSON_HPP
#define CVPORT_MODEL_JSON_HPP

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvport/date.hpp"
#include "cvport/model.hpp"
#include "cvport/utf8.hpp"

namespace cvport {

using Json = nlohmann::ordered_json;

class ModelJsonError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

namespace detail {
inline std::string child_path(const std::string& parent, std::string_view name) {
  return parent.empty() ? std::string(name) : parent + "." + std::string(name);
}

} // namespace detail

// Where a value sits in the model ("work[1].start"), as a chain of frames on the stack of a walk
// over the model: the text is built only when a diagnostic names it. Building it eagerly for
// every field cost more than reading the field.
struct ModelPath {
  const ModelPath* parent = nullptr;
  std::string_view name; // a field name; empty for a list item
  size_t index = 0;      // a list item's index

  ModelPath field(std::string_view field_name) const { return {this, field_name, 0}; }
  ModelPath item(size_t item_index) const { return {this, {}, item_index}; }

  std::string text() const {
    std::string prefix = parent ? parent->text() : std::string();
    if (name.empty()) return parent ? prefix + "[" + std::to_string(index) + "]" : prefix;
    return detail::child_path(prefix, name);
  }
};

namespace detail {

template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

template <class T>
concept Described = std::is_class_v<T> && !std::is_same_v<T, std::string> && !is_vector<T>::value &&
                    !std::is_same_v<T, Date> && !std::is_same_v<T, Extra>;

template <class T>
concept HasShorthand = requires { T::shorthand_field; };

// A list whose items a source file may write as a mapping keyed by this field (model.hpp's Variant).
template <class T>
concept KeyedByName = requires { T::key_field; };

template <class T> Json value_to_json(const T& value);

struct JsonWriter {
  Json& out;
  template <class T> void field(const Field& info, const T& value) {
    Json converted = value_to_json(value);
    if (converted.is_null()) return;
    out[std::string(info.name)] = std::move(converted);
  }
};

// Returns null for an absent value.
template <class T> Json value_to_json(const T& value) {
  if constexpr (std::is_same_v<T, std::string>) {
    return value.empty() ? Json() : Json(value);
  } else if constexpr (std::is_same_v<T, bool>) {
    return value ? Json(true) : Json();
  } else if constexpr (std::is_same_v<T, Date>) {
    return value.empty() ? Json() : Json(format_date(value));
  } else if constexpr (std::is_same_v<T, Extra>) {
    if (value.empty()) return Json();
    Json kept = Json::parse(value.json, nullptr, false);
    if (!kept.is_object() || kept.empty()) return Json();
    // Formats in name order, so the same kept members give the same canonical JSON whichever
    // format was added first; the members of each keep their order.
    std::vector<std::string> formats;
    for (const auto& [format, members] : kept.items()) formats.push_back(format);
    std::sort(formats.begin(), formats.end());
    Json sorted = Json::object();
    for (const std::string& format : formats) sorted[format] = std::move(kept[format]);
    return sorted;
  } else if constexpr (is_vector<T>::value) {
    if (value.empty()) return Json();
    Json array = Json::array();
    for (const auto& item : value) {
      Json converted = value_to_json(item);
      array.push_back(converted.is_null() ? Json::object() : std::move(converted));
    }
    return array;
  } else {
    static_assert(Described<T>);
    Json object = Json::object();
    JsonWriter writer{object};
    // describe() takes a mutable reference so one function serves readers and writers;
    // the writer never modifies it.
    describe(writer, const_cast<T&>(value));
    return object.empty() ? Json() : object;
  }
}

// ---- the compact text, written straight from the model ----------------------------------------
//
// The same bytes as to_json(value).dump(-1, ' ', false, replace), without building the JSON tree
// first: the text crosses the plugin ABI in both directions for every import and export, and the
// tree cost twice the writing (ordered_json finds each member by a linear search before it adds
// it). tests/sdk/model_json_test.cpp compares the two on every field.

// `text` as nlohmann's serializer writes a string (ensure_ascii off): '"', '\\' and the control
// characters escaped, the rest as it is. Invalid UTF-8, which model text never has, goes to the
// serializer itself, so its replacement characters are the same.
inline void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t begin = out.size();
  out += '"';
  size_t start = 0;
  for (size_t at = 0; at < text.size();) {
    auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x80) {
      char32_t code_point = 0;
      size_t length = decode_utf8(text, at, code_point);
      if (length == 0) {
        out.resize(begin);
        out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
      }
      at += length;
      continue;
    }
    if (byte >= 0x20 && byte != '"' && byte != '\\') {
      ++at;
      continue;
    }
    out.append(text, start, at - start);
    switch (byte) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
    start = ++at;
  }
  out.append(text, start);
  out += '"';
}

// Whether the canonical JSON has `value` (value_to_json's and append_compact_json's rule): no
// empty text, date or list, no false, no struct without such a field, no Extra without kept
// members. For writers that walk the model themselves (the host's cvport-yaml export).
template <class T> bool has_canonical_value(const T& value);

struct CanonicalValueCheck {
  bool any = false;
  template <class U> void field(const Field&, const U& value) { any = any || has_canonical_value(value); }
};

template <class T> bool has_canonical_value(const T& value) {
  if constexpr (std::is_same_v<T, std::string> || is_vector<T>::value || std::is_same_v<T, Date>) {
    return !value.empty();
  } else if constexpr (std::is_same_v<T, bool>) {
    return value;
  } else if constexpr (std::is_same_v<T, Extra>) {
    return !value.empty() && !value_to_json(value).is_null();
  } else {
    static_assert(Described<T>);
    CanonicalValueCheck check;
    describe(check, const_cast<T&>(value)); // describe() takes a mutable reference; nothing changes
    return check.any;
  }
}

// Appends any nlohmann JSON value as dump(-1, ' ', false, replace) writes it: strings with
// append_json_string (the serializer copies them a byte at a time), integers, booleans and null
// as their text, floats by the serializer. For kept members (Extra) and an importer's origins.
template <class BasicJson> void append_compact_json_value(std::string& out, const BasicJson& value) {
  if (value.is_string()) {
    append_json_string(out, value.template get_ref<const typename BasicJson::string_t&>());
  } else if (value.is_object()) {
    out += '{';
    bool first = true;
    for (auto member = value.cbegin(); member != value.cend(); ++member) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, member.key());
      out += ':';
      append_compact_json_value(out, member.value());
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out += ',';
      append_compact_json_value(out, value[i]);
    }
    out += ']';
  } else if (value.is_number_unsigned() || value.is_number_integer()) {
    // The serializer's own setup costs more than the digits (an origin is two numbers).
    char digits[24];
    auto end = value.is_number_unsigned()
                   ? std::to_chars(digits, digits + sizeof digits, value.template get<std::uint64_t>()).ptr
                   : std::to_chars(digits, digits + sizeof digits, value.template get<std::int64_t>()).ptr;
    out.append(digits, end);
  } else if (value.is_boolean()) {
    out += value.template get<bool>() ? "true" : "false";
  } else if (value.is_null()) {
    out += "null";
  } else {
    out += value.dump(-1, ' ', false, BasicJson::error_handler_t::replace);
  }
}

template <class T> bool append_compact_json(std::string& out, const T& value);

struct CompactJsonWriter {
  std::string& out;
  bool empty = true;
  template <class T> void field(const Field& info, const T& value) {
    size_t mark = out.size();
    if (!empty) out += ',';
    append_json_string(out, info.name);
    out += ':';
    if (append_compact_json(out, value))
      empty = false;
    else
      out.resize(mark);
  }
};

// Appends the JSON of `value`; returns false for an absent value, which the caller then takes
// back out (what it appended is left for the caller to cut).
template <class T> bool append_compact_json(std::string& out, const T& value) {
  if constexpr (std::is_same_v<T, std::string>) {
    if (value.empty()) return false;
    append_json_string(out, value);
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!value) return false;
    out += "true";
  } else if constexpr (std::is_same_v<T, Date>) {
    if (value.empty()) return false;
    append_json_string(out, format_date(value));
  } else if constexpr (std::is_same_v<T, Extra>) {
    Json kept = value_to_json(value);
    if (kept.is_null()) return false;
    append_compact_json_value(out, kept);
  } else if constexpr (is_vector<T>::value) {
    if (value.empty()) return false;
    out += '[';
    for (size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out += ',';
      size_t mark = out.size();
      if (!append_compact_json(out, value[i])) {
        out.resize(mark);
        out += "{}"; // as value_to_json: an absent item stays, as an empty object
      }
    }
    out += ']';
  } else {
    static_assert(Described<T>);
    out += '{';
    CompactJsonWriter writer{out};
    describe(writer, const_cast<T&>(value));
    if (writer.empty) return false;
    out += '}';
  }
  return true;
}

} // namespace detail

// Appends `text` as a JSON string, byte for byte as nlohmann's dump writes it: for a plugin that
// writes JSON text itself (the BibTeX importer's kept fields).
using detail::append_json_string;

// The members kept for format `format_id` ({} when none).
inline Json extra_members(const Extra& extra, std::string_view format_id) {
  Json kept = detail::value_to_json(extra);
  auto members = kept.is_object() ? kept.find(std::string(format_id)) : kept.end();
  return members != kept.end() && members->is_object() ? *members : Json::object();
}

// Replaces the members kept for `format_id`; an empty object removes them.
inline void set_extra_members(Extra& extra, std::string_view format_id, Json members) {
  Json kept = detail::value_to_json(extra);
  if (!kept.is_object()) kept = Json::object();
  if (members.is_object() && !members.empty())
    kept[std::string(format_id)] = std::move(members);
  else
    kept.erase(std::string(format_id));
  extra.json = kept.empty() ? std::string() : kept.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Canonical JSON of a whole CV (or of any model struct).
template <class T> Json to_json(const T& value) {
  Json json = detail::value_to_json(value);
  return json.is_null() ? Json::object() : json;
}

// The canonical text: two-space indentation, UTF-8 as is, a final newline.
// Invalid UTF-8 cannot reach here from cvport's reader; a plugin's model is replaced, not thrown.
inline std::string to_canonical_text(const Cv& cv) {
  return to_json(cv).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// The same JSON without indentation or final newline: what the host hands to plugins. A third
// smaller than the indented form, so cheaper to write once and to parse in every plugin.
inline std::string to_compact_model_text(const Cv& cv) {
  std::string text;
  if (!detail::append_compact_json(text, cv)) return "{}";
  return text;
}

} // namespace cvport

#endif // CVPORT_MODEL_JSON_HPP
