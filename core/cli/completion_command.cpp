// cvport completion bash|zsh|fish: a completion script for the shell. Everything in it is read
// from the CLI11 app itself (commands, options, their descriptions and choices) and from the
// plugins loaded now (format ids for --to, --from and formats --options), so it never needs a
// second hand-written list and is regenerated after installing a plugin.
#include <iostream>
#include <sstream>

#include "cli_common.hpp"
#include "cvport/exit_codes.hpp"
#include "cvport/text.hpp"

namespace cvport::cli {

namespace {

struct OptionSpec {
  std::vector<std::string> flags; // "-t", "--to"
  std::string description;
  bool takes_value = false;
  std::vector<std::string> values; // the words its value can be; none: a file name
  bool directory = false;          // the value is a folder
  bool number = false;             // the value is a number: nothing to offer
  bool comma_list = false;         // --to markdown,docx
};

struct CommandSpec {
  std::string path; // "" for cvport itself, "plugins inspect"
  std::string name;
  std::string description;
  std::vector<OptionSpec> options;
  std::vector<std::pair<std::string, std::string>> subcommands; // name, description
  bool takes_files = false;                                     // positional file names
  std::vector<std::string> positional_values;                   // completion: bash zsh fish
};

struct FormatIds {
  std::vector<std::string> exports; // with "all"
  std::vector<std::string> imports; // with "cvport", the native source
  std::vector<std::string> every;
};

FormatIds format_ids(const GlobalOptions& options) {
  PluginRegistry registry;
  load_plugins(registry, options);
  FormatIds ids{{"all"}, {"cvport"}, {}};
  for (const auto& format : registry.formats()) {
    if (format->can_export()) ids.exports.push_back(format->id);
    if (format->can_import()) ids.imports.push_back(format->id);
    ids.every.push_back(format->id);
  }
  return ids;
}

// The choices of an option checked with CLI::IsMember, whose description is "{a,b,c}".
std::vector<std::string> member_choices(CLI::Option& option) {
  std::vector<std::string> choices;
  try {
    std::string text = option.get_validator(0)->get_description();
    if (text.size() < 2 || text.front() != '{' || text.back() != '}') return choices;
    std::stringstream items(text.substr(1, text.size() - 2));
    for (std::string item; std::getline(items, item, ',');) choices.push_back(item);
  } catch (const CLI::OptionNotFound&) {
  }
  return choices;
}

OptionSpec option_spec(CLI::Option& option, const FormatIds& ids) {
  OptionSpec spec;
  for (const std::string& name : option.get_snames()) spec.flags.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) spec.flags.push_back("--" + name);
  spec.description = option.get_description();
  spec.takes_value = option.get_expected_max() > 0; // flags expect no value
  spec.values = member_choices(option);
  spec.directory = option.get_type_name().rfind("DIR", 0) == 0;
  for (const char* numeric : {"INT", "UINT", "FLOAT", "NUMBER"})
    spec.number |= option.get_type_name().rfind(numeric, 0) == 0;
  const std::vector<std::string>& long_names = option.get_lnames();
  auto named = [&](const char* name) {
    return std::find(long_names.begin(), long_names.end(), name) != long_names.end();
  };
  if (named("to")) {
    spec.values = ids.exports;
    spec.comma_list = true;
  } else if (named("from")) {
    spec.values = ids.imports;
  } else if (named("options")) {
    spec.values = ids.every;
  }
  return spec;
}

void collect(CLI::App& app, const std::string& path, const FormatIds& ids, std::vector<CommandSpec>& commands) {
  CommandSpec spec{path, app.get_name(), app.get_description(), {}, {}, false, {}};
  for (CLI::Option* option : app.get_options()) {
    if (option->get_positional()) {
      std::vector<std::string> choices = member_choices(*option);
      if (choices.empty()) spec.takes_files = true;
      else spec.positional_values = choices;
    } else {
      spec.options.push_back(option_spec(*option, ids));
    }
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    spec.subcommands.emplace_back(sub->get_name(), sub->get_description());
  commands.push_back(spec);
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    collect(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), ids, commands);
}

// Single quotes for the shell: 'it'\''s'.
std::string shell_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Bash: walk the words typed so far to find the command path ("plugins inspect") and whether
// the previous word is an option waiting for its value, then offer what fits there. Global
// options are accepted after the command too (CLI11 fallthrough), so they are offered everywhere.
std::string bash_script(const std::vector<CommandSpec>& commands) {
  const CommandSpec& root = commands.front();
  std::ostringstream out;
  out << "# bash completion for cvport, generated by `cvport completion bash` with the plugins\n"
         "# installed then. Load it with: source <(cvport completion bash)\n"
         "_cvport() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
         "  local command_path= word i skip=0\n"
         "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
         "    word=${COMP_WORDS[i]}\n"
         "    if ((skip)); then skip=0; continue; fi\n"
         "    case \"$command_path|$word\" in\n";
  for (const CommandSpec& command : commands) {
    for (const auto& [name, description] : command.subcommands)
      out << "      " << shell_quoted(command.path + "|" + name)
          << ") command_path=" << shell_quoted(command.path.empty() ? name : command.path + " " + name) << " ;;\n";
    for (const OptionSpec& option : command.options)
      if (option.takes_value && !command.path.empty())
        for (const std::string& flag : option.flags)
          out << "      " << shell_quoted(command.path + "|" + flag) << ") skip=1 ;;\n";
  }
  for (const OptionSpec& option : root.options)
    if (option.takes_value)
      for (const std::string& flag : option.flags) out << "      *" << shell_quoted("|" + flag) << ") skip=1 ;;\n";
  out << "    esac\n"
         "  done\n"
         "  case \"$command_path|$prev\" in\n";
  auto value_case = [&](const std::string& pattern_prefix, const OptionSpec& option) {
    for (const std::string& flag : option.flags) {
      out << "    " << pattern_prefix << shell_quoted("|" + flag) << ")\n";
      if (option.comma_list)
        out << "      local typed=; [[ $cur == *,* ]] && typed=${cur%,*},\n"
               "      COMPREPLY=($(compgen -P \"$typed\" -W "
            << shell_quoted(join_nonempty(option.values, " ")) << " -- \"${cur##*,}\")); return ;;\n";
      else if (!option.values.empty())
        out << "      COMPREPLY=($(compgen -W " << shell_quoted(join_nonempty(option.values, " ")) << " -- \"$cur\")); return ;;\n";
      else if (option.directory)
        out << "      COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n";
      else if (option.number)
        out << "      COMPREPLY=(); return ;;\n";
      else
        out << "      COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
    }
  };
  for (const CommandSpec& command : commands)
    for (const OptionSpec& option : command.options)
      if (option.takes_value && !command.path.empty()) value_case(shell_quoted(command.path), option);
  for (const OptionSpec& option : root.options)
    if (option.takes_value) value_case("*", option);
  out << "  esac\n"
         "  local words files=0\n"
         "  case \"$command_path\" in\n";
  std::vector<std::string> global_flags;
  for (const OptionSpec& option : root.options)
    global_flags.insert(global_flags.end(), option.flags.begin(), option.flags.end());
  for (const CommandSpec& command : commands) {
    std::vector<std::string> words;
    for (const auto& [name, description] : command.subcommands) words.push_back(name);
    words.insert(words.end(), command.positional_values.begin(), command.positional_values.end());
    for (const OptionSpec& option : command.options) words.insert(words.end(), option.flags.begin(), option.flags.end());
    if (!command.path.empty()) words.insert(words.end(), global_flags.begin(), global_flags.end());
    out << "    " << shell_quoted(command.path) << ") words=" << shell_quoted(join_nonempty(words, " "))
        << (command.takes_files ? "; files=1" : "") << " ;;\n";
  }
  out << "  esac\n"
         "  if [[ $cur == -* || $files == 0 ]]; then\n"
         "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "  else\n"
         "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
         "  fi\n"
         "}\n"
         "complete -o filenames -o bashdefault -F _cvport cvport\n";
  return out.str();
}

// zsh runs the bash function through its own bash-completion layer (bashcompinit), so both
// shells complete exactly the same words.
std::string zsh_script(const std::vector<CommandSpec>& commands) {
  return "# zsh completion for cvport, generated by `cvport completion zsh`: the bash completion, run by\n"
         "# zsh's bashcompinit. Load it in ~/.zshrc, after compinit: source <(cvport completion zsh)\n"
         "autoload -U +X bashcompinit && bashcompinit\n" +
         bash_script(commands);
}

// fish: one `complete` line per command, option and value list, each with its description.
std::string fish_script(const std::vector<CommandSpec>& commands) {
  std::ostringstream out;
  out << "# fish completion for cvport, generated by `cvport completion fish` with the plugins installed\n"
         "# then. Load it with: cvport completion fish | source\n"
         "complete -c cvport -f\n";
  // The condition that the words typed so far lead to `path`.
  auto condition = [](const std::string& path, const std::vector<std::pair<std::string, std::string>>& subcommands) {
    std::vector<std::string> names;
    for (const auto& [name, description] : subcommands) names.push_back(name);
    if (path.empty()) return std::string("__fish_use_subcommand");
    std::string last = path.substr(path.rfind(' ') == std::string::npos ? 0 : path.rfind(' ') + 1);
    std::string text = "__fish_seen_subcommand_from " + last;
    if (path.find(' ') != std::string::npos)
      text = "__fish_seen_subcommand_from " + path.substr(0, path.find(' ')) + "; and " + text;
    if (!names.empty()) text += "; and not __fish_seen_subcommand_from " + join_nonempty(names, " ");
    return text;
  };
  for (const CommandSpec& command : commands) {
    std::string when = condition(command.path, command.subcommands);
    for (const auto& [name, description] : command.subcommands)
      out << "complete -c cvport -n " << shell_quoted(when) << " -a " << shell_quoted(name) << " -d "
          << shell_quoted(description) << "\n";
    for (const std::string& value : command.positional_values)
      out << "complete -c cvport -n " << shell_quoted(when) << " -a " << shell_quoted(value) << "\n";
    if (command.takes_files) out << "complete -c cvport -n " << shell_quoted(when) << " -F\n";
    for (const OptionSpec& option : command.options) {
      out << "complete -c cvport";
      if (!command.path.empty()) out << " -n " << shell_quoted(when);
      for (const std::string& flag : option.flags)
        out << (flag.rfind("--", 0) == 0 ? " -l " + flag.substr(2) : " -s " + flag.substr(1));
      if (option.takes_value && !option.values.empty()) out << " -x -a " << shell_quoted(join_nonempty(option.values, " "));
      else if (option.takes_value && option.number) out << " -x";
      else if (option.takes_value) out << " -r -F";
      out << " -d " << shell_quoted(option.description) << "\n";
    }
  }
  return out.str();
}

} // namespace

void add_completion_command(CLI::App& app, GlobalOptions& options, int& exit_status) {
  auto shell = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
  command->footer("Examples:\n  source <(cvport completion bash)\n  source <(cvport completion zsh)\n"
                  "  cvport completion fish > ~/.config/fish/completions/cvport.fish");
  command->add_option("shell", *shell, "The shell")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  command->callback([shell, &app, &options, &exit_status] {
    std::vector<CommandSpec> commands;
    collect(app, "", format_ids(options), commands);
    if (*shell == "bash") std::cout << bash_script(commands);
    else if (*shell == "zsh") std::cout << zsh_script(commands);
    else std::cout << fish_script(commands);
    exit_status = exit_code::ok;
  });
}

} // namespace cvport::cli
