// Helpers shared by the Markdown tests: running the writer, test CVs, and running the
// third-party consumers (cmark, cmark-gfm, commonmark.js, pandoc, markdownlint) on its output.
#ifndef CVPORT_TESTS_MARKDOWN_SUPPORT_HPP
#define CVPORT_TESTS_MARKDOWN_SUPPORT_HPP

#include <filesystem>
#include <string>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/model_json.hpp"
#include "memory_host.hpp"

namespace cvport::markdown::testing {

// Exports `cv` through the SDK context as the host would; returns the primary output.
std::string export_markdown(const Cv& cv, const Json& options = Json::object(),
                            cvport::testing::MemoryHost* host = nullptr);

// A CV whose every text is made to break naive Markdown: markup characters, list markers,
// entities, addresses, control characters, CJK and emoji, duplicate section titles.
Cv tricky_cv();

// The seed CV's canonical JSON, tests/data/baolin-li.cvport.json. Empty if it is missing.
std::filesystem::path example_json_path();

struct CommandResult {
  int exit_code = -1;
  std::string output; // stdout
  std::string errors; // stderr
};

// Runs a shell command line; stdout and stderr are captured separately.
CommandResult run_command(const std::string& command_line);
std::string shell_quote(const std::string& text);

// A fresh, empty folder for one test.
std::filesystem::path make_temp_dir(const std::string& name);

// The visible text of an HTML fragment: tags removed, entities decoded, whitespace collapsed.
std::string visible_text(const std::string& html);

// Collapses runs of whitespace to one space and trims.
std::string collapse_whitespace(const std::string& text);

// How many times the regular expression matches in `text`.
size_t count_matches(const std::string& text, const std::string& pattern);

// The Markdown consumers, each rendering `file` to HTML. They must be installed
// (scripts/install-deps --consumers); a missing one makes the test fail.
std::string node_modules_dir();
CommandResult render_cmark(const std::filesystem::path& file);
CommandResult render_cmark_gfm(const std::filesystem::path& file);
CommandResult render_commonmark_js(const std::filesystem::path& file);
CommandResult render_pandoc(const std::filesystem::path& file, const std::string& reader);
// markdownlint-cli with its defaults: from an empty folder with HOME set to it, so no rc file
// applies. Its output lists the violations.
CommandResult run_markdownlint(const std::filesystem::path& file);

} // namespace cvport::markdown::testing

#endif
