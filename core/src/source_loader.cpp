// Reading source files: bytes -> checked text -> YAML node tree -> model.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "cvport/source.hpp"
#include "model_reader.hpp"

namespace cvport {

std::optional<SourcePosition> SourceMap::find(std::string_view path) const {
  std::string key(path);
  while (true) {
    if (auto it = positions_.find(key); it != positions_.end()) return it->second;
    if (key.empty()) return std::nullopt;
    size_t cut = key.find_last_of(".[");
    key = cut == std::string::npos ? std::string() : key.substr(0, cut);
  }
}

void SourceMap::locate(Diagnostic& diagnostic) const {
  if (diagnostic.line > 0 || diagnostic.path.empty()) return;
  if (auto position = find(diagnostic.path)) {
    diagnostic.line = position->line;
    diagnostic.column = position->column;
  }
}

void SourceMap::locate_all(DiagnosticList& diagnostics) const {
  DiagnosticList located;
  for (Diagnostic d : diagnostics.items()) {
    locate(d);
    located.add(std::move(d));
  }
  diagnostics = std::move(located);
}

namespace {

// 1-based line and column (in characters, counting UTF-8 sequences as one) of byte `offset`.
SourcePosition position_of(std::string_view text, size_t offset) {
  SourcePosition position{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

// Length of the valid UTF-8 sequence at `i`, or 0.
size_t utf8_sequence_length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  // Reject overlong forms, surrogates and code points past U+10FFFF.
  if (length == 2 && lead < 0xC2) return 0;
  if (length == 3 && lead == 0xE0 && byte(i + 1) < 0xA0) return 0;
  if (length == 3 && lead == 0xED && byte(i + 1) >= 0xA0) return 0;
  if (length == 4 && lead == 0xF0 && byte(i + 1) < 0x90) return 0;
  if (length == 4 && (lead > 0xF4 || (lead == 0xF4 && byte(i + 1) >= 0x90))) return 0;
  return length;
}

Diagnostic at(const std::string& file, SourcePosition position, std::string code, std::string message,
              std::string hint = {}) {
  return {Severity::error, std::move(code), file, position.line, position.column, "", std::move(message),
          std::move(hint)};
}

std::string_view without_bom(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

bool looks_like_json(std::string_view text) {
  auto first = std::find_if(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\n' && c != '\r' && c != '\t'; });
  return first != text.end() && *first == '{';
}

// For JSON that yaml-cpp cannot read (tabs as indentation): the same tree, without positions.
YAML::Node json_to_yaml(const nlohmann::json& json) {
  if (json.is_object()) {
    YAML::Node node(YAML::NodeType::Map);
    for (const auto& [key, value] : json.items()) node[key] = json_to_yaml(value);
    return node;
  }
  if (json.is_array()) {
    YAML::Node node(YAML::NodeType::Sequence);
    for (const auto& value : json) node.push_back(json_to_yaml(value));
    return node;
  }
  if (json.is_null()) return YAML::Node(YAML::NodeType::Null);
  if (json.is_string()) return YAML::Node(json.get<std::string>());
  return YAML::Node(json.dump());
}

// The offset where JSON brackets first nest deeper than `limit`, ignoring brackets in strings.
// Checked before parsing, so no parser or converter ever recurses that deep.
std::optional<size_t> json_too_deep_at(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// Parses YAML or JSON text into a node tree; reports syntax errors with their position.
std::optional<YAML::Node> parse_document(std::string_view text, const std::string& file,
                                         DiagnosticList& diagnostics, int max_depth) {
  std::optional<nlohmann::json> json;
  if (looks_like_json(text)) {
    if (auto deep = json_too_deep_at(text, max_depth)) {
      diagnostics.add(at(file, position_of(text, *deep), "source.too-deep",
                         "nesting deeper than " + std::to_string(max_depth) + " levels",
                         "a CV needs a handful of levels; this input is not a CV"));
      return std::nullopt;
    }
    try {
      json = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
      size_t offset = error.byte > 0 ? error.byte - 1 : 0;
      std::string message = error.what();
      if (auto cut = message.find("syntax error while parsing"); cut != std::string::npos)
        message = message.substr(cut);
      diagnostics.add(at(file, position_of(text, offset), "source.syntax", "invalid JSON: " + message));
      return std::nullopt;
    }
  }
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::DeepRecursion& error) {
    diagnostics.add(at(file, {error.mark.line + 1, error.mark.column + 1}, "source.too-deep",
                       "nesting too deep for the YAML reader",
                       "a CV needs a handful of levels; this input is not a CV"));
    return std::nullopt;
  } catch (const YAML::Exception& error) {
    if (json) return json_to_yaml(*json);
    SourcePosition position{error.mark.line + 1, error.mark.column + 1};
    std::string hint;
    if (error.msg.find("tab") != std::string::npos || text.find('\t') != std::string_view::npos)
      hint = "YAML indentation must use spaces, not tabs";
    diagnostics.add(at(file, position, "source.syntax", "invalid YAML: " + error.msg, hint));
    return std::nullopt;
  }
}

// Records the position of every node; bounded so that alias-heavy documents stay cheap.
void map_node(const YAML::Node& node, const std::string& path, SourceMap& map, size_t& budget) {
  if (budget == 0) return;
  --budget;
  if (node.Mark().line >= 0) map.record(path, {node.Mark().line + 1, node.Mark().column + 1});
  if (node.IsMap()) {
    for (const auto& entry : node) {
      if (!entry.first.IsScalar()) continue;
      std::string child = path.empty() ? entry.first.Scalar() : path + "." + entry.first.Scalar();
      if (entry.first.Mark().line >= 0)
        map.record(child, {entry.first.Mark().line + 1, entry.first.Mark().column + 1});
      map_node(entry.second, child, map, budget);
    }
  } else if (node.IsSequence()) {
    for (size_t i = 0; i < node.size(); ++i)
      map_node(node[i], path + "[" + std::to_string(i) + "]", map, budget);
  }
}

} // namespace

bool check_text_encoding(std::string_view text, const std::string& file, DiagnosticList& diagnostics) {
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\0') {
      diagnostics.add(at(file, position_of(text, i), "source.nul-byte", "the file contains a NUL byte",
                         "is this a binary file? cvport reads UTF-8 text (YAML or JSON)"));
      return false;
    }
    size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      diagnostics.add(at(file, position_of(text, i), "source.bad-encoding",
                         "the file is not valid UTF-8 (byte 0x" +
                             std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(text[i]) >> 4]) +
                             std::string(1, "0123456789ABCDEF"[static_cast<unsigned char>(text[i]) & 15]) +
                             " at offset " + std::to_string(i) + ")",
                         "save the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"));
      return false;
    }
    i += length;
  }
  return true;
}

LoadedSource read_cv_source(std::string_view raw, const std::string& file, const SourceLimits& limits) {
  LoadedSource result;
  if (raw.size() > limits.max_bytes) {
    result.diagnostics.add(at(file, {0, 0}, "source.too-large",
                              "the file is " + std::to_string(raw.size()) + " bytes; the limit is " +
                                  std::to_string(limits.max_bytes)));
    return result;
  }
  std::string_view text = without_bom(raw);
  if (!check_text_encoding(text, file, result.diagnostics)) return result;
  auto document = parse_document(text, file, result.diagnostics, limits.max_depth);
  if (!document) return result;
  ModelReader reader(file, result.diagnostics, result.map, limits.max_depth);
  try {
    if (!document->IsMap()) {
      reader.error(*document, "", "source.wrong-type",
                   "a CV file must be a mapping with \"person\" and sections such as \"education\"",
                   "start the file with \"person:\"");
      return result;
    }
    reader.read(*document, result.cv, "", Field{.name = "", .doc = ""}, 0);
  } catch (const YAML::Exception& error) {
    result.diagnostics.add(at(file, {error.mark.line + 1, error.mark.column + 1}, "source.syntax",
                              "invalid YAML: " + error.msg));
  }
  return result;
}

std::optional<std::string> read_input_file(const std::string& path, DiagnosticList& diagnostics,
                                           const SourceLimits& limits) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    diagnostics.add({Severity::error, "input.not-found", path, 0, 0, "",
                     std::filesystem::exists(path, error) ? "not a regular file" : "no such file", ""});
    return std::nullopt;
  }
  auto size = std::filesystem::file_size(path, error);
  if (!error && size > limits.max_bytes) {
    diagnostics.add({Severity::error, "source.too-large", path, 0, 0, "",
                     "the file is " + std::to_string(size) + " bytes; the limit is " +
                         std::to_string(limits.max_bytes) + " (--max-input-bytes)",
                     ""});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.add({Severity::error, "input.unreadable", path, 0, 0, "", "cannot open the file for reading", ""});
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

SourceMap map_document_positions(std::string_view text) {
  SourceMap map;
  try {
    YAML::Node document = YAML::Load(std::string(without_bom(text)));
    size_t budget = 1'000'000;
    map_node(document, "", map, budget);
  } catch (const YAML::Exception&) {
    // No positions: diagnostics keep their paths.
  }
  return map;
}

} // namespace cvport
