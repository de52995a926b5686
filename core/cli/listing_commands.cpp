// cvport formats, cvport plugins, cvport plugins inspect: what is installed, read from the
// plugins' descriptors only (no plugin code runs beyond the entry call).
#include <filesystem>
#include <iostream>
#include <utility>

#include <fmt/format.h>

#include "cli_common.hpp"
#include "linked_plugins.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/text.hpp"

namespace cvport::cli {

namespace {

std::string capability_text(const LoadedFormat& format) {
  std::vector<std::string> names;
  if (format.can_export()) names.push_back("export");
  if (format.can_import()) names.push_back("import");
  if (format.capabilities & CVPORT_CAP_BINARY) names.push_back("binary");
  if (format.is_multi_file()) names.push_back("multi-file");
  if (format.capabilities & CVPORT_CAP_THREAD_SAFE) names.push_back("thread-safe");
  return join_nonempty(names, ",");
}

void print_options(const LoadedFormat& format) {
  const auto properties = format.options_schema.value("properties", nlohmann::json::object());
  if (properties.empty()) {
    std::cout << "  (no options)\n";
    return;
  }
  for (const auto& [name, schema] : properties.items()) {
    std::string type = schema.value("type", "string");
    if (schema.contains("enum")) type = join_nonempty(schema["enum"].get<std::vector<std::string>>(), "|");
    std::string fallback = schema.contains("default") ? " (default " + schema["default"].dump() + ")" : "";
    std::cout << fmt::format("  {:<18} {:<22} {}{}\n", name, type, schema.value("description", ""), fallback);
  }
}

void print_format_table(const PluginRegistry& registry) {
  std::cout << fmt::format("{:<13} {:<11} {:<14} {:<28} {}\n", "FORMAT", "PLUGIN", "EXTENSIONS", "CAPABILITIES",
                           "DESCRIPTION");
  for (const auto& format : registry.formats())
    std::cout << fmt::format("{:<13} {:<11} {:<14} {:<28} {}\n", format->id, format->plugin->id,
                             join_nonempty(format->extensions, ","), capability_text(*format), format->description);
}

void print_plugin(const LoadedPlugin& plugin, const PluginRegistry& registry, bool with_options) {
  std::cout << fmt::format("{} {}  ABI {}.{}  {}\n  {}\n", plugin.id, plugin.version, plugin.abi_major,
                           plugin.abi_minor, plugin.path, plugin.description);
  for (const std::string& id : plugin.format_ids) {
    const LoadedFormat* format = registry.find_format(id);
    std::cout << fmt::format("  format {}: {} [{}] extensions {} MIME {} -> {}\n", id, format->name,
                             capability_text(*format), join_nonempty(format->extensions, ","),
                             join_nonempty(format->mime_types, ","), format->default_output_name);
    if (with_options) print_options(*format);
  }
}

} // namespace

void add_listing_commands(CLI::App& app, GlobalOptions& options, int& exit_status) {
  auto option_format = std::make_shared<std::string>();
  CLI::App* formats = app.add_subcommand("formats", "List the formats the loaded plugins provide");
  formats->footer("Examples:\n  cvport formats\n  cvport formats --options docx");
  formats->add_option("--options", *option_format, "Show the options of one format");
  formats->callback([option_format, &options, &exit_status] {
    PluginRegistry registry;
    load_plugins(registry, options);
    print_refusals(registry, options);
    if (option_format->empty()) return print_format_table(registry);
    const LoadedFormat* format = registry.find_format(*option_format);
    if (!format) {
      std::string message = "no loaded plugin provides the format \"" + *option_format + "\"";
      print_diagnostic_as({Severity::error, "usage.unknown-format", "", 0, 0, "", message, "cvport formats lists them"},
                          "cvport: " + message, options);
      exit_status = exit_code::usage;
      return;
    }
    std::cout << format->id << ": " << format->name << "\n";
    print_options(*format);
  });

  CLI::App* plugins = app.add_subcommand("plugins", "List loaded plugins and the files that were refused");
  plugins->footer("Examples:\n  cvport plugins\n  cvport --plugin-dir ./my-plugins plugins\n"
                  "  cvport plugins inspect ./build/bibtex.so");
  auto inspect_path = std::make_shared<std::string>();
  CLI::App* inspect = plugins->add_subcommand("inspect", "Check one plugin file and show its metadata and options");
  inspect->add_option("file", *inspect_path, "The plugin file")->required();
  inspect->callback([inspect_path, &options, &exit_status] {
    PluginRegistry registry;
    if (!registry.load_file(*inspect_path)) {
      const std::string& reason = registry.refusals().back().reason;
      print_diagnostic_as({Severity::error, "plugin.refused", *inspect_path, 0, 0, "", "refused: " + reason, ""},
                          "cvport: " + *inspect_path + ": refused: " + reason, options);
      exit_status = exit_code::plugin_failed;
      return;
    }
    // A library that links several plugins holds one entry of ABI 1.1 for each.
    for (const auto& plugin : registry.plugins())
      if (plugin->path != kBuiltinPluginPath) print_plugin(*plugin, registry, true);
    std::cout << "ok: loads with this cvport (ABI " << CVPORT_ABI_MAJOR << "." << CVPORT_ABI_MINOR << ")\n";
  });
  plugins->callback([plugins, &options] {
    if (plugins->got_subcommand("inspect")) return;
    PluginRegistry registry;
    load_plugins(registry, options);
    std::cout << "search path:\n";
    // The linked plugins come where load_directories takes them: before the install's own folder.
    std::string linked;
    for (const LinkedPlugin& plugin : linked_plugins()) linked += (linked.empty() ? "" : ", ") + std::string(plugin.id);
    if (!linked.empty()) linked = std::string("  ") + kLinkedPluginPath + ": " + linked + "\n";
    const std::filesystem::path install = PluginRegistry::install_plugin_folder();
    for (const auto& folder : PluginRegistry::search_path(options.plugin_dirs)) {
      if (!install.empty() && folder == install) std::cout << std::exchange(linked, "");
      std::cout << "  " << folder.string() << "\n";
    }
    std::cout << linked;
    for (const auto& plugin : registry.plugins()) print_plugin(*plugin, registry, false);
    for (const PluginRefusal& refusal : registry.refusals())
      std::cout << "refused " << refusal.path << ": " << refusal.reason << "\n";
  });
}

} // namespace cvport::cli
