// Finding, loading and checking format plugins (Boost.DLL), and the built-in formats.
#ifndef CVPORT_PLUGIN_REGISTRY_HPP
#define CVPORT_PLUGIN_REGISTRY_HPP

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvport/cvport_plugin.h"

namespace cvport {

struct LoadedPlugin;

// A format as the host knows it: the descriptor's data copied out, plus the entry points.
struct LoadedFormat {
  std::string id;
  std::string name;
  std::string description;
  std::vector<std::string> extensions;
  std::vector<std::string> mime_types;
  uint32_t capabilities = 0;
  nlohmann::json options_schema; // an object schema; {} when the format has no options
  std::string help_url;
  std::string default_output_name;
  cvport_format functions{}; // the plugin's format struct, copied to our size (zero-filled)
  const cvport_format* entry = nullptr; // &functions, for calls
  const LoadedPlugin* plugin = nullptr;
  // Serialises calls into a format that does not declare CVPORT_CAP_THREAD_SAFE (batch -j N).
  mutable std::mutex call_mutex;

  bool can_export() const { return (capabilities & CVPORT_CAP_EXPORT) && entry && entry->export_cv; }
  bool can_import() const { return (capabilities & CVPORT_CAP_IMPORT) && entry && entry->import_cv; }
  bool is_multi_file() const { return capabilities & CVPORT_CAP_MULTI_FILE; }
};

// LoadedPlugin::path of the formats compiled into cvport.
inline constexpr char kBuiltinPluginPath[] = "(built-in)";
// LoadedPlugin::path of a plugin linked into the cvport executable.
inline constexpr char kLinkedPluginPath[] = "(linked into cvport)";

// A plugin linked into the executable (the build's CVPORT_LINKED_PLUGINS): its id and its entry of
// ABI 1.1, the same function its loadable module exports.
struct LinkedPlugin {
  const char* id;
  cvport_plugin_entry_with_host_fn entry;
};

// Names the plugins linked into this executable. The cvport executable's main() calls it once,
// before any registry is made; a program that does not (the tests) has none.
void use_linked_plugins(std::span<const LinkedPlugin> plugins);

struct LoadedPlugin {
  std::string path; // kBuiltinPluginPath for formats compiled into cvport
  std::string id;
  std::string version;
  std::string description;
  int abi_major = 0;
  int abi_minor = 0;
  std::vector<std::string> format_ids;
};

struct PluginRefusal {
  std::string path;
  std::string reason; // one line: "wrong ABI major: built for ABI 2.0, this cvport speaks ABI 1.1"
};

class PluginRegistry {
public:
  PluginRegistry();
  PluginRegistry(const PluginRegistry&) = delete;
  PluginRegistry& operator=(const PluginRegistry&) = delete;

  // The folders searched, in order: each --plugin-dir, each entry of CVPORT_PLUGIN_PATH
  // (':'-separated), then the install's own plugin folder (install_plugin_folder()). Never the
  // current directory. The plugins linked into cvport take their place just before the install's
  // own folder: a plugin in a folder the user names still comes first.
  static std::vector<std::filesystem::path> search_path(const std::vector<std::string>& plugin_dirs);
  // The install's plugin folder, found relative to the executable (<prefix>/bin/cvport ->
  // <prefix>/lib/cvport/plugins) and resolved (no "..", no symbolic link); empty if the
  // executable's location cannot be read.
  static std::filesystem::path install_plugin_folder();

  // Loads every plugin file (*.so) of each folder, in name order, and the linked plugins before the
  // install's own folder (after the last folder when that one is not among them). Refusals are
  // recorded.
  void load_directories(const std::vector<std::filesystem::path>& folders);
  // Loads the same files in the same order, but stops as soon as `enough` says so (asked before
  // the first file and after each): once a command has the formats it names and an importer for
  // each input (cli's load_plugins). The first plugin found for a format, and the first importer
  // to claim an input, win either way, so such a command gets the same ones without loading the
  // libraries of the others (pango and cairo, for a DOCX export). Refusals of the files not
  // reached are not seen; when `enough` never holds, every file is loaded.
  void load_directories_until(const std::vector<std::filesystem::path>& folders,
                              const std::function<bool()>& enough);
  // Loads one plugin file; returns false and records why if it is refused. A file that links
  // several plugins (one entry symbol of ABI 1.1 each) registers each; one refused is recorded
  // alone and does not keep the others out.
  bool load_file(const std::filesystem::path& file);
  // Registers the plugins linked into cvport (use_linked_plugins), once, through their entries and
  // with the same checks as a loaded file's. load_directories calls it at their place in the
  // search order; an isolated export worker calls it for the plugin it runs.
  void load_linked_plugins();

  const std::vector<std::unique_ptr<LoadedPlugin>>& plugins() const { return plugins_; }
  const std::vector<std::unique_ptr<LoadedFormat>>& formats() const { return formats_; }
  const std::vector<PluginRefusal>& refusals() const { return refusals_; }
  const LoadedFormat* find_format(std::string_view id) const;

private:
  bool refuse(const std::filesystem::path& file, std::string reason);
  // `refused_as` names the plugin in a refusal when `path` alone does not (a linked plugin).
  bool register_descriptor(const std::string& path, const cvport_plugin_descriptor* descriptor,
                           const std::string& refused_as = "");
  void add_builtin_formats();

  std::vector<std::unique_ptr<LoadedPlugin>> plugins_;
  std::vector<std::unique_ptr<LoadedFormat>> formats_;
  std::vector<PluginRefusal> refusals_;
  std::vector<std::filesystem::path> loaded_files_;
  bool linked_plugins_loaded_ = false;
};

// What the loader tells every plugin of ABI 1.1 about this cvport (its ABI, package and model
// versions), through the plugin's entry.
const cvport_host_info& this_host_info();

// Checks one descriptor without registering it: the refusal reason, or "" if acceptable.
// Used by the loader and by `cvport plugins inspect`.
std::string check_descriptor(const cvport_plugin_descriptor* descriptor);

} // namespace cvport

#endif
