#include "cvport/import_source.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "cvport/exit_codes.hpp"
#include "cvport/model_json.hpp"
#include "cvport/normalize.hpp"
#include "cvport/output_commit.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/plugin_calls.hpp"

namespace cvport {

namespace {

constexpr const char* kSourceFormat = "cvport-yaml";

bool is_person_path(const std::string& path) { return path == "person" || path.starts_with("person."); }

// The exported text of an already loaded CV, for standard output.
void export_to_text(const Cv& cv, const LoadedFormat& format, InputResult& result, std::string& text) {
  FormatOutput output;
  if (!call_export(format, to_compact_model_text(cv), nlohmann::json::object(), result.input, output,
                   result.diagnostics)) {
    result.status = exit_code::plugin_failed;
    result.reason = std::string("export failed: ") + kSourceFormat;
    return;
  }
  text = output.files.front().second;
}

// What an input's importer said of the owner it guessed (a .bib names none) no longer holds when
// the merged CV's owner is known (an ORCID record's, the --into CV's), nor when the owner was
// guessed again across the inputs (CvMerger::owner_choice). In the first case those messages go;
// in the second one note replaces them, placed where the chosen owner's input first named them
// (its importer's message about person.name).
void replace_owner_guesses(const CvMerger& merger, const Person& owner, DiagnosticList& diagnostics) {
  const std::vector<std::string>& guessed = merger.guessed_owner_sources();
  bool owner_known = std::find(owner.inferred.begin(), owner.inferred.end(), "name") == owner.inferred.end();
  if (guessed.empty() || (!owner_known && merger.owner_choice().empty())) return;
  auto about_a_guess = [&](const Diagnostic& d) {
    return is_person_path(d.path) && d.severity != Severity::error &&
           std::find(guessed.begin(), guessed.end(), d.file) != guessed.end();
  };
  Diagnostic note{Severity::note, "import.owner-guessed", "", 0, 0, "person.name", merger.owner_choice(),
                  "write your name in person.name, or import with --into cv.yaml to add the entries to your CV"};
  DiagnosticList kept;
  for (const Diagnostic& d : diagnostics.items()) {
    if (!about_a_guess(d)) {
      kept.add(d);
    } else if (note.file.empty() && d.line > 0 && d.file == merger.owner_choice_source()) {
      note.file = d.file;
      note.line = d.line;
      note.column = d.column;
    }
  }
  if (note.file.empty()) note.file = merger.owner_choice_source();
  if (!owner_known) kept.add(std::move(note));
  diagnostics = std::move(kept);
}

// Loads the --into CV and every input, merges them, and writes the result (to `text` for "-").
InputResult merge_inputs(const ImportRequest& request, const BatchRequest& batch, const PluginRegistry& registry,
                         const std::filesystem::path& target, std::string& text, std::vector<MergeEvent>* events) {
  InputResult result;
  result.input = request.into.empty() ? request.inputs.front() : request.into;
  std::vector<std::string> names = request.inputs;
  if (!request.into.empty()) names.insert(names.begin(), request.into);
  std::vector<Cv> cvs;
  std::vector<std::string> cv_names; // the input each of cvs came from
  std::optional<Cv> first_adding_nothing;
  // What each importer read, for the importers of the inputs after it (abbrev.bib's @string
  // macros serve papers.bib).
  std::vector<ImportedInput> imported;
  for (size_t i = 0; i < names.size(); ++i) {
    InputResult loaded_result;
    // The --into CV is a cvport source whatever --from says of the inputs.
    BatchRequest one = batch;
    bool is_into = !request.into.empty() && i == 0;
    if (is_into) one.from = "";
    LoadedCv loaded = load_input(names[i], one, registry, loaded_result, &imported, names.size() - i - 1);
    if (loaded.imported) imported.push_back(std::move(*loaded.imported));
    // Whether the owner is among the authors is checked on the merged CV, whose owner is known.
    // An input's own person, inferred by its importer (a .bib names no owner), gives way to the
    // --into CV's (CvMerger::merge_person): what its importer said about it does not apply.
    bool person_gives_way = i > 0 && !request.into.empty() && result.status == exit_code::ok && loaded.cv &&
                            CvMerger::person_gives_way(cvs.front().person, loaded.cv->person);
    for (const Diagnostic& d : loaded_result.diagnostics.items())
      if (d.code != "source.owner-not-author" && !(person_gives_way && is_person_path(d.path)))
        result.diagnostics.add(d);
    if (loaded_result.status != exit_code::ok) {
      result.input = names[i];
      result.status = loaded_result.status;
      result.reason = loaded_result.reason;
    } else if (!is_into && CvMerger::adds_nothing(*loaded.cv)) {
      if (!first_adding_nothing) first_adding_nothing = std::move(*loaded.cv);
    } else {
      cvs.push_back(std::move(*loaded.cv));
      cv_names.push_back(names[i]);
    }
  }
  if (result.status != exit_code::ok) return result;
  if (cvs.empty()) { // every input added nothing: the first still gives the CV its person
    cvs.push_back(std::move(*first_adding_nothing));
    cv_names.push_back(names.front());
  }
  CvMerger merger(std::move(cvs.front()), cv_names.front(), !request.into.empty());
  for (size_t i = 1; i < cvs.size(); ++i) merger.merge(cvs[i], cv_names[i]);
  if (events) *events = merger.events();
  Cv merged = merger.take();
  replace_owner_guesses(merger, merged.person, result.diagnostics);
  normalize_cv(merged);
  const LoadedFormat* format = registry.find_format(kSourceFormat);
  std::string yaml;
  export_to_text(merged, *format, result, yaml);
  if (result.status != exit_code::ok) return result;
  // The merged source must be one `cvport validate` accepts: checked before anything is written.
  std::string output_name = request.output == "-" ? "<merged>" : target.string();
  LoadedCv check = load_native_text(yaml, output_name, batch.limits);
  for (const Diagnostic& d : check.diagnostics.items())
    if (d.severity != Severity::note) result.diagnostics.add(d);
  if (check.diagnostics.has_errors()) {
    result.status = exit_code::invalid_input;
    result.reason = "the merged CV would not validate";
    return result;
  }
  if (request.output == "-") {
    text = std::move(yaml);
    return result;
  }
  if (!commit_file(target, yaml, result.diagnostics)) {
    result.status = exit_code::cannot_write;
    result.reason = "could not write " + target.string();
    return result;
  }
  result.written.push_back(target.string());
  return result;
}

} // namespace

InputResult import_as_source(const ImportRequest& request, const PluginRegistry& registry,
                             std::string& standard_output, std::vector<MergeEvent>* merge_events) {
  const LoadedFormat* format = registry.find_format(kSourceFormat);
  BatchRequest batch{.inputs = request.inputs,
                     .formats = {format},
                     .options = {nlohmann::json::object()},
                     .output = request.output,
                     .from = request.from,
                     .import_options = request.import_options,
                     .limits = request.limits};
  bool to_stdout = request.output == "-";
  // "-o folder/" writes folder/cv.yaml, as export does; that file is the one not to replace.
  std::filesystem::path target = plan_exports({format}, request.output).front().path;
  std::error_code error;
  if (!to_stdout && !request.force && std::filesystem::exists(target, error)) {
    InputResult refused;
    refused.input = request.inputs.front();
    refused.status = exit_code::cannot_write;
    refused.reason = "the output exists";
    refused.diagnostics.add({Severity::error, "output.exists", target.string(), 0, 0, "",
                             "the file exists already; cvport import does not replace it",
                             "pass --force to replace it, or choose another -o"});
    return refused;
  }
  if (request.inputs.size() > 1 || !request.into.empty())
    return merge_inputs(request, batch, registry, target, standard_output, merge_events);
  if (!to_stdout) return export_input(request.inputs.front(), request.output, batch, registry);
  InputResult result;
  LoadedCv loaded = load_input(request.inputs.front(), batch, registry, result);
  if (result.status == exit_code::ok) export_to_text(*loaded.cv, *format, result, standard_output);
  return result;
}

} // namespace cvport
