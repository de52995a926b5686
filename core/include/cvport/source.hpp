// Reading a CV source file (YAML, or the same structure as JSON) into the model, with every
// problem located at file:line:column and a field path.
#ifndef CVPORT_SOURCE_HPP
#define CVPORT_SOURCE_HPP

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "cvport/broken_paths.hpp"
#include "cvport/diagnostics.hpp"
#include "cvport/model.hpp"

namespace cvport {

struct SourcePosition {
  int line = 0;   // 1-based
  int column = 0; // 1-based
};

// Where each field path of a document is: "publications[3].authors[0]" -> 88:7.
class SourceMap {
public:
  void record(const std::string& path, SourcePosition position) { positions_.emplace(path, position); }
  // For an imported file: what the file itself calls the value at model path `path`.
  void record_input_path(const std::string& path, std::string input_path) {
    input_paths_.emplace(path, std::move(input_path));
  }
  // The position of `path`, or of its nearest recorded ancestor.
  std::optional<SourcePosition> find(std::string_view path) const;
  // Fills in line and column of a diagnostic that has a path but no position, and names the path
  // as the imported file does where that is recorded.
  void locate(Diagnostic& diagnostic) const;
  void locate_all(DiagnosticList& diagnostics) const;

private:
  std::unordered_map<std::string, SourcePosition> positions_;
  std::unordered_map<std::string, std::string> input_paths_;
};

// Limits that keep hostile input from using unbounded time or memory (docs/limits.md).
struct SourceLimits {
  size_t max_bytes = 16u << 20; // 16 MiB
  int max_depth = 64;           // nesting of mappings and lists
};

struct LoadedSource {
  Cv cv;
  SourceMap map;
  DiagnosticList diagnostics; // errors mean `cv` must not be used for export
  BrokenPaths broken;         // what the errors left unread, for the checks across entries
};

// Whether a reader needs the positions of the nodes of a document: the model JSON an importer
// hands the host is placed in the user's file through the importer's origins, never by its own
// lines, so it is read without them (and faster: see compact_json_tree). Its messages may then
// carry positions that only order them as the real ones would (line 1, column = rank).
enum class SourcePositions { recorded, unused };

// Parses `text` (named `file_name` in messages) as a cvport source document. Never throws for
// bad input: every problem becomes a diagnostic. A text given in several languages ({en: ...,
// de: ...}) is read in `language` (the export's --lang), or in the file's own language when that
// is empty (docs/source-format.md, "Multilingual values").
LoadedSource read_cv_source(std::string_view text, const std::string& file_name,
                            const SourceLimits& limits = {}, SourcePositions positions = SourcePositions::recorded,
                            std::string_view language = {});

// Reads a file whole. Problems (missing, unreadable, too large) become diagnostics.
std::optional<std::string> read_input_file(const std::string& path, DiagnosticList& diagnostics,
                                           const SourceLimits& limits = {});

// The positions of every node of any YAML or JSON document, by field path. Used to locate the
// diagnostics of importer plugins, which know paths but not positions.
SourceMap map_document_positions(std::string_view text);

// Checks that `text` is UTF-8 without NUL bytes; on failure reports the first bad byte's position.
bool check_text_encoding(std::string_view text, const std::string& file_name,
                         DiagnosticList& diagnostics);

} // namespace cvport

#endif
