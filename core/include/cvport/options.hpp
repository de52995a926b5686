// Plugin options: `--option key=value` turned into the JSON object a format receives, checked
// against the format's options schema (types, enums, bounds), defaults filled in.
#ifndef CVPORT_OPTIONS_HPP
#define CVPORT_OPTIONS_HPP

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvport/diagnostics.hpp"
#include "cvport/plugin_registry.hpp"

namespace cvport {

struct OptionAssignment {
  std::string format; // "" = every selected format that declares the key ("docx.font-size" scopes it)
  std::string key;
  std::string value;
  std::string text;   // as the user wrote it, for messages
};

// Parses "key=value" or "format.key=value". Returns false with a usage diagnostic otherwise.
bool parse_option_assignment(const std::string& text, OptionAssignment& assignment, DiagnosticList& diagnostics);

// The options object for `format`: schema defaults, then the assignments that apply to it.
// Problems (bad value, unknown key for a scoped assignment) are usage errors.
nlohmann::json build_format_options(const LoadedFormat& format, const std::vector<OptionAssignment>& assignments,
                                    DiagnosticList& diagnostics);

// Usage errors for assignments that no selected format declares. An assignment scoped to a format
// that can import ("jsonresume.language=de") is also claimed by that format as importer.
void check_unclaimed_options(const std::vector<const LoadedFormat*>& formats,
                             const std::vector<OptionAssignment>& assignments, DiagnosticList& diagnostics,
                             const PluginRegistry& registry);

} // namespace cvport

#endif
