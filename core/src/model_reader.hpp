// Reads a parsed YAML/JSON document (a SourceTree) into the model by walking each struct's
// describe() list.
// Collects every problem instead of stopping at the first, each with its position and path.
#ifndef CVPORT_SRC_MODEL_READER_HPP
#define CVPORT_SRC_MODEL_READER_HPP

#include <optional>
#include <string>
#include <vector>

#include "cvport/broken_paths.hpp"
#include "cvport/date.hpp"
#include "cvport/diagnostics.hpp"
#include "cvport/language.hpp"
#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "cvport/source.hpp"
#include "cvport/text.hpp"
#include "source_tree.hpp"
#include "text_checks.hpp"

namespace cvport {

// The languages a source's multilingual values ({en: "...", de: "..."}) are read in: `wanted`
// (the export's --lang, else the file's own language, else English), failing that the default
// (`cv_language`, the file's own, else English, else the value's first), with a note.
struct TextLanguages {
  std::string wanted;
  std::string cv_language;
};

class ModelReader {
public:
  ModelReader(std::string file, DiagnosticList& diagnostics, SourceMap& map, BrokenPaths& broken, int max_depth,
              TextLanguages languages = {})
      : file_(std::move(file)), diagnostics_(diagnostics), map_(map), broken_(broken), max_depth_(max_depth),
        languages_(std::move(languages)) {
    if (languages_.wanted.empty()) languages_.wanted = languages_.cv_language;
    if (languages_.wanted.empty()) languages_.wanted = kDefaultLanguage;
  }

  template <class T> void read(SourceNode node, T& value, const std::string& path,
                               const Field& info, int depth) {
    remember(path, node);
    if (node.is_null()) return;
    if (depth > max_depth_) {
      error(node, path, "source.too-deep",
            "nesting deeper than " + std::to_string(max_depth_) + " levels", "");
      return;
    }
    if constexpr (std::is_same_v<T, std::string>) {
      read_text(node, value, path, info);
    } else if constexpr (std::is_same_v<T, bool>) {
      read_flag(node, value, path);
    } else if constexpr (std::is_same_v<T, Date>) {
      read_date(node, value, path, info);
    } else if constexpr (detail::is_vector<T>::value) {
      read_list(node, value, path, info, depth);
    } else if constexpr (std::is_same_v<T, Extra>) {
      read_extra(node, value, path);
    } else {
      read_struct(node, value, path, depth);
    }
  }

  // Positions recorded while reading: the mapping for a path that is absent (a missing
  // required field) is its parent's. An error also marks its path as broken (see BrokenPaths).
  void error(SourceNode node, const std::string& path, std::string code,
             std::string message, std::string hint, Severity severity = Severity::error) {
    if (severity == Severity::error) broken_.add(path);
    Diagnostic d{severity, std::move(code), file_, 0, 0, path, std::move(message), std::move(hint)};
    if (node.has_position()) {
      d.line = node.line();
      d.column = node.column();
    }
    diagnostics_.add(std::move(d));
  }

private:
  void remember(const std::string& path, SourceNode node) {
    if (node.has_position()) map_.record(path, {node.line(), node.column()});
  }

  bool expect_scalar(SourceNode node, const std::string& path, const char* what) {
    if (node.is_scalar()) return true;
    error(node, path, "source.wrong-type",
          std::string("expected ") + what + ", found " + (node.is_sequence() ? "a list" : "a mapping"),
          "");
    return false;
  }

  void read_text(SourceNode node, std::string& value, const std::string& path,
                 const Field& info) {
    if (node.is_map() && may_be_multilingual(info)) {
      std::optional<SourceNode> text = text_in_language(node, path);
      if (!text) return;
      node = *text;
    }
    if (!expect_scalar(node, path, "text")) return;
    TextCheck check = check_text_value(node.scalar(), info);
    if (!check.message.empty())
      error(node, path, check.code, check.message, check.hint,
            check.is_error ? Severity::error : check.is_note ? Severity::note : Severity::warning);
    if (check.is_error) return;
    value = std::move(check.value);
  }

  static bool is_language_map(SourceNode node) {
    if (!node.is_map() || node.size() == 0) return false;
    for (size_t i = 0; i < node.size(); ++i)
      if (!node.key(i).is_scalar() || !is_language_tag(node.key(i).scalar())) return false;
    return true;
  }

  // The text to read from a mapping of language tag to text ({en: "...", de: "..."}) at a field of
  // free text: the wanted language's, else the default one's with a note. Nothing after an error:
  // a mapping that is no such map keeps the type error a mapping gets at any text field, placed
  // at the first key that is no language tag (where an editor using the schema places it too).
  std::optional<SourceNode> text_in_language(SourceNode map, const std::string& path) {
    const std::string form = "{en: \"...\", de: \"...\"}";
    if (map.size() == 0) {
      error(map, path, "source.wrong-type", "expected text, found an empty mapping",
            "write the text, or map language tags to it: " + form);
      return std::nullopt;
    }
    std::vector<std::string> tags;
    for (size_t i = 0; i < map.size(); ++i) {
      SourceNode key = map.key(i);
      if (!key.is_scalar() || !is_language_tag(key.scalar())) {
        error(key, path, "source.wrong-type", "expected text, found a mapping",
              "a text in several languages maps language tags to it: " + form +
                  (key.is_scalar() ? "; " + in_quotes(key.scalar()) + " is not a language tag" : ""));
        return std::nullopt;
      }
      if (std::find(tags.begin(), tags.end(), key.scalar()) != tags.end()) {
        error(key, path, "source.duplicate-key", in_quotes(key.scalar()) + " is given twice in the same mapping",
              "remove one of them");
        return std::nullopt;
      }
      tags.push_back(key.scalar());
    }
    bool all_text = true;
    for (size_t i = 0; i < map.size(); ++i) {
      SourceNode text = map.value(i);
      if (text.is_scalar()) continue;
      all_text = false;
      error(text.is_null() ? map.key(i) : text, path, "source.wrong-type",
            "expected the " + in_quotes(tags[i]) + " text, found " +
                (text.is_null() ? "nothing" : text.is_sequence() ? "a list" : "a mapping"),
            "");
    }
    if (!all_text) return std::nullopt;
    LanguageChoice choice = choose_language(tags, languages_.wanted, languages_.cv_language);
    if (!choice.wanted)
      error(map, path, "source.language-fallback",
            "no " + in_quotes(languages_.wanted) + " text; the " + in_quotes(tags[choice.index]) + " one is read",
            "add " + languages_.wanted + ": \"...\" to give it in that language", Severity::note);
    return map.value(choice.index);
  }

  void read_flag(SourceNode node, bool& value, const std::string& path) {
    if (!expect_scalar(node, path, "true or false")) return;
    const std::string& text = node.scalar();
    if (text == "true" || text == "True" || text == "TRUE") {
      value = true;
    } else if (text == "false" || text == "False" || text == "FALSE") {
      value = false;
    } else {
      error(node, path, "source.wrong-type", "expected true or false, found " + in_quotes(text), "");
    }
  }

  void read_date(SourceNode node, Date& value, const std::string& path, const Field& info) {
    if (!expect_scalar(node, path, "a date")) return;
    bool allow_present = info.kind == TextKind::end_date;
    auto date = parse_date(trimmed(node.scalar()), allow_present);
    if (!date) {
      DateProblem problem = describe_bad_date(trimmed(node.scalar()), allow_present);
      error(node, path, "source.bad-date", problem.message, problem.hint);
      return;
    }
    value = *date;
  }

  // Kept members are any YAML, read as the JSON they stand for: an unquoted 12 or true is a
  // number or a boolean, as a JSON reader of the exported file will see it.
  void read_extra(SourceNode node, Extra& value, const std::string& path) {
    if (!node.is_map()) {
      error(node, path, "source.wrong-type",
            std::string("expected a mapping of kept members by format, found ") +
                (node.is_sequence() ? "a list" : "text"),
            "");
      return;
    }
    if (node.size() == 0) {
      value.json.clear();
      return;
    }
    std::string text;
    if (append_kept_json(text, node)) {
      value.json = std::move(text);
      return;
    }
    Json kept = kept_json(node);
    value.json.clear();
    if (!kept.empty()) detail::append_compact_json_value(value.json, kept);
  }

  // Appends kept_json(node)'s text as its dump writes it, without the tree: a string is written
  // as it is, where the tree would copy it twice. False for a mapping whose keys are not all
  // distinct text (kept_json's order of overwriting decides those): then nothing is certain of
  // `out`, and the caller goes through kept_json.
  static bool append_kept_json(std::string& out, SourceNode node) {
    if (node.is_null()) {
      out += "null";
    } else if (node.is_scalar()) {
      if (node.is_plain())
        detail::append_compact_json_value(out, kept_json(node));
      else
        detail::append_json_string(out, node.scalar());
    } else if (node.is_sequence()) {
      out += '[';
      for (size_t i = 0; i < node.size(); ++i) {
        if (i > 0) out += ',';
        if (!append_kept_json(out, node.item(i))) return false;
      }
      out += ']';
    } else {
      constexpr size_t kCompared = 64; // keys compared pairwise up to this many
      if (node.size() > kCompared) return false;
      out += '{';
      for (size_t i = 0; i < node.size(); ++i) {
        SourceNode key = node.key(i);
        if (!key.is_scalar()) return false;
        for (size_t j = 0; j < i; ++j)
          if (node.key(j).scalar() == key.scalar()) return false;
        if (i > 0) out += ',';
        detail::append_json_string(out, key.scalar());
        out += ':';
        if (!append_kept_json(out, node.value(i))) return false;
      }
      out += '}';
    }
    return true;
  }

  static Json kept_json(SourceNode node) {
    if (node.is_null()) return Json();
    if (node.is_scalar()) {
      if (node.is_plain()) {
        Json typed = Json::parse(node.scalar(), nullptr, false);
        if (typed.is_number() || typed.is_boolean()) return typed;
        if (node.scalar() == "True" || node.scalar() == "TRUE") return true;
        if (node.scalar() == "False" || node.scalar() == "FALSE") return false;
      }
      return node.scalar();
    }
    Json result = node.is_map() ? Json::object() : Json::array();
    for (size_t i = 0; i < node.size(); ++i) {
      if (node.is_sequence())
        result.push_back(kept_json(node.item(i)));
      else
        result[node.key(i).is_scalar() ? node.key(i).scalar() : std::string()] = kept_json(node.value(i));
    }
    return result;
  }

  template <class T> void read_list(SourceNode node, std::vector<T>& value,
                                    const std::string& path, const Field& info, int depth) {
    if constexpr (detail::KeyedByName<T>) {
      if (node.is_map()) {
        read_keyed_list(node, value, path, depth);
        return;
      }
    }
    if (!node.is_sequence()) {
      if constexpr (std::is_same_v<T, std::string>) {
        // A single string where a list is expected is a common slip; say so precisely.
        error(node, path, "source.wrong-type", "expected a list, found a single value",
              "write it as a list: [\"" + (node.is_scalar() ? node.scalar() : std::string("...")) +
                  "\"] or one \"- item\" per line");
      } else {
        error(node, path, "source.wrong-type",
              std::string("expected a list, found ") + (node.is_scalar() ? "text" : "a mapping"), "");
      }
      return;
    }
    value.resize(node.size());
    Field item_info = info;
    item_info.required = false;
    for (size_t i = 0; i < node.size(); ++i)
      read(node.item(i), value[i], path + "[" + std::to_string(i) + "]", item_info, depth + 1);
  }

  // {industry: {...}, academic: {...}}: item i is the value of the i-th key, with the key as its
  // T::key_field. Its path is "variants[i]", as in the canonical JSON's list.
  template <class T> void read_keyed_list(SourceNode node, std::vector<T>& value, const std::string& path,
                                          int depth) {
    std::vector<std::string> seen;
    for (size_t i = 0; i < node.size(); ++i) {
      SourceNode key = node.key(i);
      if (!key.is_scalar() || trimmed(key.scalar()).empty()) {
        error(key, path, "source.bad-key", "a name must be text", "");
        continue;
      }
      if (std::find(seen.begin(), seen.end(), key.scalar()) != seen.end()) {
        error(key, path, "source.duplicate-key", "\"" + key.scalar() + "\" is given twice in the same mapping",
              "remove one of them");
        continue;
      }
      seen.push_back(key.scalar());
      T& item = value.emplace_back();
      std::string item_path = path + "[" + std::to_string(value.size() - 1) + "]";
      remember(item_path, key);
      if (!node.value(i).is_null()) read_struct(node.value(i), item, item_path, depth + 1);
      KeyFieldSetter setter{key.scalar(), T::key_field};
      describe(setter, item);
    }
  }

  struct KeyFieldSetter {
    const std::string& key;
    std::string_view target;
    template <class U> void field(const Field& info, U& value) {
      if constexpr (std::is_same_v<U, std::string>)
        if (info.name == target) value = trimmed(key);
    }
  };

  struct NameCollector {
    std::vector<std::string_view> names;
    template <class U> void field(const Field& info, U&) { names.push_back(info.name); }
  };

  struct FieldReader {
    ModelReader& reader;
    SourceNode node;
    const std::string& path;
    int depth;
    // Fields a misspelled key was taken for: their absence is already explained.
    const std::vector<std::string>& suggested;
    template <class U> void field(const Field& info, U& value) {
      std::optional<SourceNode> item = node.find(info.name);
      // Most fields of a struct are absent: their path is made only when it is read or named.
      if (!(item && !item->is_null()) && !info.required) return;
      std::string child = detail::child_path(path, info.name);
      if (item && !item->is_null()) {
        // Read without an error: a warning (control characters removed) may leave a required
        // text empty, which is then refused as an empty one is. Found by fuzz_source_reader: a
        // name of control characters alone was read as "", and the canonical JSON, which leaves
        // out an empty person, did not read back.
        size_t errors_before = reader.diagnostics_.count(Severity::error);
        reader.read(*item, value, child, info, depth + 1);
        bool read_cleanly = reader.diagnostics_.count(Severity::error) == errors_before;
        if constexpr (std::is_same_v<U, std::string>) {
          // A language map's text is checked as a scalar's is.
          if (info.required && value.empty() && (item->is_scalar() || item->is_map()) && read_cleanly)
            reader.error(*item, child, "source.missing-field",
                         "\"" + std::string(info.name) + "\" must not be empty", "");
        }
      } else if (info.required &&
                 std::find(suggested.begin(), suggested.end(), info.name) == suggested.end()) {
        reader.error(node, path.empty() ? std::string(info.name) : child, "source.missing-field",
                     "missing required field \"" + std::string(info.name) + "\"",
                     "add \"" + std::string(info.name) + ":\" (" + std::string(info.doc) + ")");
      }
    }
  };

  struct ShorthandReader {
    ModelReader& reader;
    SourceNode node;
    const std::string& path;
    std::string_view target;
    template <class U> void field(const Field& info, U& value) {
      if (info.name == target) reader.read(node, value, path, info, 0);
    }
  };

  template <class T> void read_struct(SourceNode node, T& value, const std::string& path,
                                      int depth) {
    if constexpr (detail::HasShorthand<T>) {
      // A scalar, or its text in several languages ({en: ..., de: ...}: no field of an author or
      // a venue is named like a language tag), is the shorthand field's value.
      if (node.is_scalar() || is_language_map(node)) {
        ShorthandReader shorthand{*this, node, path, T::shorthand_field};
        describe(shorthand, value);
        return;
      }
    }
    if (!node.is_map()) {
      const std::vector<std::string_view>& names = field_names<T>();
      std::string listed;
      for (size_t i = 0; i < names.size() && i < 4; ++i) listed += (i ? ", " : "") + std::string(names[i]);
      error(node, path, "source.wrong-type",
            std::string("expected a mapping with fields such as ") + listed + ", found " +
                (node.is_sequence() ? "a list" : "text"),
            "");
      return;
    }
    std::vector<std::string> suggested = check_keys<T>(node, path);
    FieldReader reader{*this, node, path, depth, suggested};
    describe(reader, value);
  }

  // Made once for each struct: a probe of a large struct costs more than reading one.
  template <class T> static const std::vector<std::string_view>& field_names() {
    static const std::vector<std::string_view> names = [] {
      NameCollector collector;
      T probe{};
      describe(collector, probe);
      return collector.names;
    }();
    return names;
  }

  // Reports unknown and duplicate keys; returns the field names suggested for misspellings.
  template <class T> std::vector<std::string> check_keys(SourceNode node, const std::string& path) {
    const std::vector<std::string_view>& names = field_names<T>();
    std::vector<std::string_view> seen; // the keys' own text, kept by the tree
    std::vector<std::string> suggested;
    for (size_t i = 0; i < node.size(); ++i) {
      SourceNode key = node.key(i);
      if (!key.is_scalar()) {
        error(key, path, "source.bad-key", "a field name must be text", "");
        continue;
      }
      const std::string& name = key.scalar();
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        error(key, detail::child_path(path, name), "source.duplicate-key",
              "\"" + name + "\" is given twice in the same mapping", "remove one of them");
        continue;
      }
      seen.push_back(name);
      if (std::find(names.begin(), names.end(), name) != names.end()) continue;
      std::string suggestion = closest_match(name, names);
      std::string hint = !suggestion.empty() ? "did you mean \"" + suggestion + "\"?"
                                             : known_alias_hint(name, names);
      if (!suggestion.empty()) {
        // The field the key was meant for is missing its value, whatever the checks across entries see.
        suggested.push_back(suggestion);
        broken_.add(detail::child_path(path, suggestion));
      }
      error(key, detail::child_path(path, name), "source.unknown-field", "unknown field " + in_quotes(name), hint);
    }
    return suggested;
  }

  std::string file_;
  DiagnosticList& diagnostics_;
  SourceMap& map_;
  BrokenPaths& broken_;
  int max_depth_;
  TextLanguages languages_;
};

} // namespace cvport

#endif
