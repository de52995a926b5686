// The header-only C++ SDK for plugin authors, on top of the C ABI in cvport_plugin.h.
//
// A plugin describes its formats with FormatSpec and exports them with CVPORT_PLUGIN:
//
//   static void write_markdown(cvport::sdk::ExportContext& context) {
//     context.output.primary().write("# " + context.cv.person.name + "\n");
//   }
//   static cvport::sdk::PluginSpec describe_plugin() {
//     return {.id = "markdown", .version = "1.0.0", .description = "...",
//             .formats = {{.id = "markdown", .name = "Markdown", ..., .export_cv = write_markdown}}};
//   }
//   CVPORT_PLUGIN(describe_plugin)   // or CVPORT_PLUGIN_WITH_ID(markdown, describe_plugin)
//
// The SDK parses the model and the options into typed values, gives the plugin sinks and a
// diagnostics reporter, and turns every exception into an error status with a diagnostic:
// nothing C++ crosses the ABI.
//
// Only the file with CVPORT_PLUGIN needs this header. The plugin's other files include what
// they use of it: cvport/plugin_context.hpp (ExportContext, Diagnostics, the sinks, sdk::Error)
// and, in an importer, cvport/import_context.hpp; they then compile without the model's JSON
// reader.
#ifndef CVPORT_PLUGIN_HPP
#define CVPORT_PLUGIN_HPP

#include <algorithm>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/cvport_plugin.h"
#include "cvport/import_context.hpp"
#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "cvport/model_json_reader.hpp"
#include "cvport/plugin_context.hpp"

namespace cvport::sdk {

struct FormatSpec {
  std::string id;
  std::string name;
  std::string description;
  std::vector<std::string> extensions;
  std::vector<std::string> mime_types;
  uint32_t capabilities = 0; // EXPORT and IMPORT are added from the functions given
  std::string options_schema; // JSON Schema object, or empty
  std::string help_url;
  std::string default_output_name;
  void (*export_cv)(ExportContext&) = nullptr;
  // Returns the imported CV; reports problems through diagnostics.error() (all of them, then
  // returns or throws) so the user sees every problem at once.
  Cv (*import_cv)(ImportContext&) = nullptr;
  bool (*detect)(std::string_view input) = nullptr;
};

struct PluginSpec {
  std::string id;
  std::string version;
  std::string description;
  std::vector<FormatSpec> formats;
};

// What the host said about itself when it called the plugin's entry (ABI 1.1). A host of ABI 1.0
// calls the entry without saying anything: then `known` is false and the rest is empty.
struct HostVersions {
  bool known = false;
  int abi_major = 0;
  int abi_minor = 0;
  std::string host_version; // cvport's package version, "1.0.0"
  int model_major = 0;
  int model_minor = 0;
};

namespace detail {

inline HostVersions& recorded_host() {
  static HostVersions versions;
  return versions;
}

// Copies what the host passed (valid during the entry call only); the first call wins.
inline void record_host(const cvport_host_info* raw) {
  static std::once_flag once;
  if (!raw) return;
  std::call_once(once, [raw] {
    cvport_host_info info{};
    std::memcpy(&info, raw, std::min<size_t>(raw->struct_size, sizeof info));
    recorded_host() = {true,        info.abi_major, info.abi_minor, info.host_version ? info.host_version : "",
                       info.model_major, info.model_minor};
  });
}

// The C view of a PluginSpec. Built once per plugin, on its first entry call, and never freed:
// the host never unloads plugins, and the descriptor must outlive every call. Each plugin has
// its own (see Plugin below), so several plugins can be linked into one binary.
class Registration {
public:
  using ExportCall = cvport_status (*)(const cvport_export_request*, const cvport_host*);
  using ImportCall = cvport_status (*)(const cvport_import_request*, const cvport_host*);
  using DetectCall = int (*)(const char*, const char*, size_t);

  Registration(PluginSpec spec, ExportCall export_call, ImportCall import_call, DetectCall detect_call)
      : spec_(std::move(spec)) {
    for (const FormatSpec& format : spec_.formats) {
      auto& c = formats_.emplace_back(std::make_unique<CFormat>());
      for (const auto& e : format.extensions) c->extensions.push_back(e.c_str());
      c->extensions.push_back(nullptr);
      for (const auto& m : format.mime_types) c->mime_types.push_back(m.c_str());
      c->mime_types.push_back(nullptr);
      cvport_format& f = c->format;
      f.struct_size = sizeof(cvport_format);
      f.id = format.id.c_str();
      f.name = format.name.c_str();
      f.description = format.description.c_str();
      f.extensions = c->extensions.data();
      f.mime_types = c->mime_types.data();
      f.capabilities = format.capabilities | (format.export_cv ? CVPORT_CAP_EXPORT : 0u) |
                       (format.import_cv ? CVPORT_CAP_IMPORT : 0u);
      f.options_schema_json = format.options_schema.empty() ? nullptr : format.options_schema.c_str();
      f.help_url = format.help_url.empty() ? nullptr : format.help_url.c_str();
      f.default_output_name = format.default_output_name.c_str();
      f.export_cv = format.export_cv ? export_call : nullptr;
      f.import_cv = format.import_cv ? import_call : nullptr;
      f.detect = format.detect ? detect_call : nullptr;
      pointers_.push_back(&f);
    }
    descriptor_.struct_size = sizeof descriptor_;
    descriptor_.abi_major = CVPORT_ABI_MAJOR;
    descriptor_.abi_minor = CVPORT_ABI_MINOR;
    descriptor_.plugin_id = spec_.id.c_str();
    descriptor_.plugin_version = spec_.version.c_str();
    descriptor_.description = spec_.description.c_str();
    descriptor_.format_count = pointers_.size();
    descriptor_.formats = pointers_.data();
  }

  const cvport_plugin_descriptor* descriptor() const { return &descriptor_; }

  const FormatSpec* find(const char* id) const {
    if (!id) return nullptr;
    for (const FormatSpec& format : spec_.formats)
      if (format.id == id) return &format;
    return nullptr;
  }

  cvport_status export_cv(const cvport_export_request* request, const cvport_host* host) const {
    return guarded(host, [&](Diagnostics& diagnostics) {
      const FormatSpec* format = find(request->format_id);
      if (!format || !format->export_cv) return CVPORT_UNSUPPORTED;
      Cv cv = cv_from_json_text(std::string_view(request->model_json, request->model_json_size));
      Json options = parse_options(request->options_json, request->options_json_size);
      Output output(host);
      ExportContext context{format->id, cv, options, output, diagnostics};
      format->export_cv(context);
      return diagnostics.error_count() ? CVPORT_ERROR : CVPORT_OK;
    });
  }

  cvport_status import_cv(const cvport_import_request* request, const cvport_host* host) const {
    return guarded(host, [&](Diagnostics& diagnostics) {
      const FormatSpec* format = find(request->format_id);
      if (!format || !format->import_cv) return CVPORT_UNSUPPORTED;
      Json options = parse_options(request->options_json, request->options_json_size);
      ImportContext context{format->id, std::string_view(request->input, request->input_size),
                            request->source_name ? request->source_name : "", options,
                            diagnostics};
      read_command_inputs(request, context);
      Cv cv = format->import_cv(context);
      if (diagnostics.error_count()) return CVPORT_INVALID_INPUT;
      Output(host).primary().write(to_compact_model_text(cv));
      if (!context.origins.empty()) {
        // Optional: an older host refuses this sink, and the import stands without it.
        if (cvport_sink* sink = host->open_sink(host->context, CVPORT_IMPORT_ORIGINS_SINK)) {
          std::string origins;
          cvport::detail::append_compact_json_value(origins, context.origins);
          Sink(host, sink).write(origins);
        }
      }
      return CVPORT_OK;
    });
  }

  int detect(const char* format_id, const char* input, size_t size) const {
    // Detection is a hint: a detector that throws simply says "not mine".
    try {
      const FormatSpec* format = find(format_id);
      return format && format->detect && format->detect(std::string_view(input, size)) ? 1 : 0;
    } catch (...) {
      return 0;
    }
  }

private:
  struct CFormat {
    cvport_format format{};
    std::vector<const char*> extensions;
    std::vector<const char*> mime_types;
  };

  // Runs `body`, turning every exception into a diagnostic and a status.
  template <class Body> static cvport_status guarded(const cvport_host* host, Body&& body) {
    Diagnostics diagnostics(host);
    try {
      return body(diagnostics);
    } catch (const SinkFailed&) {
      return CVPORT_SINK_FAILED;
    } catch (const Error& error) {
      diagnostics.error(error.code(), error.path(), error.what());
    } catch (const ModelVersionError& error) {
      diagnostics.error("sdk.model-version", "model_version", error.what());
    } catch (const ModelJsonError& error) {
      diagnostics.error("sdk.bad-model", "", error.what());
    } catch (const std::exception& error) {
      diagnostics.error("sdk.exception", "", std::string("the plugin failed: ") + error.what());
    } catch (...) {
      diagnostics.error("sdk.exception", "", "the plugin failed with an unknown exception");
    }
    return CVPORT_ERROR;
  }

  // The fields of ABI 1.2, copied as every struct is read (min(struct_size, sizeof), the rest
  // zero): a host of ABI 1.1 sends a smaller request without them.
  static void read_command_inputs(const cvport_import_request* raw, ImportContext& context) {
    cvport_import_request request{};
    std::memcpy(&request, raw, std::min<size_t>(raw->struct_size, sizeof request));
    context.later_input_count = request.later_input_count;
    if (!request.earlier_inputs) return;
    for (size_t i = 0; i < request.earlier_input_count; ++i) {
      const cvport_import_input* given = request.earlier_inputs[i];
      if (!given) continue;
      cvport_import_input earlier{};
      std::memcpy(&earlier, given, std::min<size_t>(given->struct_size, sizeof earlier));
      if (!earlier.input && earlier.input_size) continue;
      context.earlier_inputs.push_back({std::string_view(earlier.input ? earlier.input : "", earlier.input_size),
                                        earlier.source_name ? earlier.source_name : ""});
    }
  }

  static Json parse_options(const char* text, size_t size) {
    if (!text || size == 0) return Json::object();
    return Json::parse(text, text + size);
  }

  PluginSpec spec_;
  std::vector<std::unique_ptr<CFormat>> formats_;
  std::vector<const cvport_format*> pointers_;
  cvport_plugin_descriptor descriptor_{};
};

// One plugin, named by its describe function: a template, so that every plugin linked into a
// binary has its own registration and its own C functions (an inline function's static would be
// one object shared by all of them).
template <PluginSpec (*Describe)()> struct Plugin {
  static const Registration& registration() {
    static const Registration* created = new Registration(Describe(), &export_cv, &import_cv, &detect);
    return *created;
  }
  // Never lets an exception out: the entry is called from C.
  static const cvport_plugin_descriptor* entry(const cvport_host_info* host) noexcept {
    try {
      record_host(host);
      return registration().descriptor();
    } catch (...) {
      return nullptr;
    }
  }
  static cvport_status export_cv(const cvport_export_request* request, const cvport_host* host) {
    return registration().export_cv(request, host);
  }
  static cvport_status import_cv(const cvport_import_request* request, const cvport_host* host) {
    return registration().import_cv(request, host);
  }
  static int detect(const char* format_id, const char* input, size_t size) {
    return registration().detect(format_id, input, size);
  }
};

} // namespace detail

// The host's versions as the entry call received them; `known` is false under a host of ABI 1.0.
inline const HostVersions& host_versions() { return detail::recorded_host(); }

} // namespace cvport::sdk

#if defined(__GNUC__)
#define CVPORT_SDK_WEAK_ __attribute__((weak))
#else
#define CVPORT_SDK_WEAK_
#endif

// Defines the plugin's entry symbols. `id` is the plugin id as a C identifier ('-' written '_'),
// `describe_plugin` a function returning a PluginSpec whose id is that id.
//
//  - cvport_plugin_entry_<id>(const cvport_host_info*), the entry of ABI 1.1: unique to the
//    plugin, so several plugins link into one binary, and it receives the host's versions;
//  - cvport_plugin_entry(void), the entry of ABI 1.0, so that a cvport of ABI 1.0 finds the
//    plugin and refuses it with a message naming both versions rather than "no entry symbol".
//    It is weak: linked together, the plugins' copies do not clash (whichever stays is unused).
#define CVPORT_PLUGIN_WITH_ID(id, describe_plugin)                                                \
  extern "C" CVPORT_PLUGIN_EXPORT const cvport_plugin_descriptor* CVPORT_PLUGIN_ENTRY_SYMBOL(id)( \
      const cvport_host_info* host) {                                                             \
    return ::cvport::sdk::detail::Plugin<&describe_plugin>::entry(host);                          \
  }                                                                                               \
  extern "C" CVPORT_PLUGIN_EXPORT CVPORT_SDK_WEAK_ const cvport_plugin_descriptor*                \
  cvport_plugin_entry(void) {                                                                     \
    return ::cvport::sdk::detail::Plugin<&describe_plugin>::entry(nullptr);                       \
  }

// The same, with the id cvport_add_plugin(<id> ...) gives the compilation as CVPORT_PLUGIN_ID.
// Built some other way, without CVPORT_PLUGIN_ID, a plugin has only the entry of ABI 1.0: it
// loads, but learns nothing about the host and cannot be linked together with another plugin.
#ifdef CVPORT_PLUGIN_ID
#define CVPORT_PLUGIN(describe_plugin) CVPORT_PLUGIN_WITH_ID(CVPORT_PLUGIN_ID, describe_plugin)
#else
#define CVPORT_PLUGIN(describe_plugin)                                                            \
  extern "C" CVPORT_PLUGIN_EXPORT const cvport_plugin_descriptor* cvport_plugin_entry(void) {     \
    return ::cvport::sdk::detail::Plugin<&describe_plugin>::entry(nullptr);                       \
  }
#endif

#endif // CVPORT_PLUGIN_HPP
