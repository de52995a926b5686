// Reads canonical cvport JSON (what cvport::to_json writes) into model values, as a liberal
// importer must: a value of the wrong type or kind (a bad date or identifier) and an unknown
// member become warnings located in the input document and are left out, and reading goes on.
// A missing required value is not reported here but listed (missing_required()): the caller
// knows whether the entry is blank or must be kept another way.
//
// The importer builds one canonical object per JSON Resume entry, from its standard members and
// its "x-cvport" member, and reads it here; the Locator says where each value came from.
#ifndef CVPORT_JSONRESUME_CANONICAL_READER_HPP
#define CVPORT_JSONRESUME_CANONICAL_READER_HPP

#include <algorithm>
#include <string>
#include <vector>

#include "cvport/model_json.hpp"
#include "cvport/plugin_context.hpp"
#include "json_path.hpp"
#include "locator.hpp"

namespace cvport::jsonresume {

class CanonicalReader {
public:
  CanonicalReader(const Locator& locator, sdk::Diagnostics& diagnostics)
      : locator_(locator), diagnostics_(diagnostics) {}

  // The canonical paths of required values that were missing or empty, in reading order.
  const std::vector<std::string>& missing_required() const { return missing_; }

  // Reads `json`, found at canonical path `path`, into `value`.
  template <class T> void read(const Json& json, T& value, const std::string& path = "") {
    read_value(json, value, path, Field{});
  }

private:
  template <class T> void read_value(const Json& json, T& value, const std::string& path, const Field& info) {
    if (json.is_null()) return;
    if constexpr (std::is_same_v<T, std::string>) {
      read_text(json, value, path, info);
    } else if constexpr (std::is_same_v<T, bool>) {
      read_flag(json, value, path);
    } else if constexpr (std::is_same_v<T, Date>) {
      read_date(json, value, path, info);
    } else if constexpr (std::is_same_v<T, Extra>) {
      if (!json.is_object()) return wrong_type(path, "an object", json);
      value.json = json.empty() ? std::string() : json.dump(-1, ' ', false, Json::error_handler_t::replace);
    } else if constexpr (detail::is_vector<T>::value) {
      read_list(json, value, path, info);
    } else {
      read_struct(json, value, path);
    }
  }

  void read_text(const Json& json, std::string& value, const std::string& path, const Field& info);
  void read_flag(const Json& json, bool& value, const std::string& path);
  void read_date(const Json& json, Date& value, const std::string& path, const Field& info);
  void wrong_type(const std::string& path, std::string_view expected, const Json& found);
  void missing(const std::string& path, const Field& info);
  void unknown_member(const std::string& path, std::string_view name,
                      std::span<const std::string_view> known);

  template <class T>
  void read_list(const Json& json, std::vector<T>& value, const std::string& path, const Field& info) {
    if (!json.is_array()) return wrong_type(path, "an array", json);
    Field item_info = info;
    item_info.required = false;
    value.clear();
    // An item that reads as nothing (null, "", a value left out) is dropped: the model's lists
    // hold no absent items.
    for (size_t i = 0; i < json.size(); ++i) {
      T item{};
      read_value(json[i], item, index_path(path, i), item_info);
      if (!detail::value_to_json(item).is_null()) value.push_back(std::move(item));
    }
  }

  struct NameCollector {
    std::vector<std::string_view> names;
    template <class U> void field(const Field& info, U&) { names.push_back(info.name); }
  };

  struct FieldVisitor {
    CanonicalReader& reader;
    const Json& object;
    const std::string& path;
    template <class U> void field(const Field& info, U& value) {
      std::string child = join_path(path, info.name);
      auto it = object.find(std::string(info.name));
      if (it != object.end()) reader.read_value(*it, value, child, info);
      bool absent = detail::value_to_json(value).is_null();
      if (info.required && absent) reader.missing(child, info);
    }
  };

  struct ShorthandVisitor {
    CanonicalReader& reader;
    const Json& text;
    const std::string& path;
    std::string_view target;
    template <class U> void field(const Field& info, U& value) {
      if (info.name == target) reader.read_value(text, value, path, info);
    }
  };

  template <class T> void read_struct(const Json& json, T& value, const std::string& path) {
    if constexpr (detail::HasShorthand<T>) {
      if (json.is_string()) {
        ShorthandVisitor shorthand{*this, json, path, T::shorthand_field};
        describe(shorthand, value);
        return;
      }
    }
    if (!json.is_object())
      return wrong_type(path, detail::HasShorthand<T> ? "an object or a string" : "an object", json);
    NameCollector collector;
    T probe{};
    describe(collector, probe);
    for (const auto& [name, member] : json.items())
      if (std::find(collector.names.begin(), collector.names.end(), name) == collector.names.end())
        unknown_member(join_path(path, name), name, collector.names);
    FieldVisitor visitor{*this, json, path};
    describe(visitor, value);
  }

  const Locator& locator_;
  sdk::Diagnostics& diagnostics_;
  std::vector<std::string> missing_;
};

} // namespace cvport::jsonresume

#endif
