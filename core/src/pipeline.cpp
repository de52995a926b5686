#include "cvport/pipeline.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <unordered_set>

#include "cvport/model_json.hpp"
#include "cvport/normalize.hpp"
#include "cvport/options.hpp"
#include "cvport/output_commit.hpp"
#include "cvport/plugin_calls.hpp"
#include "cvport/suggest.hpp"
#include "builtin_formats.hpp"
#include "input_kind.hpp"
#include "json_tree.hpp"
#include "legacy_encoding.hpp"

namespace cvport {

namespace fs = std::filesystem;

bool is_yaml_source_path(const std::string& path) {
  std::string extension = fs::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  return extension == ".yaml" || extension == ".yml";
}

namespace {

// A JSON document is native when it has the native top-level members. Markup (an ORCID record)
// and text that is not JSON at all (YAML, or another format such as BibTeX) are for the
// importers' detection to judge.
bool is_native_json(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '<') return false;
  auto json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (json.is_discarded()) return false;
  if (!json.is_object()) return true; // let the native reader explain
  // An ORCID record has a "person" too; its iD and activities say it is no CV source.
  if (json.contains("orcid-identifier") || json.contains("activities-summary")) return false;
  return json.contains("person") || json.contains("model_version");
}

// The first importer, in loading order, whose detection claims `text`.
const LoadedFormat* first_importer_claiming(std::string_view text, const PluginRegistry& registry) {
  for (const auto& format : registry.formats())
    if (format->can_import() && call_detect(*format, text)) return format.get();
  return nullptr;
}

const LoadedFormat* detect_importer(std::string_view text, const std::string& path, const PluginRegistry& registry) {
  if (is_yaml_source_path(path) || is_native_json(text)) return nullptr;
  return first_importer_claiming(text, registry);
}

// The positions of an imported document's own paths, found by reading it as YAML (a JSON
// Resume's "work[0].name"). Read only when a message or an origin names such a path: an ORCID
// record or a .bib is megabytes that YAML reads slowly and in vain (38 % of a 500-work import).
class DocumentPositions {
public:
  explicit DocumentPositions(std::string_view text) : text_(text) {}
  const SourceMap& get() {
    if (!map_) map_ = map_document_positions(text_);
    return *map_;
  }
  // What SourceMap::locate would take from this map: the position of a path without one.
  void locate_all(DiagnosticList& diagnostics) {
    const auto& items = diagnostics.items();
    if (std::any_of(items.begin(), items.end(), [](const Diagnostic& d) { return !d.path.empty() && d.line == 0; }))
      get().locate_all(diagnostics);
  }

private:
  std::string_view text_;
  std::optional<SourceMap> map_;
};

// An origin's [line, column] pair: two JSON integers from 0 to 2^64 - 1 (the line and column
// are taken as int, as they always were).
std::optional<SourcePosition> position_pair(SourceNode value) {
  if (!value.is_sequence() || value.size() != 2) return std::nullopt;
  int numbers[2] = {0, 0};
  for (size_t i = 0; i < 2; ++i) {
    SourceNode item = value.item(i);
    if (!item.is_scalar() || !item.is_plain()) return std::nullopt;
    const std::string& text = item.scalar();
    uint64_t number = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    numbers[i] = static_cast<int>(number);
  }
  return SourcePosition{numbers[0], numbers[1]};
}

// Model path -> position in the user's file, from an importer's origins: an object whose members'
// values are each an input path that `positions` knows, or a [line, column] pair; anything else
// (and origins that are not a JSON object) places nothing. Of a repeated model path, the last
// member counts, as a JSON reader keeps it.
SourceMap origins_map(const std::string& origins_json, DocumentPositions& positions) {
  SourceMap map;
  std::optional<SourceTree> tree = json_source_tree(origins_json);
  if (!tree || !tree->root().is_map()) return map;
  SourceNode origins = tree->root();
  std::unordered_set<std::string_view> seen;
  for (size_t i = origins.size(); i-- > 0;) {
    const std::string& model_path = origins.key(i).scalar();
    if (!seen.insert(model_path).second) continue;
    SourceNode value = origins.value(i);
    if (auto position = position_pair(value)) {
      map.record(model_path, *position);
    } else if (value.is_scalar() && !value.is_plain()) {
      const std::string& input_path = value.scalar();
      if (auto position = positions.get().find(input_path)) map.record(model_path, *position);
      map.record_input_path(model_path, input_path);
    }
  }
  return map;
}

// A file of another format (a resume.json, a .bib) saved by an old editor may be Windows-1252,
// or a UTF-8 file may hold one byte pasted from one: read each byte that is not UTF-8 as
// Windows-1252, with a warning at the first, rather than refuse the file, and keep every
// well-formed UTF-8 character as it is. The line and column of every later message stay right:
// one byte was one character and stays one. YAML sources stay strict (the native reader says how
// to fix the file).
void read_legacy_encoding(std::string& text, const std::string& path, DiagnosticList& diagnostics) {
  if (is_yaml_source_path(path)) return;
  DiagnosticList problems;
  if (check_text_encoding(text, path, problems) || problems.items().front().code != "source.bad-encoding") return;
  LegacyText converted = windows_1252_to_utf8(text);
  Diagnostic warning = problems.items().front();
  warning.severity = Severity::warning;
  warning.code = "input.windows-1252";
  warning.message = "the file is not UTF-8 (" + warning.message.substr(warning.message.find('(') + 1);
  warning.message.pop_back();
  warning.message += "): " +
                     (converted.legacy_bytes == 1
                          ? std::string("that byte is read as Windows-1252, the rest of the file as UTF-8")
                          : "the " + std::to_string(converted.legacy_bytes) +
                                " bytes that are not UTF-8 are read as Windows-1252, the rest of the file as UTF-8");
  warning.hint = "save the file as UTF-8 to be sure of every character (iconv -f WINDOWS-1252 -t UTF-8)";
  diagnostics.add(std::move(warning));
  text = std::move(converted.text);
}

// An input read as its format is detected from, by load_cv and text_to_detect alike: whole;
// refused when it is binary (a DOCX, a PDF) unless --from names its format; converted from
// Windows-1252 when it is not UTF-8. Problems go to `diagnostics`.
struct InputText {
  std::optional<std::string> text;     // nothing when it cannot be read or is binary
  bool missing = false;                // it could not be read (too large is not missing)
  std::optional<ForeignInput> foreign; // what a file that is plainly no CV source is
};

InputText read_input_text(const std::string& path, bool format_named, const SourceLimits& limits,
                          DiagnosticList& diagnostics) {
  InputText input;
  input.text = read_input_file(path, diagnostics, limits);
  if (!input.text) {
    input.missing = diagnostics.items().back().code != "source.too-large";
    return input;
  }
  // Only when the user did not name the format: --from says what the file is.
  if (!format_named) input.foreign = recognise_foreign_input(*input.text, path);
  if (input.foreign && input.foreign->binary) {
    diagnostics.add(std::move(input.foreign->diagnostic));
    input.text.reset();
    return input;
  }
  read_legacy_encoding(*input.text, path, diagnostics);
  return input;
}

} // namespace

std::optional<std::string> text_to_detect(const std::string& path, const SourceLimits& limits) {
  if (is_yaml_source_path(path)) return std::nullopt;
  DiagnosticList ignored; // load_cv reports them
  std::optional<std::string> text = read_input_text(path, false, limits, ignored).text;
  if (!text || is_native_json(*text)) return std::nullopt;
  return text;
}

bool an_importer_claims(std::string_view text, const PluginRegistry& registry) {
  return first_importer_claiming(text, registry) != nullptr;
}

namespace {

// The host's own cvport-yaml export, made from the model in memory (builtin_export_text);
// `handled` is false for any other format. It fails as its C entry does (export_yaml_source):
// unreachable unless memory runs out, and then with call_export's message.
struct BuiltinExport {
  bool handled = false;
  std::optional<std::string> text;
};
BuiltinExport export_builtin(const LoadedFormat& format, const Cv& cv, const std::string& input_name,
                             DiagnosticList& diagnostics) {
  try {
    std::optional<std::string> text = builtin_export_text(format, cv);
    return {text.has_value(), std::move(text)};
  } catch (const std::exception&) {
    diagnostics.add({Severity::error, "host.export-failed", input_name, 0, 0, "",
                     "format \"" + format.id + "\" failed: the plugin reported an error", ""});
    return {true, std::nullopt};
  }
}

} // namespace

LoadedCv load_native_text(std::string_view text, const std::string& file_name, const SourceLimits& limits,
                          SourcePositions positions, std::string_view language) {
  LoadedCv result;
  result.format = "cvport";
  LoadedSource source = read_cv_source(text, file_name, limits, positions, language);
  result.diagnostics = source.diagnostics;
  // The checks across entries run on a CV read with errors too, so every problem is reported in
  // one pass; what the errors left unread (source.broken) takes no part in them.
  DiagnosticList checks;
  normalize_cv(source.cv);
  check_cv(source.cv, checks, source.broken);
  for (Diagnostic d : checks.items()) {
    d.file = file_name;
    source.map.locate(d);
    result.diagnostics.add(std::move(d));
  }
  if (!result.diagnostics.has_errors()) result.cv = std::move(source.cv);
  result.map = std::move(source.map);
  result.diagnostics.sort_by_location();
  return result;
}

LoadedCv load_cv(const LoadRequest& request, const PluginRegistry& registry) {
  LoadedCv result;
  InputText input = read_input_text(request.path, !request.from.empty(), request.limits, result.diagnostics);
  if (!input.text) {
    result.input_missing = input.missing;
    return result;
  }
  std::optional<std::string>& text = input.text;
  std::optional<ForeignInput>& foreign = input.foreign;
  const LoadedFormat* importer = nullptr;
  if (request.from.empty()) {
    importer = detect_importer(*text, request.path, registry);
    // A BibTeX file or an ORCID document may have a plugin that imports it; otherwise say what it is.
    if (!importer && foreign) {
      result.diagnostics.add(std::move(foreign->diagnostic));
      return result;
    }
  } else if (request.from != "cvport") {
    importer = registry.find_format(request.from);
    if (!importer || !importer->can_import()) {
      result.diagnostics.add({Severity::error, "usage.unknown-format", "", 0, 0, "",
                              "no loaded format can import \"" + request.from + "\"",
                              "cvport formats lists the formats with import capability"});
      return result;
    }
  }
  if (!importer) {
    LoadedCv native = load_native_text(*text, request.path, request.limits, SourcePositions::recorded, request.language);
    result.diagnostics.append(native.diagnostics);
    native.diagnostics = std::move(result.diagnostics);
    native.diagnostics.sort_by_location();
    return native;
  }

  result.format = importer->id;
  ImportOutput imported;
  DiagnosticList import_diagnostics;
  std::vector<OptionAssignment> import_assignments;
  for (const OptionAssignment& assignment : request.options)
    if (assignment.format == importer->id) import_assignments.push_back(assignment);
  nlohmann::json import_options = build_format_options(*importer, import_assignments, result.diagnostics);
  if (result.diagnostics.has_errors()) return result;
  // --lang also says which language to read from a multilingual file ("jsonresume.language").
  bool language_given = std::any_of(import_assignments.begin(), import_assignments.end(),
                                    [](const OptionAssignment& a) { return a.key == "language"; });
  if (!request.language.empty() && !language_given &&
      importer->options_schema.value("properties", nlohmann::json::object()).contains("language"))
    import_options["language"] = request.language;
  CommandInputs command;
  command.later_count = request.later_input_count;
  if (request.earlier_inputs)
    for (const ImportedInput& earlier : *request.earlier_inputs)
      if (earlier.format == importer->id) command.earlier.push_back({earlier.name.c_str(), earlier.text});
  bool ok = call_import(*importer, *text, request.path, import_options, imported, import_diagnostics, command);
  // Importers report paths in their own document's terms; the host knows where those are.
  DocumentPositions positions(*text);
  positions.locate_all(import_diagnostics);
  import_diagnostics.group_repeats();
  result.diagnostics.append(import_diagnostics);
  if (!ok) {
    result.diagnostics.sort_by_location();
    return result;
  }
  // The model is checked as a source of its own, but every message about it is placed in the
  // user's file through the importer's origins, never in the intermediate text.
  LoadedCv model = load_native_text(imported.model_json, request.path, request.limits, SourcePositions::unused);
  result.map = origins_map(imported.origins_json, positions);
  for (Diagnostic diagnostic : model.diagnostics.items()) {
    diagnostic.line = diagnostic.column = 0;
    result.map.locate(diagnostic);
    result.diagnostics.add(std::move(diagnostic));
  }
  result.diagnostics.sort_by_location();
  result.cv = std::move(model.cv);
  if (request.earlier_inputs) result.imported = ImportedInput{importer->id, request.path, std::move(*text)};
  return result;
}

std::vector<std::string> format_ids_of(const std::string& list) {
  std::vector<std::string> ids;
  for (size_t start = 0; start <= list.size();) {
    size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) ids.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return ids;
}

std::vector<const LoadedFormat*> select_formats(const std::string& list, const PluginRegistry& registry,
                                                DiagnosticList& diagnostics) {
  std::vector<const LoadedFormat*> selected;
  auto add = [&](const LoadedFormat* format) {
    if (std::find(selected.begin(), selected.end(), format) == selected.end()) selected.push_back(format);
  };
  for (const std::string& id : format_ids_of(list)) {
    if (id == "all") {
      for (const auto& format : registry.formats())
        if (format->can_export() && format->plugin->path != kBuiltinPluginPath) add(format.get());
      continue;
    }
    const LoadedFormat* format = registry.find_format(id);
    if (format && format->can_export()) {
      add(format);
      continue;
    }
    std::vector<std::string_view> known;
    for (const auto& candidate : registry.formats())
      if (candidate->can_export()) known.push_back(candidate->id);
    std::string suggestion = closest_match(id, known);
    diagnostics.add({Severity::error, "usage.unknown-format", "", 0, 0, "",
                     format ? "format \"" + id + "\" cannot export" : "no loaded plugin provides the format \"" + id + "\"",
                     suggestion.empty() ? "cvport formats lists what is available" : "did you mean \"" + suggestion + "\"?"});
  }
  return selected;
}

std::vector<ExportTarget> plan_exports(const std::vector<const LoadedFormat*>& formats, const std::string& output) {
  std::vector<ExportTarget> targets;
  std::error_code error;
  fs::path base = output.empty() ? fs::path("out") : fs::path(output);
  bool names_folder = output.empty() || output.back() == '/' || fs::is_directory(base, error);
  for (const LoadedFormat* format : formats) {
    ExportTarget target;
    target.format = format;
    bool alone = formats.size() == 1;
    if (alone && output == kStandardOutputPath && !format->is_multi_file())
      target.path = kStandardOutputPath; // "-o -", even beside a folder named "-"
    else if (alone && format->is_multi_file())
      target.path = base; // "-o orcid/": the bundle folder itself
    else if (alone && !names_folder)
      target.path = base; // "-o cv.docx"
    else
      target.path = base / format->default_output_name;
    targets.push_back(std::move(target));
  }
  return targets;
}

ExportReport export_cv(const Cv& cv, const std::vector<ExportTarget>& targets, const std::string& input_name,
                       DiagnosticList& diagnostics, bool isolate, bool durable) {
  ExportReport report;
  std::string model_json; // the text plugins receive (to_compact_model_text), made once if one needs it
  for (const ExportTarget& target : targets) {
    const LoadedFormat& format = *target.format;
    FormatOutput output;
    bool exported = false;
    if (BuiltinExport builtin = isolate ? BuiltinExport{} : export_builtin(format, cv, input_name, diagnostics);
        builtin.handled) {
      exported = builtin.text.has_value();
      if (exported) output.files.emplace_back("", std::move(*builtin.text));
    } else {
      if (model_json.empty()) model_json = to_compact_model_text(cv);
      exported = isolate ? call_export_isolated(format, model_json, target.options, input_name, output, diagnostics)
                         : call_export(format, model_json, target.options, input_name, output, diagnostics);
    }
    if (!exported) {
      report.failed.push_back(format.id);
      continue;
    }
    if (target.path == kStandardOutputPath && !format.is_multi_file()) {
      report.standard_output = std::move(output.files.front().second);
      continue;
    }
    std::error_code error;
    if (target.path.has_parent_path()) fs::create_directories(target.path.parent_path(), error);
    bool committed = format.is_multi_file()
                         ? commit_folder(target.path, output, diagnostics, durable)
                         : commit_file(target.path, output.files.front().second, diagnostics, durable);
    if (committed)
      report.written.push_back(target.path.string());
    else
      report.failed.push_back(format.id);
  }
  return report;
}

} // namespace cvport
