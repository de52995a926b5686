// libFuzzer target: a fuzzed CV through every exporter. Bytes that read as a valid CV are
// exported by every loaded plugin, and each output must be well-formed for its format: JSON
// parses, XML parses, a DOCX zip opens and each of its XML parts parses, Markdown is UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <pugixml.hpp>
#include <zip.h>

#include "cvport/model_json.hpp"
#include "cvport/pipeline.hpp"
#include "cvport/plugin_calls.hpp"
#include "cvport/plugin_registry.hpp"
#include "cvport/source.hpp"
#include "fuzz_paths.hpp"

namespace {

const cvport::PluginRegistry& registry() {
  static cvport::PluginRegistry* loaded = [] {
    auto* r = new cvport::PluginRegistry();
    r->load_directories(cvport::fuzz::plugin_dirs());
    return r;
  }();
  return *loaded;
}

bool ends_with(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void require(bool condition) {
  if (!condition) std::abort();
}

void check_xml(const std::string& bytes) {
  pugi::xml_document document;
  require(document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_declaration));
}

void check_docx(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  require(source != nullptr);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  require(archive != nullptr);
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    std::string name = zip_get_name(archive, zip_uint64_t(i), 0);
    zip_stat_t stat;
    require(zip_stat_index(archive, zip_uint64_t(i), 0, &stat) == 0);
    std::string part(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
    require(file != nullptr && zip_fread(file, part.data(), stat.size) == zip_int64_t(stat.size));
    zip_fclose(file);
    if (ends_with(name, ".xml") || ends_with(name, ".rels")) check_xml(part);
  }
  zip_close(archive);
}

void check_output(const std::string& name, const std::string& bytes) {
  if (ends_with(name, ".json")) {
    require(nlohmann::json::accept(bytes));
  } else if (ends_with(name, ".xml")) {
    check_xml(bytes);
  } else if (ends_with(name, ".docx")) {
    check_docx(bytes);
  } else if (ends_with(name, ".pdf")) {
    // A whole PDF: its header, and the end-of-file marker cairo writes last.
    require(bytes.rfind("%PDF-1.", 0) == 0 && bytes.find("%%EOF", bytes.size() > 64 ? bytes.size() - 64 : 0) != std::string::npos);
  } else {
    cvport::DiagnosticList diagnostics;
    require(cvport::check_text_encoding(bytes, name, diagnostics));
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cvport::LoadedCv loaded = cvport::load_native_text(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
  if (!loaded.cv) return 0;
  std::string model_json = cvport::to_canonical_text(*loaded.cv);
  for (const auto& format : registry().formats()) {
    if (!format->can_export()) continue;
    cvport::FormatOutput output;
    cvport::DiagnosticList diagnostics;
    cvport::DiagnosticList option_problems;
    nlohmann::json options = cvport::build_format_options(*format, {}, option_problems);
    if (!cvport::call_export(*format, model_json, options, "fuzz.yaml", output, diagnostics)) continue;
    for (const auto& [name, bytes] : output.files)
      check_output(name.empty() ? format->default_output_name : name, bytes);
  }
  return 0;
}
