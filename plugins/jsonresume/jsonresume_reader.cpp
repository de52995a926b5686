#include "jsonresume_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "canonical_reader.hpp"
#include "cvport/countries.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/import_context.hpp"
#include "cvport/text.hpp"
#include "entry_merge.hpp"
#include "import_session.hpp"
#include "member_reader.hpp"
#include "json_document.hpp"
#include "json_path.hpp"
#include "jsonresume_options.hpp"
#include "mapping.hpp"
#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

constexpr std::string_view kTopLevelMembers[] = {
    "$schema", "basics",    "work",      "volunteer",  "education", "awards", "certificates", "publications",
    "skills",  "languages", "interests", "references", "projects",  "x-cvport"};
constexpr std::string_view kExtensionMembers[] = {"model_version", "language", "intros",  "funding", "talks",
                                                  "software",      "media",    "service", "sections", "variants"};

// "Palo Alto, CA" -> city and region; "Haifa, Israel" -> city and country; "Boston, MA, USA" ->
// city, region and country. Anything else stays whole as the city.
void read_place(const std::string& text, Json& organization, const std::string& path, ImportSession& session) {
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
  auto country = [&](const std::string& name, bool codes_too) -> std::string {
    if (is_country_code(name) && name.size() == 2) return codes_too ? name : "";
    auto code = country_code_for(name);
    if (!code) return "";
    session.normalised(Normalisation::country_named, path, in_quotes(name) + " as " + std::string(*code));
    return std::string(*code);
  };
  if (clean && parts.size() == 2) {
    organization["city"] = parts[0];
    // A two-letter second part is a region ("CA" is California far more often than Canada).
    if (std::string code = country(parts[1], false); !code.empty())
      organization["country"] = code;
    else
      organization["region"] = parts[1];
  } else if (std::string code; clean && parts.size() == 3 && !(code = country(parts[2], true)).empty()) {
    organization["city"] = parts[0];
    organization["region"] = parts[1];
    organization["country"] = code;
  } else {
    organization["city"] = text;
  }
}

class ResumeReader {
public:
  ResumeReader(const Json& document, ImportSession& session) : document_(document), session_(session) {}

  Cv read() {
    read_top_level_extension();
    read_basics();
    read_section("work", kWork, cv_.work);
    read_section("volunteer", kVolunteer, cv_.volunteer);
    read_section("education", kEducation, cv_.education);
    read_section("awards", kAward, cv_.awards);
    read_section("certificates", kCertificate, cv_.certificates);
    read_section("publications", kPublication, cv_.publications);
    read_section("skills", kSkill, cv_.skills);
    read_section("languages", kLanguage, cv_.languages);
    read_section("interests", kInterest, cv_.interests);
    read_section("references", kReference, cv_.references);
    read_section("projects", kProject, cv_.projects);
    keep_other_top_level_members();
    if (!kept_entries_.empty()) set_extra_members(cv_.extra, kKeptEntriesFormat, std::move(kept_entries_));
    session_.report_normalisations();
    return std::move(cv_);
  }

private:
  template <class T> void read_section(std::string_view name, const EntryMapping& mapping, std::vector<T>& out) {
    const std::string section(name);
    auto found = document_.find(section);
    if (found == document_.end() || found->is_null()) return;
    session_.origin(section, section); // a message about the whole section stands at its key
    for (const auto& [item_ref, path] : section_items(*found, section, mapping)) {
      const Json& item = *item_ref;
      Json object;
      const Json* entry = entry_object(item, path, mapping, object);
      if (!entry) continue;
      auto positions = entry->find("positions");
      if (section == "work" && positions != entry->end() && positions->is_array() && !positions->empty()) {
        // One employer, several positions: an entry each, with the employer's members.
        for (size_t j = 0; j < positions->size(); ++j) {
          std::string position_path = index_path(path + ".positions", j);
          Json position_object;
          if (const Json* position = entry_object((*positions)[j], position_path, mapping, position_object))
            read_entry(EntrySource{*position, position_path, entry, path}, section, mapping, out);
        }
        session_.normalised(Normalisation::old_name, path + ".positions", "(an entry for each position)");
        continue;
      }
      read_entry(EntrySource{*entry, path}, section, mapping, out);
    }
  }

  // The entries of a section with their paths. A section given as one object instead of an
  // array of them ("education": {"institution": ...}) is read as its one entry, located at the
  // section itself; a section of another type is left out. Both with a warning.
  std::vector<std::pair<const Json*, std::string>> section_items(const Json& section, const std::string& path,
                                                                 const EntryMapping& mapping) {
    std::vector<std::pair<const Json*, std::string>> items;
    if (section.is_array()) {
      for (size_t i = 0; i < section.size(); ++i) items.emplace_back(&section[i], index_path(path, i));
    } else if (section.is_object() && !is_multilingual(section) && !mapping.fields.empty()) {
      session_.diagnostics.warning("jsonresume.wrong-type", path,
                                   "expected an array of entries, found an object: it is read as the section's one "
                                   "entry, and written back as an array of one on JSON Resume export");
      items.emplace_back(&section, path);
    } else {
      session_.diagnostics.warning("jsonresume.wrong-type", path,
                                   "expected an array of entries, found " + json_type_name(section) +
                                       "; the section is left out");
    }
    return items;
  }

  // The entry as an object: a string stands for its main member ("interests": ["Chess"]).
  const Json* entry_object(const Json& item, const std::string& path, const EntryMapping& mapping, Json& made) {
    if (item.is_object()) return &item;
    if (item.is_string() && !mapping.fields.empty()) {
      if (item.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos) {
        session_.normalised(Normalisation::empty_left_out, path, "");
        return nullptr;
      }
      made = Json::object();
      made[std::string(mapping.fields.front().standard)] = item;
      session_.normalised(Normalisation::type_coerced, path,
                          "(a text read as \"" + std::string(mapping.fields.front().standard) + "\")");
      return &made;
    }
    if (item.is_null()) return nullptr;
    session_.diagnostics.warning("jsonresume.wrong-type", path,
                                 "expected an object, found " + json_type_name(item) + "; it is left out");
    return nullptr;
  }

  template <class T>
  void read_entry(const EntrySource& source, const std::string& section, const EntryMapping& mapping,
                  std::vector<T>& out) {
    MergedEntry entry = merge_entry(source, mapping, session_);
    if (entry.derived) return;
    if (entry.blank) {
      session_.normalised(Normalisation::empty_left_out, source.path, "(a blank entry)");
      return;
    }
    if (!entry.from_cvport) read_foreign(entry, source, section);
    T value{};
    CanonicalReader reader(entry.locator, session_.diagnostics);
    reader.read(entry.model, value);
    if (!reader.missing_required().empty()) {
      keep_unreadable_entry(source, section, out.size(), mapping, reader.missing_required().front());
      return;
    }
    std::string model_path = index_path(section, out.size());
    record_origins(model_path, source.path, entry.locator);
    out.push_back(std::move(value));
  }

  // An entry without a value cvport needs (a work entry with no employer): other formats cannot
  // show it, so it is kept as it is and written back where it was on JSON Resume export.
  // `model_entries`: how many entries of the section the model holds before it.
  void keep_unreadable_entry(const EntrySource& source, const std::string& section, size_t model_entries,
                             const EntryMapping& mapping, const std::string& missing) {
    std::string member = standard_name(mapping, missing);
    session_.diagnostics.warning(
        "jsonresume.entry-kept", source.path,
        "the entry has no " + in_quotes(member) +
            ", which cvport needs to show it: it is kept as it is and written back on JSON Resume export, "
            "and the other formats leave it out; add " + in_quotes(member) + " to show it");
    if (source.inherited) return; // a position of a kept employer entry: the employer is kept once
    // Its place in the section as the JSON Resume export writes it again: after the model's
    // entries read so far and the entries kept before it (blank entries are not written).
    Json& kept = kept_entries_[section];
    if (!kept.is_array()) kept = Json::array();
    kept.push_back(Json{{"index", model_entries + kept.size()}, {"entry", source.object}});
  }

  // The JSON Resume member that holds a model value ("organization" -> "name" in work).
  static std::string standard_name(const EntryMapping& mapping, const std::string& canonical) {
    for (const FieldMapping& field : mapping.fields)
      if (field.model == canonical || field.model.substr(0, canonical.size() + 1) == canonical + ".")
        return std::string(field.standard);
    return canonical;
  }

  void record_origins(const std::string& model_path, const std::string& input_path, const Locator& locator) {
    session_.origin(model_path, input_path);
    for (const auto& [canonical, input] : locator.mappings())
      session_.origin(join_path(model_path, canonical), input);
    session_.origin(join_path(model_path, "extra"), input_path);
  }

  // The members JSON Resume readers fill from several places: employer locations, publication
  // authors.
  void read_foreign(MergedEntry& entry, const EntrySource& source, const std::string& section) {
    if (section == "work") read_foreign_work(entry, source);
    if (section == "publications") read_foreign_publication(entry, source.path);
  }

  void read_foreign_work(MergedEntry& entry, const EntrySource& source) {
    auto member = [&](std::string_view name) -> std::pair<const Json*, std::string> {
      if (auto it = source.object.find(std::string(name)); it != source.object.end())
        return {&*it, join_path(source.path, name)};
      if (source.inherited)
        if (auto it = source.inherited->find(std::string(name)); it != source.inherited->end())
          return {&*it, join_path(source.inherited_path, name)};
      return {nullptr, ""};
    };
    Json& organization = entry.model["organization"];
    if (auto [location, path] = member("location"); location && location->is_string()) {
      if (location->get_ref<const std::string&>().find_first_not_of(' ') != std::string::npos)
        read_place(location->get<std::string>(), organization, path, session_);
      entry.locator.map("organization.city", path);
    } else if (location && location->is_object()) {
      // An address object, as in basics.location.
      Location place;
      MergedEntry read = merge_entry(EntrySource{*location, path}, kLocation, session_);
      CanonicalReader(read.locator, session_.diagnostics).read(read.model, place);
      if (!place.city.empty()) organization["city"] = place.city;
      if (!place.region.empty()) organization["region"] = place.region;
      if (!place.country.empty()) organization["country"] = place.country;
      entry.locator.map("organization.city", path);
    } else if (location && !location->is_null()) {
      session_.diagnostics.warning("jsonresume.wrong-type", path,
                                   "expected a place such as \"Palo Alto, CA\", found " + json_type_name(*location) +
                                       "; it is left out");
    }
    // Members some tools write beside "location".
    for (auto [name, field] : {std::pair{"city", tables::kWorkCity}, std::pair{"region", tables::kWorkRegion},
                               std::pair{"country", tables::kWorkCountry}}) {
      auto [value, path] = member(name);
      if (!value || organization.contains(std::string(field.model.substr(field.model.find('.') + 1)))) continue;
      MemberValue read = read_member(field, *value, path, session_);
      if (!read.value.is_null()) set_path(entry.model, field.model, read.value);
      entry.locator.map(std::string(field.model), path);
    }
    if (organization.empty()) entry.model.erase("organization");
  }

  // JSON Resume has no author list or publication type, which cvport needs: the CV owner stands
  // in as the only author, and the type is "other", both marked as inferred so that no exporter
  // shows them as the author's own text and a JSON Resume export leaves them out.
  void read_foreign_publication(MergedEntry& entry, const std::string& path) {
    if (entry.model.contains("type") && entry.model.contains("authors")) return;
    Json inferred = Json::array();
    if (!entry.model.contains("type")) {
      entry.model["type"] = "other";
      inferred.push_back("type");
    }
    if (!entry.model.contains("authors")) {
      entry.model["authors"] = Json::array({Json{{"name", cv_.person.name}, {"self", true}}});
      inferred.push_back("authors");
    }
    entry.model["inferred"] = inferred;
    no_authors_.push_back(path);
    if (no_authors_.size() == 1)
      session_.diagnostics.warning(
          "jsonresume.no-authors", path,
          "JSON Resume has no author list or publication type: publications are read as type \"other\" with "
          "the CV owner as the only author, marked \"inferred\"; add the co-authors in order and the type "
          "in the cvport source (cvport import writes one)");
  }

  // The object that holds the person: "basics", or the 2014 draft's "bio" in a file without
  // "basics".
  std::pair<const Json*, std::string> basics_object() {
    auto found = document_.find("basics");
    if (found != document_.end() && !found->is_null()) return {&*found, "basics"};
    auto bio = document_.find("bio");
    if (found == document_.end() && bio != document_.end() && bio->is_object()) {
      session_.normalised(Normalisation::old_name, "bio", "(the 2014 draft's \"bio\" as \"basics\")");
      basics_from_bio_ = true;
      return {&*bio, "bio"};
    }
    return {nullptr, "basics"};
  }

  // What real files write instead of basics.name ("firstName" and "lastName", "fullName"), and
  // an e-mail list instead of one address: read into `object`, a copy of basics without them.
  void read_other_person_members(Json& object, const std::string& path) {
    static constexpr std::array<std::array<std::string_view, 2>, 5> kNameParts = {{{"firstName", "lastName"},
                                                                                    {"firstname", "lastname"},
                                                                                    {"first_name", "last_name"},
                                                                                    {"givenName", "familyName"},
                                                                                    {"fullName", ""}}};
    if (!object.contains("name"))
      for (const auto& parts : kNameParts) {
        std::string name, first_path;
        for (std::string_view part : parts) {
          auto member = part.empty() ? object.end() : object.find(std::string(part));
          if (member == object.end() || !member->is_string() || trimmed(member->get<std::string>()).empty()) continue;
          name += (name.empty() ? "" : " ") + trimmed(member->get<std::string>());
          if (first_path.empty()) first_path = join_path(path, part);
        }
        if (name.empty()) continue;
        std::string members = in_quotes(parts[0]) + (parts[1].empty() ? "" : " and " + in_quotes(parts[1]));
        for (std::string_view part : parts)
          if (!part.empty()) object.erase(std::string(part));
        object["name"] = name;
        session_.normalised(Normalisation::old_name, first_path, members + " as \"name\"");
        name_path_ = first_path;
        break;
      }
    if (auto email = object.find("email"); email != object.end() && email->is_array()) {
      Json addresses = Json::array();
      for (const Json& address : *email)
        if (address.is_string() && !trimmed(address.get<std::string>()).empty()) addresses.push_back(address);
      if (addresses.empty()) return;
      session_.diagnostics.warning(
          "jsonresume.coerced", join_path(path, "email"),
          "a list of e-mail addresses: the first, " + in_quotes(addresses[0].get<std::string>()) +
              ", is read as the address" +
              (addresses.size() > 1 ? "; the others are kept in \"emails\" and written back on JSON Resume export"
                                    : std::string()));
      if (addresses.size() > 1) object["emails"] = Json(addresses.begin() + 1, addresses.end());
      *email = addresses[0];
    }
  }

  void read_basics() {
    static const Json empty = Json::object();
    auto [found, path] = basics_object();
    const Json& basics = found ? *found : empty;
    if (!basics.is_object()) {
      session_.diagnostics.warning("jsonresume.wrong-type", path,
                                   "expected an object, found " + json_type_name(basics) + "; it is left out");
    }
    Json object = basics.is_object() ? basics : empty;
    read_other_person_members(object, path);
    MergedEntry entry = merge_entry(EntrySource{object, path}, kBasics, session_);
    if (!name_path_.empty()) entry.locator.remap("name", name_path_);
    CanonicalReader(entry.locator, session_.diagnostics).read(entry.model, cv_.person);
    record_origins("person", path, entry.locator);
    if (cv_.person.name.empty()) {
      cv_.person.name = kMissingNameStandIn;
      if (std::find(cv_.person.inferred.begin(), cv_.person.inferred.end(), "name") == cv_.person.inferred.end())
        cv_.person.inferred.push_back("name");
      session_.diagnostics.warning("jsonresume.no-name", path,
                                   "the file gives no name (basics.name): the CV is headed " +
                                       in_quotes(kMissingNameStandIn) + ", marked inferred; add basics.name");
    }

    if (auto location = object.find("location"); location != object.end() && !location->is_null())
      read_basics_location(*location, join_path(path, "location"));
    if (auto profiles = object.find("profiles"); profiles != object.end() && !profiles->is_null()) {
      std::string profiles_path = join_path(path, "profiles");
      bool one_profile = profiles->is_object() && (profiles->contains("network") || profiles->contains("username") ||
                                                   profiles->contains("url"));
      if (profiles->is_object() && !one_profile) {
        read_profile_map(*profiles, profiles_path);
      } else if (!profiles->is_array() && !one_profile) {
        session_.diagnostics.warning("jsonresume.wrong-type", profiles_path,
                                     "expected an array of objects, found " + json_type_name(*profiles) +
                                         "; it is left out");
      } else {
        read_section_items(section_items(*profiles, profiles_path, kProfile), "person.profiles", kProfile,
                           cv_.person.profiles);
      }
    }
    if (!entry.from_cvport) read_orcid_profile();
  }

  // Profiles given as a map of network to user name or address ({"github": "ada", "twitter":
  // "https://twitter.com/ada"}), or to a profile object: a profile each, the key its network.
  void read_profile_map(const Json& profiles, const std::string& path) {
    Json list = Json::array();
    for (const auto& [network, value] : profiles.items()) {
      Json profile = value.is_object() ? value : Json::object();
      if (!profile.contains("network")) profile["network"] = network;
      if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        bool address = text.find('/') != std::string::npos || text.find("://") != std::string::npos;
        profile[address ? "url" : "username"] = text;
      } else if (!value.is_object() && !value.is_null()) {
        profile["username"] = value;
      }
      list.push_back(std::move(profile));
    }
    session_.diagnostics.warning("jsonresume.wrong-type", path,
                                 "expected an array of profiles, found an object: each member is read as a profile "
                                 "of that network (" + std::to_string(list.size()) +
                                     "), and written back as an array on JSON Resume export");
    std::vector<std::pair<const Json*, std::string>> items;
    size_t i = 0;
    for (const auto& [network, value] : profiles.items()) items.emplace_back(&list[i++], join_path(path, network));
    read_section_items(items, "person.profiles", kProfile, cv_.person.profiles);
  }

  template <class T>
  void read_section_items(const std::vector<std::pair<const Json*, std::string>>& items, const std::string& model_path,
                          const EntryMapping& mapping, std::vector<T>& out) {
    for (const auto& [item_ref, path] : items) {
      Json object;
      const Json* item = entry_object(*item_ref, path, mapping, object);
      if (!item) continue;
      MergedEntry entry = merge_entry(EntrySource{*item, path}, mapping, session_);
      if (entry.derived) continue;
      if (entry.blank) {
        session_.normalised(Normalisation::empty_left_out, path, "(a blank entry)");
        continue;
      }
      T value{};
      CanonicalReader reader(entry.locator, session_.diagnostics);
      reader.read(entry.model, value);
      if (!reader.missing_required().empty()) {
        session_.diagnostics.warning("jsonresume.unusable-value", path,
                                     "the entry has no " +
                                         in_quotes(standard_name(mapping, reader.missing_required().front())) +
                                         ", which cvport needs; it is left out");
        continue;
      }
      record_origins(index_path(model_path, out.size()), path, entry.locator);
      out.push_back(std::move(value));
    }
  }

  // basics.location: an address object, or (in some files) one line of text: "Berlin, Germany"
  // is read as work[].location is, other text as the address.
  void read_basics_location(const Json& location, const std::string& path) {
    if (location.is_array() && !location.empty() &&
        std::all_of(location.begin(), location.end(), [](const Json& part) { return part.is_string(); })) {
      // ["Berlin", "Germany"]: the parts of one line.
      std::string line;
      for (const Json& part : location)
        if (!trimmed(part.get<std::string>()).empty()) line += (line.empty() ? "" : ", ") + trimmed(part.get<std::string>());
      session_.diagnostics.warning("jsonresume.wrong-type", path,
                                   "expected an object, found an array of texts: read as the place " + in_quotes(line));
      read_basics_location(Json(line), path);
      return;
    }
    if (location.is_string()) {
      if (location.get_ref<const std::string&>().find_first_not_of(" \t") == std::string::npos) return;
      std::string text = trimmed(location.get<std::string>());
      Json place = Json::object();
      read_place(text, place, path, session_);
      if (place.contains("country") || place.contains("region")) {
        cv_.person.location.city = place.value("city", "");
        cv_.person.location.region = place.value("region", "");
        cv_.person.location.country = place.value("country", "");
        session_.normalised(Normalisation::type_coerced, path, "(a text read as city, region and country)");
      } else {
        cv_.person.location.address = location.get<std::string>();
        session_.normalised(Normalisation::type_coerced, path, "(a text read as the address)");
      }
      session_.origin("person.location", path);
      return;
    }
    Json object;
    const Json* place = location.is_object() ? &location : nullptr;
    if (!place) {
      session_.diagnostics.warning("jsonresume.wrong-type", path,
                                   "expected an object, found " + json_type_name(location) + "; it is left out");
      return;
    }
    MergedEntry entry = merge_entry(EntrySource{*place, path}, kLocation, session_);
    CanonicalReader(entry.locator, session_.diagnostics).read(entry.model, cv_.person.location);
    record_origins("person.location", path, entry.locator);
  }

  // JSON Resume keeps an ORCID iD as a profile; cvport has a field for it.
  void read_orcid_profile() {
    for (const Profile& profile : cv_.person.profiles) {
      if (lower_ascii(profile.network) != "orcid") continue;
      std::string_view id =
          profile.url.empty() ? std::string_view(profile.username) : std::string_view(profile.url);
      for (std::string_view prefix : {"https://orcid.org/", "http://orcid.org/"})
        if (id.substr(0, prefix.size()) == prefix) id.remove_prefix(prefix.size());
      if (is_valid_orcid(id)) {
        cv_.person.orcid = std::string(id);
        return;
      }
    }
  }

  void read_top_level_extension() {
    auto extension = document_.find(std::string(kExtensionKey));
    if (extension == document_.end()) return;
    const std::string path(kExtensionKey);
    if (!extension->is_object()) {
      session_.diagnostics.warning("jsonresume.wrong-type", path,
                                   "expected an object, found " + json_type_name(*extension) + "; it is left out");
      return;
    }
    Locator locator(path);
    CanonicalReader reader(locator, session_.diagnostics);
    for (const auto& [name, value] : extension->items()) {
      session_.origin(name, join_path(path, name));
      if (name == "model_version") {
        std::string version;
        reader.read(value, version, name);
        if (!version.empty() &&
            version.substr(0, version.find('.')) != kModelVersion.substr(0, kModelVersion.find('.')))
          session_.diagnostics.warning("jsonresume.model-version", path + "." + name,
                                       "this cvport reads model version " + std::string(kModelVersion) +
                                           ", the file says " + version + "; its x-cvport members may be misread");
      } else if (name == "language") {
        reader.read(value, cv_.language, name);
      } else if (name == "intros") {
        reader.read(value, cv_.intros, name);
      } else if (name == "funding") {
        read_extension_section(value, cv_.funding, name);
      } else if (name == "talks") {
        read_extension_section(value, cv_.talks, name);
      } else if (name == "software") {
        read_extension_section(value, cv_.software, name);
      } else if (name == "media") {
        read_extension_section(value, cv_.media, name);
      } else if (name == "service") {
        read_extension_section(value, cv_.service, name);
      } else if (name == "sections") {
        read_extension_section(value, cv_.sections, name);
      } else if (name == "variants") {
        read_extension_section(value, cv_.variants, name);
      } else if (name == "extra") {
        reader.read(value, cv_.extra, name);
      } else {
        report_unknown(path + "." + name, name, kExtensionMembers);
      }
    }
  }

  // A section kept in the top-level x-cvport; an entry without a value cvport needs is left out.
  template <class T> void read_extension_section(const Json& value, std::vector<T>& out, const std::string& name) {
    const Locator locator{std::string(kExtensionKey)};
    CanonicalReader reader(locator, session_.diagnostics);
    reader.read(value, out, name);
    std::vector<size_t> incomplete;
    for (const std::string& missing : reader.missing_required()) {
      size_t index = std::stoul(missing.substr(name.size() + 1));
      if (std::find(incomplete.begin(), incomplete.end(), index) != incomplete.end()) continue;
      incomplete.push_back(index);
      session_.diagnostics.warning("jsonresume.unusable-value", join_path(kExtensionKey, missing),
                                   "missing or empty, which cvport needs; the entry is left out");
    }
    std::sort(incomplete.rbegin(), incomplete.rend());
    for (size_t index : incomplete)
      if (index < out.size()) out.erase(out.begin() + long(index));
  }

  // Top-level members JSON Resume 1.x does not define as sections ("meta", a theme's own
  // sections): kept, and written back on JSON Resume export.
  void keep_other_top_level_members() {
    Json kept = extra_members(cv_.extra, "jsonresume");
    for (const auto& [name, value] : document_.items()) {
      if (std::find(std::begin(kTopLevelMembers), std::end(kTopLevelMembers), name) != std::end(kTopLevelMembers))
        continue;
      if (kept.contains(name)) continue; // x-cvport kept it already
      if (name == "bio" && basics_from_bio_) continue;
      kept[name] = value;
      if (name != "meta" && !document_.contains(std::string(kExtensionKey))) session_.kept(name, name, kTopLevelMembers);
    }
    set_extra_members(cv_.extra, "jsonresume", std::move(kept));
  }

  void report_unknown(const std::string& path, std::string_view name, std::span<const std::string_view> known) {
    std::string message = "unknown member " + in_quotes(name) + " is not kept";
    std::string suggestion = closest_name(name, known);
    if (!suggestion.empty()) message += "; did you mean " + in_quotes(suggestion) + "?";
    session_.diagnostics.warning("jsonresume.unknown-member", path, message);
  }

  const Json& document_;
  ImportSession& session_;
  Cv cv_;
  Json kept_entries_ = Json::object();
  std::vector<std::string> no_authors_;
  bool basics_from_bio_ = false; // the person was read from the 2014 draft's "bio"
  std::string name_path_; // where the name stands when other members give it ("basics.firstName")
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
  // The CV's own language, from the extension a cvport export writes: read before any entry, as
  // the default language of multilingual values.
  std::string cv_language;
  if (auto extension = document->find(std::string(kExtensionKey)); extension != document->end() && extension->is_object())
    if (auto language = extension->find("language"); language != extension->end() && language->is_string())
      cv_language = language->get<std::string>();
  ImportSession session(context.diagnostics, read_options(context.options).language, std::move(cv_language));
  session.day_order = day_order_of(*document);
  Cv cv = ResumeReader(*document, session).read();
  context.origins = session.take_origins();
  return cv;
}

bool detect_jsonresume(std::string_view input) {
  std::optional<std::string> repaired = with_lone_surrogates_replaced(input);
  std::string_view text = repaired ? std::string_view(*repaired) : input;
  Json document = Json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded() || !document.is_object() || document.contains("person")) return false;
  if (document.contains("basics")) return true;
  auto schema = document.find("$schema");
  if (schema != document.end() && schema->is_string() &&
      schema->get<std::string>().find("jsonresume") != std::string::npos)
    return true;
  // Without those, a cvport source or canonical JSON that lacks its person is told by its
  // version or a section JSON Resume lacks. (A theme generator's "sections" beside "basics" does
  // not matter: basics decided above.)
  for (std::string_view cvport_only : {"model_version", "intros", "funding", "talks", "software", "media", "service",
                                       "sections", "variants"})
    if (document.contains(std::string(cvport_only))) return false;
  // Any member of the schema's top level that holds something ("work" without "basics", as
  // files split per section have), or the 2014 draft's "bio".
  for (const auto& [name, value] : document.items()) {
    bool member = name == "meta" || name == "bio" ||
                  std::find(std::begin(kTopLevelMembers), std::end(kTopLevelMembers), name) != std::end(kTopLevelMembers);
    if (member && name != "$schema" && !value.is_null() && !value.empty()) return true;
  }
  return false;
}

} // namespace cvport::jsonresume
