// What cvport says when the command line names no command or a command that does not exist.
// CLI11 alone answers both with "A subcommand is required", which does not help a typo.
#include <iostream>
#include <algorithm>
#include <optional>
#include <string_view>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/suggest.hpp"

namespace cvport::cli {

namespace {

// The first word that is neither an option nor the value of a global option: the command the
// user meant to give.
std::optional<std::string> command_word(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word == "--") return std::nullopt;
    if (word.empty() || word[0] != '-') return word;
    if (word.find('=') != std::string::npos) continue;
    const CLI::Option* option = app.get_option_no_throw(word);
    if (option && option->get_expected_max() > 0) ++i; // its value is the next word (flags expect none)
  }
  return std::nullopt;
}

} // namespace

int report_parse_error(CLI::App& app, const CLI::ParseError& error, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(command->get_name());
  std::optional<std::string> word = command_word(app, argc, argv);
  if (!word && dynamic_cast<const CLI::RequiredError*>(&error)) {
    std::cerr << "cvport: a command is required\n\n" << app.help();
    return exit_code::usage;
  }
  if (word && std::find(names.begin(), names.end(), *word) == names.end()) {
    std::vector<std::string_view> candidates(names.begin(), names.end());
    std::string suggestion = closest_match(*word, candidates);
    std::cerr << "cvport: unknown command \"" << *word << "\"";
    if (!suggestion.empty()) {
      std::cerr << "; did you mean \"" << suggestion << "\"?\n";
    } else {
      std::cerr << "; the commands are:";
      for (const std::string& name : names) std::cerr << " " << name;
      std::cerr << "\n";
    }
    return exit_code::usage;
  }
  app.exit(error);
  return exit_code::usage;
}

} // namespace cvport::cli
