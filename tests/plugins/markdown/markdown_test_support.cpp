#include "markdown_test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

#include "cvport/utf8.hpp"
#include "markdown_writer.hpp"
#include "test_paths.hpp"

namespace cvport::markdown::testing {

std::string export_markdown(const Cv& cv, const Json& options, cvport::testing::MemoryHost* host) {
  cvport::testing::MemoryHost local_host;
  cvport::testing::MemoryHost& used = host ? *host : local_host;
  used.run_export(&write_markdown, cv, options, "markdown");
  return used.outputs[""];
}

Cv tricky_cv() {
  Cv cv;
  cv.person.name = "Zoë *Star* O_Brien [PhD] Jr.";
  cv.person.headline = "Engineer at AT&T and R&D lead; C# and x<y>z; not &amp; an entity; 5*3 = 15";
  cv.person.email = "zoe_o@example.org";
  cv.person.phone = "+1 (555) 010-0199";
  cv.person.url = "https://example.org/~zoe/a_b(c)";
  cv.person.location = {.address = "1 Rue de l'Église",
                        .postal_code = "8001",
                        .city = "Zürich",
                        .region = "ZH",
                        .country = "CH"};
  cv.person.profiles = {{.network = "GitHub", .username = "@zoe_o", .url = "https://github.com/zoe_o"},
                        {.network = "here", .url = "https://example.org/here"}};
  cv.person.orcid = "0000-0002-1825-0097";
  cv.person.name_variants = {"Z. O'Brien", "O'Brien, Z."};
  cv.person.summary =
      "First paragraph: *not emphasis*, _nor this_, `no code`, [no link](x), ![no image](y).\n\n"
      "Second paragraph\twith a tab and a bell; see https://example.org/path_(x). and "
      "www.example.com, or write to zoe@example.org. Costs $5 to $10, x^2, H~2~O, @cite, a | b, "
      "<div>html</div>, \\ backslash, &copy; &#169; AT&T. 日本語のテキスト 🎓 émigré.";
  cv.intros.education = "- starts like a bullet";
  cv.intros.work = "1. starts like a numbered item";
  cv.intros.awards = "# starts like a heading";
  cv.intros.talks = "> starts like a quote";

  Education education;
  education.institution = {.name = "ETH Zürich",
                           .department = "D-INFK",
                           .city = "Zürich",
                           .country = "CH",
                           .ror = "https://ror.org/05a28rw58",
                           .url = "https://ethz.ch"};
  education.degree = "MSc";
  education.field = "Computer Science | Systems";
  education.start = {2019, 9};
  education.end = {.present = true};
  education.advisor = "Prof. A. <Advisor>";
  education.interests = {"a;b", "c*d", "e_f_"};
  education.teaching = {{.role = "TA", .course = "Algorithms & Data Structures", .date_label = "Fall 2020"}};
  cv.education = {education};

  Work work;
  work.organization = {.name = "Nettle & Co. [Labs]", .city = "Los Gatos", .region = "CA", .country = "US"};
  work.position = "ML Intern";
  work.start = {2023, 6};
  work.end = {2023, 8};
  work.summary = "Built *things*.";
  work.highlights = {"- a highlight that starts with a dash",
                     "A long highlight that keeps going and going so that it has to wrap onto a second line, "
                     "and then 1. looks like a list marker and + like a bullet and - also",
                     "2020."};
  cv.work = {work};

  cv.awards = {{.title = "Best Paper!", .date = {2020}, .venue = "SC '20", .for_publication = "paper-1"},
               {.title = "Prize", .for_publication = "no-such-paper"}};
  cv.talks = {{.title = "Why 1. is not a list?",
               .event = "Seminar #3",
               .host = {.name = "MIT"},
               .date = {2022, 5},
               .location = {.city = "Boston", .region = "MA", .country = "US"}}};

  Publication publication;
  publication.id = "paper-1";
  publication.type = "journal-article";
  publication.title = "Why *not*? A [study] of <tags> & 1. lists";
  publication.authors = {{.name = "Zoë O_Brien", .self = true}, {.name = "A. Smith"}};
  publication.et_al = true;
  publication.venue = {.short_name = "J. X", .name = "Journal of *X*"};
  publication.date = {2021, 3};
  publication.volume = "12";
  publication.issue = "3";
  publication.pages = "1-14";
  publication.publisher = "ACM";
  publication.doi = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O";
  publication.url = "https://example.org/paper?id=1&amp;x=2";
  publication.status = "in-press";
  publication.award = "Best Paper";
  publication.note = "Extended version.";
  cv.publications = {publication};

  cv.software = {{.name = "tool_x",
                  .description = "does *stuff*",
                  .date = {2022},
                  .doi = "10.5281/zenodo.7853719",
                  .url = "https://github.com/x/tool_x"}};
  cv.skills = {
      {.name = "Programming", .level = "Expert", .keywords = {"C++", "C#", "snake_case", "_private"}}};
  cv.languages = {{.language = "日本語", .fluency = "Native 🗾"}};

  CustomSection patents{.title = "Patents", .intro = "", .entries = {{.title = "A patent", .date = {2020}}}};
  CustomSection more_patents{.title = "Patents", .intro = "Second list of patents.", .entries = {}};
  CustomSection education_again{
      .title = "Education", .intro = "", .entries = {{.title = "A custom education entry"}}};
  CustomSection notes{
      .title = "Notes:", .intro = "", .entries = {{.title = "-"}, {.title = "+"}, {.title = "2."}}};
  cv.sections = {patents, more_patents, education_again, notes};
  return cv;
}

std::filesystem::path example_json_path() {
  return cvport::testing::source_dir() / "tests" / "data" / "baolin-li.cvport.json";
}

std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

std::filesystem::path make_temp_dir(const std::string& name) {
  std::string pattern =
      (std::filesystem::temp_directory_path() / ("cvport-markdown-" + name + "-XXXXXX")).string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder " + pattern);
  return pattern;
}

CommandResult run_command(const std::string& command_line) {
  std::filesystem::path errors_file = make_temp_dir("stderr") / "stderr.txt";
  CommandResult result;
  FILE* pipe = popen((command_line + " 2>" + shell_quote(errors_file.string())).c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), read);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream errors(errors_file);
  std::stringstream text;
  text << errors.rdbuf();
  result.errors = text.str();
  std::filesystem::remove_all(errors_file.parent_path());
  return result;
}

std::string collapse_whitespace(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string visible_text(const std::string& html) {
  std::string text;
  for (size_t at = 0; at < html.size();) {
    if (html[at] == '<') {
      size_t end = html.find('>', at);
      at = end == std::string::npos ? html.size() : end + 1;
      text += ' '; // tags separate words (</p><p>, <br />)
      continue;
    }
    if (html[at] == '&') {
      size_t end = html.find(';', at);
      if (end != std::string::npos && end - at <= 10) {
        std::string name = html.substr(at + 1, end - at - 1);
        std::string decoded;
        if (name == "amp")
          decoded = "&";
        else if (name == "lt")
          decoded = "<";
        else if (name == "gt")
          decoded = ">";
        else if (name == "quot")
          decoded = "\"";
        else if (name == "apos")
          decoded = "'";
        else if (name == "nbsp")
          decoded = "\u00A0";
        else if (name.size() > 1 && name[0] == '#') {
          bool hex = name[1] == 'x' || name[1] == 'X';
          append_utf8(decoded, std::stoul(name.substr(hex ? 2 : 1), nullptr, hex ? 16 : 10));
        }
        if (!decoded.empty()) {
          text += decoded;
          at = end + 1;
          continue;
        }
      }
    }
    text += html[at++];
  }
  return collapse_whitespace(text);
}

size_t count_matches(const std::string& text, const std::string& pattern) {
  std::regex expression(pattern);
  return size_t(
      std::distance(std::sregex_iterator(text.begin(), text.end(), expression), std::sregex_iterator()));
}

std::string node_modules_dir() { return cvport::testing::consumers_dir().string(); }

CommandResult render_cmark(const std::filesystem::path& file) {
  return run_command("cmark --validate-utf8 " + shell_quote(file.string()));
}

CommandResult render_cmark_gfm(const std::filesystem::path& file) {
  // The extensions github.com uses, as consumer-check runs it.
  return run_command("cmark-gfm --validate-utf8 -e table -e autolink -e strikethrough -e tagfilter " +
                     shell_quote(file.string()));
}

CommandResult render_commonmark_js(const std::filesystem::path& file) {
  return run_command("node " + shell_quote(node_modules_dir() + "/commonmark/bin/commonmark") + " " +
                     shell_quote(file.string()));
}

CommandResult render_pandoc(const std::filesystem::path& file, const std::string& reader) {
  return run_command("pandoc -f " + reader + " -t html --wrap=none " + shell_quote(file.string()));
}

CommandResult run_markdownlint(const std::filesystem::path& file) {
  std::filesystem::path home = make_temp_dir("mdl-home");
  std::string quoted_home = shell_quote(home.string());
  CommandResult result =
      run_command("cd " + quoted_home + " && HOME=" + quoted_home + " XDG_CONFIG_HOME=" + quoted_home +
                  " node " + shell_quote(node_modules_dir() + "/.bin/markdownlint") + " " +
                  shell_quote(std::filesystem::absolute(file).string()));
  std::filesystem::remove_all(home);
  return result;
}

} // namespace cvport::markdown::testing
