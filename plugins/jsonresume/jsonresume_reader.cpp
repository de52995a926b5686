#include "jsonresume_reader.hpp"

#include <algorithm>
#include <cctype>

#include "canonical_reader.hpp"
#include "cvport/identifiers.hpp"
#include "entry_merge.hpp"
#include "json_document.hpp"
#include "json_path.hpp"
#include "mapping.hpp"
#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

constexpr std::string_view kTopLevelMembers[] = {
    "$schema", "basics",    "work",      "volunteer",  "education", "awards", "certificates", "publications",
    "skills",  "languages", "interests", "references", "projects",  "meta",   "x-cvport"};
constexpr std::string_view kExtensionMembers[] = {"model_version", "intros",  "talks",   "software",
                                                  "media",         "service", "sections"};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// "Palo Alto, CA" -> city and region; "Paris, Île-de-France, FR" -> city, region, country.
// Anything else stays whole as the city.
void read_place(const std::string& text, Json& organization) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string part = text.substr(start, comma - start);
    part.erase(0, part.find_first_not_of(' '));
    part.erase(part.find_last_not_of(' ') + 1);
    parts.push_back(part);
    start = comma + 1;
  }
  bool clean = std::none_of(parts.begin(), parts.end(), [](const std::string& p) { return p.empty(); });
  if (clean && parts.size() == 2) {
    organization["city"] = parts[0];
    organization["region"] = parts[1];
  } else if (clean && parts.size() == 3 && is_country_code(parts[2])) {
    organization["city"] = parts[0];
    organization["region"] = parts[1];
    organization["country"] = parts[2];
  } else {
    organization["city"] = text;
  }
}

class ResumeReader {
public:
  ResumeReader(const Json& document, sdk::Diagnostics& diagnostics)
      : document_(document), diagnostics_(diagnostics) {}

  Cv read() {
    read_top_level_extension();
    read_basics();
    read_section("work", kWork, cv_.work,
                 [this](MergedEntry& entry, const Json& input, const std::string& path) {
                   read_foreign_work(entry, input, path);
                 });
    read_section("volunteer", kVolunteer, cv_.volunteer);
    read_section("education", kEducation, cv_.education);
    read_section("awards", kAward, cv_.awards);
    read_section("certificates", kCertificate, cv_.certificates);
    read_section("publications", kPublication, cv_.publications,
                 [this](MergedEntry& entry, const Json&, const std::string& path) {
                   read_foreign_publication(entry, path);
                 });
    read_section("skills", kSkill, cv_.skills);
    read_section("languages", kLanguage, cv_.languages);
    read_section("interests", kInterest, cv_.interests);
    read_section("references", kReference, cv_.references);
    read_section("projects", kProject, cv_.projects);
    check_top_level_members();
    return std::move(cv_);
  }

private:
  template <class T, class Foreign>
  void read_section(std::string_view name, const EntryMapping& mapping, std::vector<T>& out,
                    Foreign read_foreign) {
    auto section = document_.find(std::string(name));
    if (section == document_.end() || section->is_null()) return;
    if (!section->is_array()) {
      diagnostics_.error("jsonresume.wrong-type", std::string(name),
                         "expected an array of objects, found " + json_type_name(*section));
      return;
    }
    for (size_t i = 0; i < section->size(); ++i) {
      std::string path = index_path(name, i);
      if (auto value = read_entry<T>((*section)[i], path, mapping, read_foreign))
        out.push_back(std::move(*value));
    }
  }
  template <class T>
  void read_section(std::string_view name, const EntryMapping& mapping, std::vector<T>& out) {
    read_section(name, mapping, out, [](MergedEntry&, const Json&, const std::string&) {});
  }

  // One entry, or nothing for a derived entry (or one that is not an object).
  template <class T, class Foreign>
  std::optional<T> read_entry(const Json& input, const std::string& path, const EntryMapping& mapping,
                              Foreign read_foreign) {
    if (!input.is_object()) {
      diagnostics_.error("jsonresume.wrong-type", path, "expected an object, found " + json_type_name(input));
      return std::nullopt;
    }
    MergedEntry entry = merge_entry(input, path, mapping, diagnostics_);
    if (entry.derived) return std::nullopt;
    if (!entry.from_cvport) read_foreign(entry, input, path);
    T value{};
    CanonicalReader(entry.locator, diagnostics_).read(entry.model, value);
    return value;
  }

  void read_basics() {
    static const Json empty = Json::object();
    auto found = document_.find("basics");
    const Json& basics = found == document_.end() || found->is_null() ? empty : *found;
    if (!basics.is_object()) {
      diagnostics_.error("jsonresume.wrong-type", "basics",
                         "expected an object, found " + json_type_name(basics));
      return;
    }
    auto none = [](MergedEntry&, const Json&, const std::string&) {};
    MergedEntry entry = merge_entry(basics, "basics", kBasics, diagnostics_);
    CanonicalReader(entry.locator, diagnostics_).read(entry.model, cv_.person);

    if (auto location = basics.find("location"); location != basics.end() && !location->is_null()) {
      if (auto value = read_entry<Location>(*location, "basics.location", kLocation, none))
        cv_.person.location = std::move(*value);
    }
    if (auto profiles = basics.find("profiles"); profiles != basics.end() && !profiles->is_null()) {
      if (!profiles->is_array()) {
        diagnostics_.error("jsonresume.wrong-type", "basics.profiles",
                           "expected an array of objects, found " + json_type_name(*profiles));
      } else {
        for (size_t i = 0; i < profiles->size(); ++i)
          if (auto value =
                  read_entry<Profile>((*profiles)[i], index_path("basics.profiles", i), kProfile, none))
            cv_.person.profiles.push_back(std::move(*value));
      }
    }
    if (!entry.from_cvport) read_orcid_profile();
  }

  // JSON Resume keeps an ORCID iD as a profile; cvport has a field for it.
  void read_orcid_profile() {
    for (const Profile& profile : cv_.person.profiles) {
      if (lower(profile.network) != "orcid") continue;
      std::string_view id =
          profile.url.empty() ? std::string_view(profile.username) : std::string_view(profile.url);
      for (std::string_view prefix : {"https://orcid.org/", "http://orcid.org/"})
        if (id.substr(0, prefix.size()) == prefix) id.remove_prefix(prefix.size());
      if (has_orcid_shape(id)) {
        cv_.person.orcid = std::string(id);
        return;
      }
    }
  }

  void read_foreign_work(MergedEntry& entry, const Json& input, const std::string& path) {
    if (auto location = input.find("location"); location != input.end()) {
      if (location->is_string()) {
        if (!location->get<std::string>().empty())
          read_place(location->get<std::string>(), entry.model["organization"]);
      } else if (!location->is_null()) {
        diagnostics_.error("jsonresume.wrong-type", path + ".location",
                           "expected a string, found " + json_type_name(*location));
      }
    }
    if (auto description = input.find("description"); description != input.end() && *description != "")
      diagnostics_.warning("jsonresume.not-kept", path + ".description",
                           "cvport has no place for an employer's description; it is not kept (move it into "
                           "\"summary\" to keep it)");
  }

  // JSON Resume has no author list or publication type, which cvport needs.
  void read_foreign_publication(MergedEntry& entry, const std::string& path) {
    if (entry.model.contains("type") && entry.model.contains("authors")) return;
    if (!entry.model.contains("type")) entry.model["type"] = "other";
    // Without a person name (itself an error) there is no owner to stand in; the missing
    // authors are then reported at the entry.
    entry.locator.map("authors", path);
    if (!entry.model.contains("authors") && !cv_.person.name.empty())
      entry.model["authors"] = Json::array({Json{{"name", cv_.person.name}, {"self", true}}});
    diagnostics_.warning(
        "jsonresume.no-authors", path,
        "JSON Resume has no author list or publication type: the publication is read as type "
        "\"other\" with the CV owner as its only author; add the co-authors in order and the type");
  }

  void read_top_level_extension() {
    auto extension = document_.find(std::string(kExtensionKey));
    if (extension == document_.end()) return;
    const std::string path(kExtensionKey);
    if (!extension->is_object()) {
      diagnostics_.error("jsonresume.wrong-type", path,
                         "expected an object, found " + json_type_name(*extension));
      return;
    }
    Locator locator(path);
    CanonicalReader reader(locator, diagnostics_);
    for (const auto& [name, value] : extension->items()) {
      if (name == "model_version") {
        std::string version;
        reader.read(value, version, name);
        if (!version.empty() &&
            version.substr(0, version.find('.')) != kModelVersion.substr(0, kModelVersion.find('.')))
          diagnostics_.error("jsonresume.model-version", path + "." + name,
                             "this cvport reads model version " + std::string(kModelVersion) +
                                 ", the file says " + version);
      } else if (name == "intros") {
        reader.read(value, cv_.intros, name);
      } else if (name == "talks") {
        reader.read(value, cv_.talks, name);
      } else if (name == "software") {
        reader.read(value, cv_.software, name);
      } else if (name == "media") {
        reader.read(value, cv_.media, name);
      } else if (name == "service") {
        reader.read(value, cv_.service, name);
      } else if (name == "sections") {
        reader.read(value, cv_.sections, name);
      } else {
        report_unknown(path + "." + name, name, kExtensionMembers);
      }
    }
  }

  void check_top_level_members() {
    for (const auto& [name, value] : document_.items()) {
      if (std::find(std::begin(kTopLevelMembers), std::end(kTopLevelMembers), name) !=
          std::end(kTopLevelMembers)) {
        if (name == "meta")
          diagnostics_.note("jsonresume.not-kept", name,
                            "\"meta\" describes the file (version, canonical URL, last change), not the CV; "
                            "it is not kept");
        continue;
      }
      report_unknown(name, name, kTopLevelMembers);
    }
  }

  void report_unknown(const std::string& path, std::string_view name,
                      std::span<const std::string_view> known) {
    std::string message = "unknown member " + in_quotes(name) + " is not kept";
    std::string suggestion = closest_name(name, known);
    if (!suggestion.empty()) message += "; did you mean " + in_quotes(suggestion) + "?";
    diagnostics_.warning("jsonresume.unknown-member", path, message);
  }

  const Json& document_;
  sdk::Diagnostics& diagnostics_;
  Cv cv_;
};

// Where the first non-blank character is: an error about the whole document points there.
TextPosition document_start(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return position_of(text, first == std::string_view::npos ? text.size() : first);
}

} // namespace

Cv read_jsonresume(sdk::ImportContext& context) {
  std::optional<Json> document = parse_document(context.input, context.diagnostics);
  if (!document) return Cv{};
  if (!document->is_object()) {
    TextPosition start = document_start(context.input);
    context.diagnostics.error("jsonresume.wrong-type", "",
                              "expected a JSON object (a JSON Resume document starts with \"{\"), found " +
                                  json_type_name(*document),
                              start.line, start.column);
    return Cv{};
  }
  return ResumeReader(*document, context.diagnostics).read();
}

bool detect_jsonresume(std::string_view input) {
  Json document = Json::parse(input.begin(), input.end(), nullptr, false);
  if (document.is_discarded() || !document.is_object() || document.contains("person")) return false;
  if (document.contains("basics")) return true;
  auto schema = document.find("$schema");
  return schema != document.end() && schema->is_string() &&
         schema->get<std::string>().find("jsonresume") != std::string::npos;
}

} // namespace cvport::jsonresume
