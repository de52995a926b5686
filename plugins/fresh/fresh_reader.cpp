#include "fresh_reader.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include "cvport/identifiers.hpp"
#include "cvport/import_context.hpp"
#include "cvport/line_index.hpp"
#include "cvport/model_json_reader.hpp"
#include "cvport/text.hpp"
#include "entry_reader.hpp"
#include "fresh_mapping.hpp"
#include "fresh_session.hpp"
#include "fresh_values.hpp"

namespace cvport::fresh {

namespace {

// The top-level members read below; any other is kept in the CV's extra. "meta" (the file's
// format and version) is kept without a warning: it says nothing about the person.
constexpr std::string_view kTopLevelMembers[] = {
    "name",      "meta",        "info",           "contact",    "location",    "social",     "employment",
    "education", "service",     "skills",         "projects",   "writing",     "speaking",   "recognition",
    "languages", "interests",   "references",     "testimonials", "affiliation", "governance", "reading",
    "samples",   "extracurricular"};

// A FRESH section that is an object with a "history" array and a "summary".
constexpr std::string_view kHistorySectionMembers[] = {"history", "summary"};

// What a section's entries need beyond their table (projects' "role", writings' authors).
using EntryFix = std::function<void(const Json& object, const std::string& path, ReadEntry& entry)>;

bool is_true(const Json& object, const char* name) {
  auto found = object.find(name);
  return found != object.end() && found->is_boolean() && found->get<bool>();
}

class FreshReader {
public:
  FreshReader(const Json& document, ImportSession& session) : document_(document), session_(session) {}

  Json read() {
    cv_["model_version"] = std::string(kModelVersion);
    read_person();
    read_history_section("employment", "work", kEmployment, "work", [](const Json& object, const std::string& path,
                                                                       ReadEntry& entry) {
      // "current": true says the job is ongoing, where a FRESH file leaves out "end".
      if (is_true(object, "current") && !entry.model.contains("end")) {
        entry.model["end"] = "present";
        entry.origins.emplace_back("end", member_path(path, "current"));
      }
    }, {"current"});
    read_history_section("education", "education", kEducation, "education");
    read_history_section("service", "volunteer", kService, "");
    read_skills();
    read_list("projects", "projects", kProject, [this](const Json& o, const std::string& p, ReadEntry& e) {
      fix_project(o, p, e);
    }, {"summary", "role", "repo"});
    read_list("writing", "publications", kWriting, [this](const Json& o, const std::string& p, ReadEntry& e) {
      fix_writing(o, p, e);
    }, {"author", "publisher", "category", "flavor"});
    read_list("speaking", "talks", kSpeaking, fix_speaking);
    read_list("recognition", "awards", kRecognition);
    read_list("languages", "languages", kLanguage);
    read_list("interests", "interests", kInterest);
    read_list("references", "references", kReference);
    read_list("testimonials", "references", kTestimonial);
    read_custom_section("affiliation", "Affiliations", kAffiliation);
    read_custom_section("governance", "Governance", kAffiliation);
    read_custom_section("reading", "Reading", kReading);
    read_custom_section("samples", "Samples", kSample);
    read_custom_section("extracurricular", "Extracurricular activities", kExtracurricular);
    keep_other_top_level_members();
    if (!cv_kept_.empty()) cv_["extra"] = Json{{std::string(kFormatId), cv_kept_}};
    session_.report();
    return std::move(cv_);
  }

private:
  // ---- the person: name, info, contact, location, social ----------------------------------

  void read_person() {
    Json& person = cv_["person"];
    person = Json::object();
    session_.origin("person", "name");
    if (auto name = document_.find("name"); name != document_.end() && name->is_string() &&
                                            !trim_space(name->get_ref<const std::string&>()).empty()) {
      person["name"] = *name;
      session_.origin("person.name", "name");
    } else {
      person["name"] = std::string(kMissingNameStandIn);
      person["inferred"] = Json::array({"name"});
      session_.diagnostics.warning("fresh.no-name", "name",
                                   "the file gives no name: the CV is headed " + in_quotes(kMissingNameStandIn) +
                                       ", marked inferred; add \"name\"");
    }
    Json kept = Json::object();
    for (auto [member, mapping] : {std::pair{"info", &kInfo}, std::pair{"contact", &kContact}}) {
      const Json* object = object_member(document_, member, member);
      if (!object) continue;
      ReadEntry entry = read_entry(*object, member, *mapping, session_);
      take_values(entry, person, "person");
      for (auto& [name, value] : entry.kept.items()) kept[member_path(member, name)] = value;
    }
    if (const Json* location = object_member(document_, "location", "location")) {
      ReadEntry entry = read_entry(*location, "location", kLocation, session_);
      take_values(entry, person["location"], "person.location");
      if (!entry.kept.empty()) person["location"]["extra"] = Json{{std::string(kFormatId), entry.kept}};
      if (person["location"].empty()) person.erase("location");
    }
    if (!kept.empty()) person["extra"] = Json{{std::string(kFormatId), kept}};
    read_social(person);
  }

  void read_social(Json& person) {
    const Json* social = array_member(document_, "social");
    if (!social) return;
    Json profiles = Json::array();
    for (size_t i = 0; i < social->size(); ++i) {
      std::string path = index_path("social", i);
      const Json* object = entry_object((*social)[i], path);
      if (!object) continue;
      ReadEntry entry = read_entry(*object, path, kSocial, session_);
      if (entry.model.empty() && entry.kept.empty()) continue; // a placeholder with only blank values
      if (!entry.missing.empty()) {
        keep_whole_entry(*object, path, "it has no " + in_quotes(entry.missing) + ", which cvport needs to show it; add one");
        continue;
      }
      std::string model_path = index_path("person.profiles", profiles.size());
      session_.origin(model_path, path);
      take_values(entry, entry.model, model_path);
      if (!entry.kept.empty()) entry.model["extra"] = Json{{std::string(kFormatId), entry.kept}};
      // cvport has a field for an ORCID iD, which FRESH lists as a network.
      if (lower_ascii(entry.model.value("network", "")) == "orcid" && !person.contains("orcid")) {
        std::string id = entry.model.value("url", entry.model.value("username", ""));
        if (size_t slash = id.rfind('/'); slash != std::string::npos) id = id.substr(slash + 1);
        if (is_valid_orcid(id)) {
          person["orcid"] = id;
          session_.origin("person.orcid", path);
        }
      }
      profiles.push_back(std::move(entry.model));
    }
    if (!profiles.empty()) person["profiles"] = std::move(profiles);
  }

  // ---- sections -------------------------------------------------------------------------------

  // "employment": {"summary": ..., "history": [...]}; the summary is the section's intro where
  // the model has one (`intro`: its member of "intros"), and is kept otherwise.
  void read_history_section(const char* section, const char* model_section, const EntryMapping& mapping,
                            const char* intro, EntryFix fix = {}, std::vector<std::string_view> handled = {}) {
    const Json* object = object_member(document_, section, section);
    if (!object) return;
    keep_members_except(*object, section, kHistorySectionMembers);
    if (auto summary = object->find("summary"); summary != object->end() && summary->is_string()) {
      if (*intro) {
        cv_["intros"][intro] = *summary;
        session_.origin(std::string("intros.") + intro, member_path(section, "summary"));
      } else {
        keep_in_cv(member_path(section, "summary"), *summary);
      }
    }
    read_entries(*object, "history", member_path(section, "history"), model_section, mapping, fix, handled);
  }

  void read_list(const char* section, const char* model_section, const EntryMapping& mapping, EntryFix fix = {},
                 std::vector<std::string_view> handled = {}) {
    read_entries(document_, section, section, model_section, mapping, fix, handled);
  }

  // FRESH's "skills": named sets of skills, and a list of single skills with a level; both are
  // skills in the model, the sets first.
  void read_skills() {
    const Json* skills = object_member(document_, "skills", "skills");
    if (!skills) return;
    constexpr std::string_view kSkillsMembers[] = {"sets", "list"};
    keep_members_except(*skills, "skills", kSkillsMembers);
    read_entries(*skills, "sets", "skills.sets", "skills", kSkillSet);
    read_entries(*skills, "list", "skills.list", "skills", kSkillListItem);
  }

  // A FRESH section cvport has no section for: a section with a title of its own.
  void read_custom_section(const char* section, const char* title, const EntryMapping& mapping) {
    auto found = document_.find(section);
    if (found == document_.end() || found->is_null()) return;
    const Json* entries = found->is_object() ? &*found : &document_;
    const char* member = section;
    std::string input_path = section;
    Json custom = Json{{"title", title}};
    if (found->is_object()) { // "affiliation": {"summary": ..., "history": [...]}
      keep_members_except(*found, section, kHistorySectionMembers);
      if (auto summary = found->find("summary"); summary != found->end() && summary->is_string())
        custom["intro"] = *summary;
      member = "history";
      input_path = member_path(section, "history");
    }
    size_t index = cv_.contains("sections") ? cv_["sections"].size() : 0;
    std::string model_section = index_path("sections", index) + ".entries";
    cv_["sections"].push_back(std::move(custom));
    read_entries(*entries, member, input_path, model_section, mapping);
    Json& added = cv_["sections"][index];
    if (!added.contains("entries") && !added.contains("intro"))
      cv_["sections"].erase(index);
    else
      session_.origin(index_path("sections", index), section);
  }

  // The entries of `container[member]` (FRESH path `input_path`) into the model's list at
  // `model_section` (a dotted path: "work", "sections[0].entries").
  void read_entries(const Json& container, const char* member, const std::string& input_path,
                    const std::string& model_section, const EntryMapping& mapping, const EntryFix& fix = {},
                    std::span<const std::string_view> handled = {}) {
    const Json* entries = array_member(container, member, input_path);
    if (!entries) return;
    for (size_t i = 0; i < entries->size(); ++i) {
      std::string path = index_path(input_path, i);
      const Json* object = entry_object((*entries)[i], path);
      if (!object) continue;
      if (is_true(*object, "private") || is_true(*object, "ignore")) {
        // FRESH's way to leave an entry out of the resume: it stays out of every export.
        keep_whole_entry(*object, path,
                         std::string("it is marked ") + (is_true(*object, "private") ? "\"private\"" : "\"ignore\""));
        continue;
      }
      ReadEntry entry = read_entry(*object, path, mapping, session_, handled);
      if (entry.model.empty() && entry.kept.empty()) continue; // a placeholder with only blank values
      if (fix) fix(*object, path, entry);
      if (!entry.missing.empty()) {
        keep_whole_entry(*object, path,
                         "it has no " + in_quotes(entry.missing) + ", which cvport needs to show it; add one");
        continue;
      }
      Json& list = cv_[Json::json_pointer("/" + slashes(model_section))];
      if (!list.is_array()) list = Json::array();
      std::string model_path = index_path(model_section, list.size());
      session_.origin(model_path, path);
      take_values(entry, entry.model, model_path);
      if (!entry.kept.empty()) {
        if (mapping.has_extra)
          entry.model["extra"] = Json{{std::string(kFormatId), entry.kept}};
        else
          keep_in_cv(path, entry.kept, false);
      }
      list.push_back(std::move(entry.model));
    }
  }

  // ---- what the tables cannot say ---------------------------------------------------------------

  // FRESH has one "role" where the model has a list, and "summary" and "repo" beside
  // "description" and "url" (fresh-jrs-converter: description = description || summary).
  void fix_project(const Json& object, const std::string& path, ReadEntry& entry) {
    for (auto [member, field, kind] : {std::tuple{"summary", "description", ValueKind::text},
                                       std::tuple{"repo", "url", ValueKind::url}}) {
      auto found = object.find(member);
      if (found == object.end() || is_blank_value(*found)) continue;
      FieldValue read = entry.model.contains(field) ? FieldValue{}
                                                    : read_value(kind, *found, member_path(path, member), session_);
      if (!read.value.is_null()) {
        entry.model[field] = read.value;
        entry.origins.emplace_back(field, member_path(path, member));
      } else {
        entry.kept[member] = *found;
        entry.kept_paths.push_back(member_path(path, member));
      }
    }
    if (auto role = object.find("role"); role != object.end() && role->is_string() && !role->get<std::string>().empty()) {
      entry.model["roles"] = Json::array({*role});
      entry.origins.emplace_back("roles", member_path(path, "role"));
    }
  }

  // A writing's authors ("author": a name or a list), publisher (a name or {name, url}) and
  // category. Without authors the CV owner stands in, marked inferred, as for JSON Resume.
  void fix_writing(const Json& object, const std::string& path, ReadEntry& entry) {
    Json inferred = Json::array();
    auto author = object.find("author");
    FieldValue authors = author == object.end() ? FieldValue{} : read_value(ValueKind::list, *author, path, session_);
    if (!authors.value.is_null()) {
      entry.model["authors"] = authors.value;
      entry.origins.emplace_back("authors", member_path(path, "author"));
    } else {
      entry.model["authors"] = Json::array({Json{{"name", cv_["person"]["name"]}, {"self", true}}});
      inferred.push_back("authors");
      if (!warned_no_authors_)
        session_.diagnostics.warning("fresh.no-authors", path,
                                     "FRESH writings have no author list here: the CV owner is the only author, "
                                     "marked \"inferred\"; add the co-authors in order in the cvport source");
      warned_no_authors_ = true;
    }
    // "flavor" is the older FRESH name of "category" (the schema's exemplar, FRESH 0.1).
    const char* member = object.contains("category") ? "category" : "flavor";
    std::string category = object.contains(member) && object[member].is_string() ? lower_ascii(object.value(member, "")) : "";
    if (std::find(std::begin(kPublicationTypes), std::end(kPublicationTypes), category) != std::end(kPublicationTypes)) {
      entry.model["type"] = category;
      entry.origins.emplace_back("type", member_path(path, member));
    } else {
      entry.model["type"] = "other";
      inferred.push_back("type");
      if (object.contains(member)) {
        entry.kept[member] = object[member];
        entry.kept_paths.push_back(member_path(path, member));
      }
    }
    if (!inferred.empty()) entry.model["inferred"] = inferred;
    if (auto publisher = object.find("publisher"); publisher != object.end() && !publisher->is_null()) {
      const Json* name = publisher->is_object() && publisher->contains("name") ? &(*publisher)["name"] : &*publisher;
      std::string name_path = member_path(path, publisher->is_object() ? "publisher.name" : "publisher");
      if (name->is_string()) {
        entry.model["publisher"] = *name;
        entry.origins.emplace_back("publisher", name_path);
      }
      if (publisher->is_object())
        for (auto& [member, value] : publisher->items())
          if (member != "name") {
            entry.kept["publisher." + member] = value;
            entry.kept_paths.push_back(member_path(path, "publisher." + member));
          }
    }
  }

  // A talk needs a title, which FRESH leaves optional beside the event it requires: the event
  // is then the title.
  static void fix_speaking(const Json&, const std::string&, ReadEntry& entry) {
    if (entry.model.contains("title") || !entry.model.contains("event")) return;
    entry.model["title"] = entry.model["event"];
    entry.model.erase("event");
    for (auto& [model, input] : entry.origins)
      if (model == "event") model = "title";
    entry.missing.clear();
  }

  // ---- keeping what has no field ---------------------------------------------------------------

  void keep_other_top_level_members() {
    for (const auto& [name, value] : document_.items()) {
      if (std::find(std::begin(kTopLevelMembers), std::end(kTopLevelMembers), name) != std::end(kTopLevelMembers) &&
          name != "meta")
        continue;
      keep_in_cv(name, value, name != "meta");
    }
  }

  void keep_members_except(const Json& object, const std::string& path, std::span<const std::string_view> read) {
    for (const auto& [name, value] : object.items())
      if (std::find(read.begin(), read.end(), name) == read.end()) keep_in_cv(member_path(path, name), value);
  }

  // Kept in the CV's extra under its FRESH path.
  void keep_in_cv(const std::string& path, const Json& value, bool warn = true) {
    if (is_blank_value(value)) return;
    cv_kept_[path] = value;
    if (warn) session_.kept(path);
  }

  void keep_whole_entry(const Json& object, const std::string& path, const std::string& why) {
    cv_kept_[path] = object;
    session_.entry_kept(path, why);
  }

  // Records the origins of an entry's values under `model_path`, and its kept members.
  void take_values(ReadEntry& entry, Json& target, const std::string& model_path) {
    for (const auto& [model, input] : entry.origins) session_.origin(member_path(model_path, model), input);
    for (const std::string& kept : entry.kept_paths) session_.kept(kept);
    if (&target != &entry.model)
      for (auto& [name, value] : entry.model.items()) target[name] = value;
    session_.origin(member_path(model_path, "extra"), entry.kept_paths.empty() ? model_path : entry.kept_paths.front());
  }

  // ---- shapes -----------------------------------------------------------------------------------

  const Json* object_member(const Json& container, const char* member, const std::string& path) {
    auto found = container.find(member);
    if (found == container.end() || found->is_null()) return nullptr;
    if (found->is_object()) return &*found;
    session_.diagnostics.warning("fresh.wrong-type", path,
                                 "expected an object, found " + json_type_name(*found) + "; it is kept as written");
    cv_kept_[path] = *found;
    return nullptr;
  }

  const Json* array_member(const Json& container, const char* member, const std::string& path = {}) {
    std::string where = path.empty() ? member : path;
    auto found = container.find(member);
    if (found == container.end() || found->is_null()) return nullptr;
    if (found->is_array()) return &*found;
    session_.diagnostics.warning("fresh.wrong-type", where,
                                 "expected an array of entries, found " + json_type_name(*found) +
                                     "; it is kept as written");
    cv_kept_[where] = *found;
    return nullptr;
  }

  const Json* entry_object(const Json& item, const std::string& path) {
    if (item.is_object()) return &item;
    if (item.is_null()) return nullptr;
    session_.diagnostics.warning("fresh.wrong-type", path,
                                 "expected an object, found " + json_type_name(item) + "; it is kept as written");
    cv_kept_[path] = item;
    return nullptr;
  }

  static std::string slashes(std::string dotted) {
    std::replace(dotted.begin(), dotted.end(), '.', '/');
    for (size_t open; (open = dotted.find('[')) != std::string::npos;) {
      size_t close = dotted.find(']', open);
      dotted = dotted.substr(0, open) + "/" + dotted.substr(open + 1, close - open - 1) + dotted.substr(close + 1);
    }
    return dotted;
  }

  const Json& document_;
  ImportSession& session_;
  Json cv_ = Json::object();
  Json cv_kept_ = Json::object();
  bool warned_no_authors_ = false;
};

} // namespace

Cv read_fresh(sdk::ImportContext& context) {
  Json document;
  try {
    document = Json::parse(context.input.begin(), context.input.end());
  } catch (const Json::parse_error& error) {
    std::string what = error.what();
    size_t colon = what.find(": ");
    TextPosition at = position_of(context.input, error.byte == 0 ? 0 : error.byte - 1);
    context.diagnostics.error("fresh.syntax", "",
                              "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)), at.line,
                              at.column);
    return Cv{};
  }
  if (!document.is_object()) {
    context.diagnostics.error("fresh.wrong-type", "",
                              "expected a JSON object (a FRESH resume starts with \"{\"), found " +
                                  json_type_name(document),
                              1, 1);
    return Cv{};
  }
  ImportSession session(context.diagnostics);
  Json model = FreshReader(document, session).read();
  context.origins = session.take_origins();
  return cv_from_json_text(model.dump(-1, ' ', false, Json::error_handler_t::replace));
}

} // namespace cvport::fresh
