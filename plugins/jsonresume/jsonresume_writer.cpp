#include "jsonresume_writer.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "cvport/liberal_date.hpp"
#include "cvport/sections_option.hpp"
#include "entry_split.hpp"
#include "jsonresume_options.hpp"
#include "export_report.hpp"
#include "json_path.hpp"
#include "mapping.hpp"
#include "theme_entries.hpp"
#include "theme_text.hpp"
#include "schema_formats.hpp"

namespace cvport::jsonresume {

namespace {

// What the readable entries of each whole section show (see theme_entries.cpp); the rest is
// reported as kept only in "x-cvport".
constexpr std::string_view kTalkShown[] = {"title",         "event",           "host.name",        "date",
                                           "location.city", "location.region", "location.country", "url",
                                           "summary"};
constexpr std::string_view kSoftwareShown[] = {"name", "description", "date", "doi", "url"};
constexpr std::string_view kFundingShown[] = {"title", "summary", "number", "amount", "currency", "start",
                                              "end",   "url",     "role",   "funder.name", "type"};
constexpr std::string_view kMediaShown[] = {"title", "outlet", "date", "url"};
constexpr std::string_view kServiceShown[] = {"role", "venue", "organization.name", "start", "end", "url"};
constexpr std::string_view kSectionShown[] = {
    "title",       "entries.title",    "entries.subtitle", "entries.date",    "entries.start",
    "entries.end", "entries.location", "entries.url",      "entries.summary", "entries.highlights"};

class ResumeWriter {
public:
  ResumeWriter(const Cv& cv, sdk::Diagnostics& diagnostics) : cv_(cv), diagnostics_(diagnostics) {}

  Json write() {
    Json resume = Json::object();
    resume["$schema"] = kSchemaUrl;
    resume["basics"] = basics();
    add_section(resume, "work", work());
    add_section(resume, "volunteer", volunteer());
    add_section(resume, "education", education());
    add_section(resume, "awards", awards());
    add_section(resume, "certificates", entries(cv_.certificates, "certificates", kCertificate));
    add_section(resume, "publications", publications());
    add_section(resume, "skills", entries(cv_.skills, "skills", kSkill));
    add_section(resume, "languages", entries(cv_.languages, "languages", kLanguage));
    add_section(resume, "interests", entries(cv_.interests, "interests", kInterest));
    add_section(resume, "references", entries(cv_.references, "references", kReference));
    add_section(resume, "projects", projects());
    restore_kept_entries(resume);
    const Json kept_members = extra_members(cv_.extra, "jsonresume");
    for (const auto& [name, value] : kept_members.items())
      if (!resume.contains(name)) resume[name] = value;
    resume[std::string(kExtensionKey)] = top_level_extension();
    return resume;
  }

  const ExportReport& report() const { return report_; }

private:
  static void add_section(Json& resume, std::string_view name, Json entries) {
    if (!entries.empty()) resume[std::string(name)] = std::move(entries);
  }

  // Entries an import could not read into the model (a work entry without an employer) go back
  // where they stood in their section.
  void restore_kept_entries(Json& resume) {
    const Json kept_entries = extra_members(cv_.extra, kKeptEntriesFormat);
    for (const auto& [section, kept] : kept_entries.items()) {
      if (!kept.is_array()) continue;
      Json& entries = resume[section];
      if (!entries.is_array()) entries = Json::array();
      for (const Json& item : kept) {
        if (!item.is_object() || !item.contains("entry")) continue;
        size_t index = item.value("index", entries.size());
        entries.insert(entries.begin() + std::min(index, entries.size()), with_schema_dates(item["entry"]));
      }
    }
  }

  // A kept entry as the schema takes it: its dates in ISO 8601, as the importer reads them
  // ("September 2018" -> 2018-09), a word for "present" in endDate left out (JSON Resume's ongoing
  // entry), and a date cvport cannot read moved into x-cvport's extra.jsonresume-original, where
  // an entry cvport reads keeps it too. The schema's date pattern refuses the text as it was.
  static Json with_schema_dates(Json entry) {
    if (!entry.is_object()) return entry;
    for (const char* member : {"startDate", "endDate", "date", "releaseDate"}) {
      auto found = entry.find(member);
      if (found == entry.end() || !found->is_string() || schema_accepts_date(found->get<std::string>())) continue;
      std::string text = trimmed(found->get<std::string>());
      LiberalDate read = read_liberal_date(text, std::string_view(member) == "endDate");
      if (read.date && read.date->present) {
        entry.erase(member);
      } else if (read.date && schema_accepts_date(format_date(*read.date))) {
        *found = format_date(*read.date);
      } else if (!text.empty()) {
        entry[std::string(kExtensionKey)]["extra"][std::string(kOriginalValuesKey)][member] = *found;
        entry.erase(member);
      } else {
        entry.erase(member);
      }
    }
    return entry;
  }

  // One standard section: each model entry through its mapping, then `customize` adds the
  // readable members.
  template <class T, class Customize>
  Json entries(const std::vector<T>& items, std::string_view section, const EntryMapping& mapping,
               Customize customize) {
    Json array = Json::array();
    for (size_t i = 0; i < items.size(); ++i) {
      std::string path = index_path(section, i);
      SplitEntry entry = split_entry(to_json(items[i]), mapping, path, diagnostics_);
      customize(entry, items[i], path);
      report_.add_extension(section, entry.extension, mapping);
      array.push_back(with_extension(std::move(entry)));
    }
    return array;
  }
  template <class T>
  Json entries(const std::vector<T>& items, std::string_view section, const EntryMapping& mapping) {
    return entries(items, section, mapping, [](SplitEntry&, const T&, const std::string&) {});
  }

  // An organisation's own web site links the entry when the entry has no link of its own.
  static void link_organization(SplitEntry& entry, const std::string& entry_url,
                                const Organization& organization) {
    if (entry_url.empty() && !organization.url.empty())
      set_readable(entry, "url", "url", to_schema_uri(organization.url), "");
  }

  Json basics() {
    const Person& person = cv_.person;
    Json model = to_json(person);
    take_path(model, "location");
    take_path(model, "profiles");
    SplitEntry entry = split_entry(std::move(model), kBasics, "person", diagnostics_);
    // jsonresume-theme-elegant crashes without these two, so they are always written.
    entry.standard["location"] =
        with_extension(split_entry(to_json(person.location), kLocation, "person.location", diagnostics_));
    entry.standard["profiles"] = profiles();
    // A name an importer stood in with is not the person's; the file it came from had none.
    if (is_inferred_name(person)) entry.standard.erase("name");
    report_.add_extension("person", entry.extension, kBasics);
    return with_extension(std::move(entry));
  }

  Json profiles() {
    Json list = entries(cv_.person.profiles, "person.profiles", kProfile);
    const std::string& orcid = cv_.person.orcid;
    if (orcid.empty()) return list;
    std::string orcid_url = "https://orcid.org/" + orcid;
    for (const Profile& profile : cv_.person.profiles)
      if (profile.url == orcid_url) return list;
    list.push_back(orcid_as_profile(orcid));
    return list;
  }

  Json work() {
    Json list = entries(cv_.work, "work", kWork, [](SplitEntry& entry, const Work& work, const std::string&) {
      const Organization& organization = work.organization;
      std::string place = place_text(organization.city, organization.region, organization.country);
      if (!place.empty()) entry.standard["location"] = place;
      // Themes show "description" beside the employer's name: the department when there is
      // no description of the employer itself.
      if (!organization.department.empty() && work.description.empty())
        set_readable(entry, "description", "description", organization.department, work.description);
      link_organization(entry, work.url, organization);
    });
    for (size_t i = 0; i < cv_.education.size(); ++i)
      for (size_t j = 0; j < cv_.education[i].teaching.size(); ++j)
        list.push_back(teaching_as_work(cv_.education[i], cv_.education[i].teaching[j],
                                        index_path(index_path("education", i) + ".teaching", j)));
    return list;
  }

  Json volunteer() {
    Json list = entries(cv_.volunteer, "volunteer", kVolunteer,
                        [](SplitEntry& entry, const Volunteer& volunteer, const std::string&) {
                          // jsonresume-theme-elegant prints `position + ", "`: "undefined, " without one.
                          if (!entry.standard.contains("position")) entry.standard["position"] = "";
                          link_organization(entry, volunteer.url, volunteer.organization);
                        });
    for (size_t i = 0; i < cv_.service.size(); ++i)
      list.push_back(service_as_volunteer(cv_.service[i], index_path("service", i)));
    report_.add_section("service", "\"volunteer\" entries", to_json(cv_.service), kServiceShown);
    return list;
  }

  Json education() {
    return entries(cv_.education, "education", kEducation,
                   [](SplitEntry& entry, const Education& education, const std::string&) {
                     link_organization(entry, education.url, education.institution);
                   });
  }

  Json awards() {
    return entries(cv_.awards, "awards", kAward,
                   [this](SplitEntry& entry, const Award& award, const std::string&) {
                     set_readable(entry, "summary", "summary", award_text(award, cv_), award.summary);
                   });
  }

  Json publications() {
    return entries(cv_.publications, "publications", kPublication,
                   [this](SplitEntry& entry, const Publication& publication, const std::string& path) {
                     set_readable(entry, "summary", "note", citation_text(publication), publication.note);
                     // JSON Resume has one link: the paper's own, else its DOI, arXiv or PubMed page.
                     if (std::vector<PublicationLink> links = publication_links(publication);
                         publication.url.empty() && !links.empty() && !links.front().url.empty())
                       set_readable(entry, "url", "url", to_schema_uri(links.front().url), "");
                     if (publication.date.empty())
                       diagnostics_.warning(
                           "jsonresume.undated-publication", path + ".date",
                           "the publication has no date: JSON Resume themes show it without one, and "
                           "jsonresume-theme-elegant prints \"Published on: undefined\"; add \"date\"");
                   });
  }

  Json projects() {
    Json list = entries(cv_.projects, "projects", kProject);
    for (size_t i = 0; i < cv_.talks.size(); ++i)
      list.push_back(talk_as_project(cv_.talks[i], index_path("talks", i)));
    for (size_t i = 0; i < cv_.software.size(); ++i)
      list.push_back(software_as_project(cv_.software[i], index_path("software", i)));
    for (size_t i = 0; i < cv_.media.size(); ++i)
      list.push_back(media_as_project(cv_.media[i], index_path("media", i)));
    for (size_t i = 0; i < cv_.sections.size(); ++i)
      for (size_t j = 0; j < cv_.sections[i].entries.size(); ++j)
        list.push_back(custom_entry_as_project(cv_.sections[i], cv_.sections[i].entries[j],
                                               index_path(index_path("sections", i) + ".entries", j)));
    for (size_t i = 0; i < cv_.funding.size(); ++i)
      list.push_back(funding_as_project(cv_.funding[i], index_path("funding", i)));
    report_.add_section("funding", "\"projects\" entries of type \"grant\"", to_json(cv_.funding),
                        kFundingShown);
    report_.add_section("talks", "\"projects\" entries of type \"talk\"", to_json(cv_.talks), kTalkShown);
    report_.add_section("software", "\"projects\" entries of type \"software\"", to_json(cv_.software),
                        kSoftwareShown);
    report_.add_section("media", "\"projects\" entries of type \"media feature\"", to_json(cv_.media),
                        kMediaShown);
    report_.add_section("sections", "\"projects\" entries typed with the section title",
                        to_json(cv_.sections), kSectionShown);
    return list;
  }

  // The sections JSON Resume has no place for, in canonical form.
  Json top_level_extension() {
    Json extension = Json::object();
    extension["model_version"] = cv_.model_version;
    // JSON Resume has no language member (its meta defines none); kept for the way back.
    if (!cv_.language.empty()) extension["language"] = cv_.language;
    // What the CV keeps for other formats (the members written above are not repeated).
    Json extra = to_json(cv_.extra);
    extra.erase("jsonresume");
    extra.erase(std::string(kKeptEntriesFormat));
    if (!extra.empty()) extension["extra"] = std::move(extra);
    Json intros = to_json(cv_.intros);
    if (!intros.empty()) extension["intros"] = intros;
    report_.add_section("intros", "", intros, {});
    auto add = [&](std::string_view name, Json value) {
      if (!value.empty()) extension[std::string(name)] = std::move(value);
    };
    add("funding", to_json(cv_.funding));
    add("talks", to_json(cv_.talks));
    add("software", to_json(cv_.software));
    add("media", to_json(cv_.media));
    add("service", to_json(cv_.service));
    add("sections", to_json(cv_.sections));
    add("variants", to_json(cv_.variants));
    return extension;
  }

  const Cv& cv_;
  sdk::Diagnostics& diagnostics_;
  ExportReport report_;
};

// A plain resume.json: every "x-cvport" member removed, readable approximations kept.
void remove_extensions(Json& json) {
  if (json.is_object()) {
    json.erase(std::string(kExtensionKey));
    for (auto& [name, value] : json.items()) remove_extensions(value);
  } else if (json.is_array()) {
    for (auto& item : json) remove_extensions(item);
  }
}

} // namespace

void write_jsonresume(sdk::ExportContext& context) {
  const Options options = read_options(context.options);
  const bool extensions = options.extensions;
  // --option sections= (jsonresume_options.hpp) chooses which members are written.
  std::optional<Cv> chosen;
  if (!options.sections.empty()) {
    SectionChoice choice = choose_sections(context.cv, options.sections);
    report_section_choice(choice, context.diagnostics, "jsonresume");
    chosen = with_chosen_sections_only(context.cv, choice);
  }
  ResumeWriter writer(chosen ? *chosen : context.cv, context.diagnostics);
  Json resume = writer.write();
  if (!extensions) remove_extensions(resume);
  writer.report().emit(context.diagnostics, extensions);
  context.output.primary().write(resume.dump(2) + "\n");
}

} // namespace cvport::jsonresume
