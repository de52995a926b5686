#include "options.hpp"

#include "cvport/plugin_context.hpp"
#include "vocabulary.hpp"

namespace cvport::orcid {

namespace {

constexpr const char* kBadOption = "orcid.bad-option";

[[noreturn]] void bad_option(const std::string& name, const std::string& message) {
  throw sdk::Error(kBadOption, "", "option \"" + name + "\": " + message);
}

bool is_custom_target(std::string_view target) {
  return is_work_type(target) ||
         (is_affiliation_section(target) && target != "education" && target != "employment");
}

std::vector<CustomSectionTarget> read_custom_sections(const std::vector<std::string>& entries) {
  std::vector<CustomSectionTarget> targets;
  for (const std::string& text : entries) {
    size_t equals = text.rfind('=');
    if (equals == std::string::npos || equals == 0)
      bad_option("custom-sections", "\"" + text + "\" is not \"Section title=target\"");
    CustomSectionTarget target{text.substr(0, equals), text.substr(equals + 1)};
    if (!is_custom_target(target.target))
      bad_option(
          "custom-sections",
          "\"" + target.target +
              "\" is neither an ORCID work type (patent, data-set, ...) "
              "nor one of invited-position, distinction, service, membership, qualification");
    targets.push_back(std::move(target));
  }
  return targets;
}

} // namespace

const CustomSectionTarget* target_of_section(const Options& options, std::string_view title) {
  for (const CustomSectionTarget& target : options.custom_sections)
    if (target.title == title) return &target;
  return nullptr;
}

const std::string& options_schema() {
  static const std::string schema = sdk::options_schema<Options>();
  return schema;
}

Options read_options(const Json& given) {
  Options options = sdk::read_options<Options>(given, kBadOption);
  options.custom_sections = read_custom_sections(options.custom_section_specs);
  return options;
}

} // namespace cvport::orcid
