#include "cvport/plugin_registry.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <set>

#include <boost/dll/library_info.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include "builtin_formats.hpp"
#include "cvport/model.hpp"
#include "cvport/plugin_calls.hpp"
#include "elf_exports.hpp"

namespace cvport {

namespace fs = std::filesystem;

namespace {

std::span<const LinkedPlugin>& linked_plugin_table() {
  static std::span<const LinkedPlugin> table;
  return table;
}

// Copies a struct that may be smaller (older plugin) or larger (newer minor) than ours:
// the bytes both sides know, the rest zero.
template <class T> T copy_sized(const T* source) {
  T copy;
  std::memset(&copy, 0, sizeof copy);
  std::memcpy(&copy, source, std::min<size_t>(source->struct_size, sizeof copy));
  return copy;
}

std::string abi_text(int major, int minor) { return std::to_string(major) + "." + std::to_string(minor); }

bool is_valid_format_id(const char* id) {
  if (!id || !*id) return false;
  for (const char* c = id; *c; ++c)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-')) return false;
  return std::strlen(id) <= 64;
}

std::vector<std::string> string_list(const char* const* list) {
  std::vector<std::string> values;
  for (size_t i = 0; list && list[i] && i < 64; ++i) values.emplace_back(list[i]);
  return values;
}

std::string text_or_empty(const char* text) { return text ? text : ""; }

// Every library ever loaded, never unloaded: descriptors, format structs and code must stay
// valid until the process ends, whichever registry loaded them. Intentionally never destroyed
// (unloading at exit would run plugin destructors after the host's own statics are gone).
std::deque<boost::dll::shared_library>& loaded_libraries() {
  static auto* libraries = new std::deque<boost::dll::shared_library>();
  return *libraries;
}

// The entry symbols a library exports, by ABI.
struct EntrySymbols {
  std::vector<std::string> with_host; // ABI 1.1: cvport_plugin_entry_<id>, in name order
  bool without_host = false;          // ABI 1.0: cvport_plugin_entry
};

EntrySymbols entry_symbols(const std::vector<std::string>& exported) {
  EntrySymbols entries;
  const std::string_view prefix = CVPORT_PLUGIN_ENTRY_PREFIX;
  for (const std::string& name : exported) {
    if (name == CVPORT_PLUGIN_ENTRY_NAME) entries.without_host = true;
    else if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0)
      entries.with_host.push_back(name);
  }
  std::sort(entries.with_host.begin(), entries.with_host.end());
  return entries;
}

// "my-format" -> "cvport_plugin_entry_my_format".
std::string entry_symbol_of(std::string plugin_id) {
  std::replace(plugin_id.begin(), plugin_id.end(), '-', '_');
  return CVPORT_PLUGIN_ENTRY_PREFIX + plugin_id;
}

// "1.0" -> 1; the part of the model version after the dot -> 0.
uint16_t version_part(std::string_view version, bool minor) {
  size_t dot = version.find('.');
  std::string_view part = minor ? (dot == std::string_view::npos ? "" : version.substr(dot + 1)) : version.substr(0, dot);
  uint16_t value = 0;
  std::from_chars(part.data(), part.data() + part.size(), value);
  return value;
}

} // namespace

void use_linked_plugins(std::span<const LinkedPlugin> plugins) { linked_plugin_table() = plugins; }

const cvport_host_info& this_host_info() {
  static const cvport_host_info info = [] {
    cvport_host_info host{};
    host.struct_size = sizeof host;
    host.abi_major = CVPORT_ABI_MAJOR;
    host.abi_minor = CVPORT_ABI_MINOR;
    host.host_version = CVPORT_VERSION;
    host.model_major = version_part(kModelVersion, false);
    host.model_minor = version_part(kModelVersion, true);
    return host;
  }();
  return info;
}

std::string check_descriptor(const cvport_plugin_descriptor* raw) {
  if (!raw) return "its entry function returned no descriptor";
  if (raw->struct_size < CVPORT_DESCRIPTOR_MIN_SIZE_V1_0)
    return "truncated descriptor: " + std::to_string(raw->struct_size) + " bytes, ABI 1.0 needs at least " +
           std::to_string(CVPORT_DESCRIPTOR_MIN_SIZE_V1_0);
  cvport_plugin_descriptor d = copy_sized(raw);
  if (d.abi_major != CVPORT_ABI_MAJOR)
    return "wrong ABI major: built for ABI " + abi_text(d.abi_major, d.abi_minor) + ", this cvport speaks ABI " +
           abi_text(CVPORT_ABI_MAJOR, CVPORT_ABI_MINOR);
  if (d.abi_minor > CVPORT_ABI_MINOR)
    return "built for ABI " + abi_text(d.abi_major, d.abi_minor) + ", newer than this cvport's ABI " +
           abi_text(CVPORT_ABI_MAJOR, CVPORT_ABI_MINOR) + "; upgrade cvport";
  if (!d.plugin_id || !*d.plugin_id) return "the descriptor has no plugin id";
  if (!d.plugin_version) return "the descriptor has no plugin version";
  if (d.format_count == 0 || !d.formats) return "the plugin declares no formats";
  if (d.format_count > 256) return "the descriptor claims " + std::to_string(d.format_count) + " formats";
  for (size_t i = 0; i < d.format_count; ++i) {
    const cvport_format* format = d.formats[i];
    if (!format) return "format " + std::to_string(i) + " is NULL";
    if (format->struct_size < CVPORT_FORMAT_MIN_SIZE_V1_0)
      return "truncated format descriptor " + std::to_string(i) + ": " + std::to_string(format->struct_size) +
             " bytes, ABI 1.0 needs at least " + std::to_string(CVPORT_FORMAT_MIN_SIZE_V1_0);
    cvport_format f = copy_sized(format);
    if (!is_valid_format_id(f.id))
      return "format " + std::to_string(i) + " has an invalid id (lower-case letters, digits and '-')";
    if ((f.capabilities & CVPORT_CAP_EXPORT) && !f.export_cv)
      return "format \"" + std::string(f.id) + "\" claims export but has no export function";
    if ((f.capabilities & CVPORT_CAP_IMPORT) && !f.import_cv)
      return "format \"" + std::string(f.id) + "\" claims import but has no import function";
    // The host joins this name to the output folder; "../x" or "/etc/x" would write outside it.
    if (f.default_output_name && *f.default_output_name && !is_safe_output_name(f.default_output_name))
      return "format \"" + std::string(f.id) + "\" has an unsafe default output name \"" +
             f.default_output_name + "\" (a relative name without \"..\" is needed)";
    if (f.options_schema_json) {
      auto schema = nlohmann::json::parse(f.options_schema_json, nullptr, false);
      if (schema.is_discarded() || !schema.is_object())
        return "format \"" + std::string(f.id) + "\" has an options schema that is not a JSON object";
    }
  }
  return "";
}

namespace {

// Calls an entry of ABI 1.1 that should be named `symbol` (`call` gets the host's versions and
// returns what the entry returns) and checks the result, for a loaded file's entries and for the
// linked plugins' alike: "" with `descriptor` set, or the reason to refuse it.
template <class Call>
std::string call_entry_with_host(Call&& call, const std::string& symbol, const cvport_plugin_descriptor*& descriptor) {
  try {
    descriptor = call(&this_host_info());
  } catch (...) {
    return "plugin error: its entry function " + symbol + " threw an exception";
  }
  std::string reason = check_descriptor(descriptor);
  if (reason.empty() && entry_symbol_of(descriptor->plugin_id) != symbol)
    reason = "the entry symbol " + symbol + " returned the plugin \"" + descriptor->plugin_id +
             "\", whose entry symbol must be " + entry_symbol_of(descriptor->plugin_id);
  return reason;
}

} // namespace

PluginRegistry::PluginRegistry() { add_builtin_formats(); }

void PluginRegistry::add_builtin_formats() { register_descriptor(kBuiltinPluginPath, builtin_plugin_descriptor()); }

std::vector<fs::path> PluginRegistry::search_path(const std::vector<std::string>& plugin_dirs) {
  std::vector<fs::path> folders(plugin_dirs.begin(), plugin_dirs.end());
  if (const char* env = std::getenv("CVPORT_PLUGIN_PATH")) {
    std::string_view rest = env;
    while (!rest.empty()) {
      size_t colon = rest.find(':');
      std::string_view item = rest.substr(0, colon);
      // An empty entry would mean the current directory: never load plugins from there.
      if (!item.empty()) folders.emplace_back(item);
      rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    }
  }
  // Relative folders are resolved now, once, so a later chdir cannot change what is loaded.
  for (auto& folder : folders) {
    std::error_code ec;
    auto absolute = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    if (!ec) folder = absolute;
  }
  if (fs::path install = install_plugin_folder(); !install.empty()) folders.push_back(install);
  return folders;
}

fs::path PluginRegistry::install_plugin_folder() {
  // The executable does not move while it runs: resolved once (each resolution is a readlink per
  // path component).
  static const fs::path folder = [] {
    boost::system::error_code error;
    auto executable = boost::dll::program_location(error);
    if (error) return fs::path();
    std::error_code ec;
    fs::path plugins = fs::path(executable.parent_path().string()) / ".." / "lib" / "cvport" / "plugins";
    fs::path resolved = fs::weakly_canonical(plugins, ec);
    return ec ? plugins : resolved;
  }();
  return folder;
}

void PluginRegistry::load_directories(const std::vector<fs::path>& folders) {
  load_directories_until(folders, [] { return false; });
}

void PluginRegistry::load_directories_until(const std::vector<fs::path>& folders, const std::function<bool()>& enough) {
  if (enough()) return; // nothing wanted, or only the host's own formats
  std::error_code error;
  const fs::path install = install_plugin_folder();
  for (const fs::path& folder : folders) {
    if (!linked_plugins_loaded_ && !install.empty() && folder == install) { // as search_path gives it
      load_linked_plugins();
      if (enough()) return;
    }
    if (!fs::is_directory(folder, error)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, error))
      if (entry.path().extension() == boost::dll::shared_library::suffix().string()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      load_file(file);
      if (enough()) return;
    }
  }
  load_linked_plugins(); // the install's folder was not searched
}

void PluginRegistry::load_linked_plugins() {
  if (linked_plugins_loaded_) return;
  linked_plugins_loaded_ = true;
  for (const LinkedPlugin& linked : linked_plugin_table()) {
    const std::string where = std::string(linked.id) + " " + kLinkedPluginPath;
    const cvport_plugin_descriptor* descriptor = nullptr;
    if (std::string reason = call_entry_with_host(linked.entry, entry_symbol_of(linked.id), descriptor); !reason.empty())
      refuse(where, reason);
    else
      register_descriptor(kLinkedPluginPath, descriptor, where);
  }
}

bool PluginRegistry::refuse(const fs::path& file, std::string reason) {
  refusals_.push_back({file.string(), std::move(reason)});
  return false;
}

bool PluginRegistry::load_file(const fs::path& file) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(file, error);
  if (error) canonical = file;
  if (std::find(loaded_files_.begin(), loaded_files_.end(), canonical) != loaded_files_.end()) return true;
  loaded_files_.push_back(canonical);

  // Look for the entry symbols before loading: loading runs the library's initialisers. ELF files
  // are read by elf_exports.cpp (see there why not by library_info); others by Boost.DLL.
  EntrySymbols entries;
  try {
    std::optional<std::vector<std::string>> exported = elf_exported_symbols(canonical);
    if (!exported) exported = boost::dll::library_info(boost::dll::fs::path(canonical.string())).symbols();
    entries = entry_symbols(*exported);
  } catch (const std::exception&) {
    return refuse(file, "not a plugin: not a shared library this system can load");
  }
  if (entries.with_host.empty() && !entries.without_host)
    return refuse(file, "not a cvport plugin: no entry symbol " CVPORT_PLUGIN_ENTRY_PREFIX "<id> (ABI 1.1) or "
                        CVPORT_PLUGIN_ENTRY_NAME " (ABI 1.0)");

  boost::dll::shared_library* library = nullptr;
  try {
    library = &loaded_libraries().emplace_back(boost::dll::fs::path(canonical.string()),
                                               boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& failure) {
    return refuse(file, std::string("cannot load: ") + failure.what());
  }
  // A plugin of ABI 1.0 (or one built without a plugin id) has only the entry without arguments.
  if (entries.with_host.empty()) {
    const cvport_plugin_descriptor* descriptor = nullptr;
    try {
      descriptor = library->get<const cvport_plugin_descriptor*()>(CVPORT_PLUGIN_ENTRY_NAME)();
    } catch (...) {
      return refuse(file, "plugin error: its entry function threw an exception");
    }
    if (std::string reason = check_descriptor(descriptor); !reason.empty()) return refuse(file, reason);
    return register_descriptor(canonical.string(), descriptor);
  }
  // ABI 1.1: one entry per plugin; a library that links several plugins has several.
  bool all_loaded = true;
  for (const std::string& symbol : entries.with_host) {
    const cvport_plugin_descriptor* descriptor = nullptr;
    auto call = [&](const cvport_host_info* host) {
      return library->get<const cvport_plugin_descriptor*(const cvport_host_info*)>(symbol)(host);
    };
    if (std::string reason = call_entry_with_host(call, symbol, descriptor); !reason.empty()) {
      all_loaded = refuse(file, reason);
      continue;
    }
    all_loaded = register_descriptor(canonical.string(), descriptor) && all_loaded;
  }
  return all_loaded;
}

bool PluginRegistry::register_descriptor(const std::string& path, const cvport_plugin_descriptor* raw,
                                         const std::string& refused_as) {
  cvport_plugin_descriptor d = copy_sized(raw);
  for (size_t i = 0; i < d.format_count; ++i) {
    const LoadedFormat* existing = find_format(d.formats[i]->id);
    if (existing)
      return refuse(refused_as.empty() ? path : refused_as, "duplicate format id \"" + std::string(d.formats[i]->id) + "\", already provided by " +
                              existing->plugin->path);
  }
  auto plugin = std::make_unique<LoadedPlugin>();
  plugin->path = path;
  plugin->id = d.plugin_id;
  plugin->version = d.plugin_version;
  plugin->description = text_or_empty(d.description);
  plugin->abi_major = d.abi_major;
  plugin->abi_minor = d.abi_minor;
  for (size_t i = 0; i < d.format_count; ++i) {
    cvport_format f = copy_sized(d.formats[i]);
    auto format = std::make_unique<LoadedFormat>();
    format->id = f.id;
    format->name = text_or_empty(f.name);
    format->description = text_or_empty(f.description);
    format->extensions = string_list(f.extensions);
    format->mime_types = string_list(f.mime_types);
    format->capabilities = f.capabilities;
    format->options_schema = f.options_schema_json ? nlohmann::json::parse(f.options_schema_json)
                                                   : nlohmann::json::object();
    format->help_url = text_or_empty(f.help_url);
    format->default_output_name = text_or_empty(f.default_output_name);
    if (format->default_output_name.empty())
      format->default_output_name = "cv" + (format->extensions.empty() ? std::string() : format->extensions.front());
    format->functions = f;
    format->entry = &format->functions;
    format->plugin = plugin.get();
    plugin->format_ids.push_back(format->id);
    formats_.push_back(std::move(format));
  }
  plugins_.push_back(std::move(plugin));
  return true;
}

const LoadedFormat* PluginRegistry::find_format(std::string_view id) const {
  for (const auto& format : formats_)
    if (format->id == id) return format.get();
  return nullptr;
}

} // namespace cvport
