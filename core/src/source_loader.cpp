// Reading source files: bytes -> checked text -> node tree (YAML or JSON) -> model.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cvport/line_index.hpp"
#include "cvport/source.hpp"
#include "cvport/utf8.hpp"
#include "json_tree.hpp"
#include "model_reader.hpp"
#include "source_tree.hpp"
#include "yaml_tree.hpp"
#include "cvport/file_bytes.hpp"

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
  if (diagnostic.path.empty()) return;
  if (auto position = find(diagnostic.path); position && diagnostic.line == 0) {
    diagnostic.line = position->line;
    diagnostic.column = position->column;
  }
  // An imported file's own name for the value: "work[0].organization" -> "work[1].organization"
  // when a blank entry before it was left out.
  if (input_paths_.empty()) return;
  std::string key = diagnostic.path;
  while (!key.empty()) {
    if (auto it = input_paths_.find(key); it != input_paths_.end()) {
      diagnostic.path = it->second + diagnostic.path.substr(key.size());
      return;
    }
    size_t cut = key.find_last_of(".[");
    key = cut == std::string::npos ? std::string() : key.substr(0, cut);
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

Diagnostic at(const std::string& file, TextPosition position, std::string code, std::string message,
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

// "position: Title: with colon" is a key whose plain value holds ": ", which YAML reads as a second
// mapping on the line. The fix is to quote the value; the hint shows the line so quoted.
std::string quote_the_value_hint(std::string_view text, int line) {
  size_t start = 0;
  for (int n = 1; n < line && start != std::string_view::npos; ++n) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos) return "";
  std::string_view content = text.substr(start, text.find('\n', start) - start);
  if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
  content.remove_prefix(std::min(content.size(), content.find_first_not_of(' ')));
  if (content.substr(0, 2) == "- ") content.remove_prefix(2);
  size_t colon = content.find(": ");
  if (colon == std::string_view::npos) return "";
  std::string_view key = content.substr(0, colon);
  std::string_view value = content.substr(colon + 2);
  value.remove_prefix(std::min(value.size(), value.find_first_not_of(' ')));
  if (key.empty() || value.empty() || value.front() == '"' || value.front() == '\'') return "";
  std::string quoted;
  for (char c : value) quoted += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  return "quote the value: " + std::string(key) + ": \"" + quoted + "\"";
}

// Parses YAML or JSON text into a node tree; reports syntax errors with their position.
std::optional<SourceTree> parse_document(std::string_view text, const std::string& file,
                                         DiagnosticList& diagnostics, int max_depth, SourcePositions positions) {
  std::optional<nlohmann::json> json;
  if (looks_like_json(text)) {
    if (auto deep = json_too_deep_at(text, max_depth)) {
      diagnostics.add(at(file, position_of(text, *deep), "source.too-deep",
                         "nesting deeper than " + std::to_string(max_depth) + " levels",
                         "a CV needs a handful of levels; this input is not a CV"));
      return std::nullopt;
    }
    if (positions == SourcePositions::unused)
      if (auto tree = compact_json_tree(text)) return tree;
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
  // Valid JSON is read by the YAML parser too, for the positions of its nodes.
  YamlTree yaml = parse_yaml_tree(text, max_depth);
  if (!yaml.problem) return std::move(yaml.tree);
  // JSON that YAML 1.1 cannot read (e.g. a surrogate pair escape such as "\ud83d\ude00"):
  // the same tree, without positions.
  if (json) return tree_from_json(*json);
  const YamlProblem& problem = *yaml.problem;
  std::string hint;
  if (problem.code == "source.too-deep")
    hint = "a CV needs a handful of levels; this input is not a CV";
  else if (problem.message.find("mapping values are not allowed") != std::string::npos)
    hint = quote_the_value_hint(text, problem.line);
  else if (problem.message.find("tab") != std::string::npos || text.find('\t') != std::string_view::npos)
    hint = "YAML indentation must use spaces, not tabs";
  diagnostics.add(at(file, {problem.line, problem.column}, problem.code, problem.message, hint));
  return std::nullopt;
}

// Records the position of every node; bounded in count, because aliases let a small document
// have a huge number of paths, and in depth, because they let it nest deeper than max_depth.
void map_node(SourceNode node, const std::string& path, SourceMap& map, size_t& budget, int depth) {
  if (budget == 0 || depth > SourceLimits{}.max_depth) return;
  --budget;
  if (node.has_position()) map.record(path, {node.line(), node.column()});
  if (node.is_map()) {
    for (size_t i = 0; i < node.size(); ++i) {
      SourceNode key = node.key(i);
      if (!key.is_scalar()) continue;
      std::string child = path.empty() ? key.scalar() : path + "." + key.scalar();
      if (key.has_position()) map.record(child, {key.line(), key.column()});
      map_node(node.value(i), child, map, budget, depth + 1);
    }
  } else if (node.is_sequence()) {
    for (size_t i = 0; i < node.size(); ++i)
      map_node(node.item(i), path + "[" + std::to_string(i) + "]", map, budget, depth + 1);
  }
}

} // namespace

namespace {

constexpr size_t kAsciiBlock = 32;

// Whether the kAsciiBlock bytes at `at` are all ASCII (no byte with its high bit set).
bool is_ascii_block(const char* at) {
  uint64_t words[kAsciiBlock / 8];
  std::memcpy(words, at, sizeof words);
  return ((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080u) == 0;
}

} // namespace

bool check_text_encoding(std::string_view text, const std::string& file, DiagnosticList& diagnostics) {
  // A NUL byte first, wherever it is: it says "binary file" (an image, an archive), which the
  // first byte that is not UTF-8 would not, and no Windows-1252 text holds one.
  if (size_t nul = text.find('\0'); nul != std::string_view::npos) {
    diagnostics.add(at(file, position_of(text, nul), "source.nul-byte", "the file contains a NUL byte",
                       "is this a binary file? cvport reads UTF-8 text (YAML or JSON)"));
    return false;
  }
  for (size_t i = 0; i < text.size();) {
    // Thirty-two, then eight, ASCII bytes at a time (markup and BibTeX are mostly ASCII): each is
    // a character.
    if (i + kAsciiBlock <= text.size() && is_ascii_block(text.data() + i)) {
      i += kAsciiBlock;
      continue;
    }
    uint64_t eight = 0;
    if (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080u) == 0)) {
      i += 8;
      continue;
    }
    char32_t code_point = 0;
    size_t length = decode_utf8(text, i, code_point);
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

LoadedSource read_cv_source(std::string_view raw, const std::string& file, const SourceLimits& limits,
                            SourcePositions positions, std::string_view language) {
  LoadedSource result;
  if (raw.size() > limits.max_bytes) {
    result.diagnostics.add(at(file, {0, 0}, "source.too-large",
                              "the file is " + std::to_string(raw.size()) + " bytes; the limit is " +
                                  std::to_string(limits.max_bytes)));
    return result;
  }
  std::string_view text = without_bom(raw);
  if (!check_text_encoding(text, file, result.diagnostics)) return result;
  auto document = parse_document(text, file, result.diagnostics, limits.max_depth, positions);
  if (!document) return result;
  SourceNode root = document->root();
  // The file's own language is known before any text is read: it is the default language of
  // the multilingual values, wherever `language:` stands in the file.
  TextLanguages languages{.wanted = std::string(language), .cv_language = {}};
  if (std::optional<SourceNode> own = root.is_map() ? root.find("language") : std::nullopt; own && own->is_scalar())
    languages.cv_language = trimmed(own->scalar());
  ModelReader reader(file, result.diagnostics, result.map, result.broken, limits.max_depth, std::move(languages));
  if (!root.is_map()) {
    reader.error(root, "", "source.wrong-type",
                 "a CV file must be a mapping with \"person\" and sections such as \"education\"",
                 "start the file with \"person:\"");
    return result;
  }
  reader.read(root, result.cv, "", Field{.name = "", .doc = ""}, 0);
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
  std::optional<std::string> bytes = read_file_bytes(path);
  if (!bytes)
    diagnostics.add({Severity::error, "input.unreadable", path, 0, 0, "", "cannot open the file for reading", ""});
  return bytes;
}

SourceMap map_document_positions(std::string_view text) {
  SourceMap map;
  // A document that cannot be read gives no positions: diagnostics keep their paths.
  YamlTree document = parse_yaml_tree(without_bom(text), SourceLimits{}.max_depth);
  if (document.problem) return map;
  size_t budget = 1'000'000;
  map_node(document.tree.root(), "", map, budget, 0);
  return map;
}

} // namespace cvport
