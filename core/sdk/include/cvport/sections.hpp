// The section registry: the ids, default order and titles of a CV's sections, and the ids of its
// custom sections, the same in every format and in `--option sections=` (so one spelling works for
// `--to all`). A format asks choose_sections which sections to write, in which order.
//
//   id            title               id            title
//   education     Education           projects      Projects
//   work          Work Experience     volunteer     Volunteering
//   awards        Awards and Honors   skills        Skills
//   funding       Funding             languages     Languages
//   talks         Invited Talks       interests     Interests
//   publications  Publications        certificates  Certificates
//   software      Software and Data   references    References
//   media         Media Features
//   service       Service             (then the custom sections, in source order)
//
// A custom section (cv.sections[i]) has the id of its title in lower case, ASCII letters and
// digits with every other run of characters one "-": "Grants & Funding" is "grants-funding".
// An id already taken (by a standard section, an earlier custom section or the word "custom")
// gets "-2", "-3": a second "Patents" is "patents-2". A title with no letter or digit is
// "section-<i+1>".
#ifndef CVPORT_SECTIONS_HPP
#define CVPORT_SECTIONS_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cvport/language.hpp"
#include "cvport/model.hpp"
#include "cvport/text.hpp"

namespace cvport {

enum class SectionKind {
  education,
  work,
  awards,
  funding,
  talks,
  publications,
  software,
  media,
  service,
  projects,
  volunteer,
  skills,
  languages,
  interests,
  certificates,
  references,
  custom
};

struct StandardSection {
  SectionKind kind;
  std::string_view id;    // the model's field name, and the id in the "sections" option
  std::string_view title; // the English heading; section_title gives it in the CV's language
};

// The standard sections in their default order.
inline constexpr StandardSection kStandardSections[] = {
    {SectionKind::education, "education", "Education"},
    {SectionKind::work, "work", "Work Experience"},
    {SectionKind::awards, "awards", "Awards and Honors"},
    {SectionKind::funding, "funding", "Funding"},
    {SectionKind::talks, "talks", "Invited Talks"},
    {SectionKind::publications, "publications", "Publications"},
    {SectionKind::software, "software", "Software and Data"},
    {SectionKind::media, "media", "Media Features"},
    {SectionKind::service, "service", "Service"},
    {SectionKind::projects, "projects", "Projects"},
    {SectionKind::volunteer, "volunteer", "Volunteering"},
    {SectionKind::skills, "skills", "Skills"},
    {SectionKind::languages, "languages", "Languages"},
    {SectionKind::interests, "interests", "Interests"},
    {SectionKind::certificates, "certificates", "Certificates"},
    {SectionKind::references, "references", "References"},
};

// In the "sections" option: every custom section not named elsewhere in the list, in source order.
inline constexpr std::string_view kAllCustomSections = "custom";
// In the "sections" option: "custom:<title>" names the custom sections with that exact title
// (the Markdown plugin's spelling before the registry; still read).
inline constexpr std::string_view kCustomTitlePrefix = "custom:";

// What the "sections" option of every format says (its JSON Schema "description").
inline constexpr std::string_view kSectionsOptionDescription =
    "The sections to write, in this order: ids from education, work, awards, funding, talks, "
    "publications, software, media, service, projects, volunteer, skills, languages, interests, "
    "certificates, references; a custom section's id (its title in lower case with \"-\" for other "
    "characters: \"Grants & Funding\" is grants-funding); \"custom\" for every custom section not "
    "named before. A section's title (\"Awards and Honors\") is read as its id. Empty: every "
    "section with entries, in that order, custom sections last. The same list serves every format; "
    "a format writes the listed sections it can hold.";

// The standard section with this id, or with this title (ASCII case ignored); nullptr if none.
inline const StandardSection* find_standard_section(std::string_view id) {
  for (const StandardSection& section : kStandardSections)
    if (section.id == id) return &section;
  return nullptr;
}
inline const StandardSection* find_standard_section_by_title(std::string_view title) {
  std::string wanted = lower_ascii(trim_space(title));
  for (const StandardSection& section : kStandardSections)
    if (lower_ascii(section.title) == wanted) return &section;
  return nullptr;
}
inline const StandardSection& standard_section(SectionKind kind) {
  return kStandardSections[static_cast<std::size_t>(kind)];
}

// The heading of a standard section in the language of `tag` (translation key "section.<id>").
inline std::string section_title(const StandardSection& section, std::string_view tag) {
  return std::string(label(tag, "section." + std::string(section.id)));
}

// "Grants & Funding" -> "grants-funding": the id part of a custom section's title (see above),
// before it is made unique; empty if the title has no ASCII letter or digit.
inline std::string section_id_from_title(std::string_view title) {
  std::string id;
  for (char c : title) {
    bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alphanumeric)
      id += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

// One section of a given CV.
struct CvSection {
  SectionKind kind = SectionKind::custom;
  std::string id;              // "education", or a custom section's id: "grants-funding"
  std::string title;           // the heading in the CV's language, or the custom section's own title
  std::string path;            // model path: "education", "sections[2]"
  std::size_t custom_index = 0; // for custom sections: the index in cv.sections
};

// Every section of `cv`: the standard ones in the default order, then the custom ones in source
// order, each with its id. Sections without data are included (see has_data).
inline std::vector<CvSection> all_sections(const Cv& cv) {
  std::vector<CvSection> sections;
  for (const StandardSection& standard : kStandardSections)
    sections.push_back({standard.kind, std::string(standard.id), section_title(standard, cv.language),
                        std::string(standard.id)});
  auto taken = [&](const std::string& id) {
    return id == kAllCustomSections ||
           std::any_of(sections.begin(), sections.end(), [&](const CvSection& s) { return s.id == id; });
  };
  for (std::size_t i = 0; i < cv.sections.size(); ++i) {
    std::string base = section_id_from_title(cv.sections[i].title);
    if (base.empty()) base = "section-" + std::to_string(i + 1);
    std::string id = base;
    for (int n = 2; taken(id); ++n) id = base + "-" + std::to_string(n);
    sections.push_back({SectionKind::custom, id, cv.sections[i].title, "sections[" + std::to_string(i) + "]", i});
  }
  return sections;
}

// How many entries the section has in `cv`.
inline std::size_t entry_count(const Cv& cv, const CvSection& section) {
  switch (section.kind) {
  case SectionKind::education: return cv.education.size();
  case SectionKind::work: return cv.work.size();
  case SectionKind::awards: return cv.awards.size();
  case SectionKind::funding: return cv.funding.size();
  case SectionKind::talks: return cv.talks.size();
  case SectionKind::publications: return cv.publications.size();
  case SectionKind::software: return cv.software.size();
  case SectionKind::media: return cv.media.size();
  case SectionKind::service: return cv.service.size();
  case SectionKind::projects: return cv.projects.size();
  case SectionKind::volunteer: return cv.volunteer.size();
  case SectionKind::skills: return cv.skills.size();
  case SectionKind::languages: return cv.languages.size();
  case SectionKind::interests: return cv.interests.size();
  case SectionKind::certificates: return cv.certificates.size();
  case SectionKind::references: return cv.references.size();
  case SectionKind::custom:
    return section.custom_index < cv.sections.size() ? cv.sections[section.custom_index].entries.size() : 0;
  }
  return 0;
}

// The paragraph under the heading: cv.intros.<id> for the standard sections that have one, the
// custom section's intro; empty otherwise.
inline const std::string& section_intro(const Cv& cv, const CvSection& section) {
  static const std::string none;
  const SectionIntros& intros = cv.intros;
  switch (section.kind) {
  case SectionKind::education: return intros.education;
  case SectionKind::work: return intros.work;
  case SectionKind::awards: return intros.awards;
  case SectionKind::talks: return intros.talks;
  case SectionKind::publications: return intros.publications;
  case SectionKind::software: return intros.software;
  case SectionKind::media: return intros.media;
  case SectionKind::service: return intros.service;
  case SectionKind::custom:
    return section.custom_index < cv.sections.size() ? cv.sections[section.custom_index].intro : none;
  default: return none;
  }
}

// A section is shown when it has entries or an intro.
inline bool has_data(const Cv& cv, const CvSection& section) {
  return entry_count(cv, section) > 0 || !section_intro(cv, section).empty();
}

// The section that `name` stands for: a section id, else a title (ASCII case ignored; a standard
// section's English title too, whatever the CV's language), else "custom:<exact title>"; nullptr
// if none. "custom" (all custom sections) is not one section.
inline const CvSection* find_section(const std::vector<CvSection>& sections, std::string_view name) {
  auto first = [&](auto&& matches) -> const CvSection* {
    auto found = std::find_if(sections.begin(), sections.end(), matches);
    return found == sections.end() ? nullptr : &*found;
  };
  if (const CvSection* by_id = first([&](const CvSection& s) { return s.id == name; })) return by_id;
  std::string lower = lower_ascii(trim_space(name));
  if (const CvSection* by_title = first([&](const CvSection& s) { return lower_ascii(s.title) == lower; }))
    return by_title;
  if (const StandardSection* standard = find_standard_section_by_title(name))
    return first([&](const CvSection& s) { return s.id == standard->id; });
  if (name.starts_with(kCustomTitlePrefix)) {
    std::string_view title = name.substr(kCustomTitlePrefix.size());
    return first([&](const CvSection& s) { return s.kind == SectionKind::custom && s.title == title; });
  }
  return nullptr;
}

// Empties `section` of `cv`: its entries and its intro. A custom section keeps its place and
// title, so the model paths of the sections after it stay those of the source.
inline void clear_section(Cv& cv, const CvSection& section) {
  SectionIntros& intros = cv.intros;
  switch (section.kind) {
  case SectionKind::education: cv.education.clear(); intros.education.clear(); break;
  case SectionKind::work: cv.work.clear(); intros.work.clear(); break;
  case SectionKind::awards: cv.awards.clear(); intros.awards.clear(); break;
  case SectionKind::funding: cv.funding.clear(); break;
  case SectionKind::talks: cv.talks.clear(); intros.talks.clear(); break;
  case SectionKind::publications: cv.publications.clear(); intros.publications.clear(); break;
  case SectionKind::software: cv.software.clear(); intros.software.clear(); break;
  case SectionKind::media: cv.media.clear(); intros.media.clear(); break;
  case SectionKind::service: cv.service.clear(); intros.service.clear(); break;
  case SectionKind::projects: cv.projects.clear(); break;
  case SectionKind::volunteer: cv.volunteer.clear(); break;
  case SectionKind::skills: cv.skills.clear(); break;
  case SectionKind::languages: cv.languages.clear(); break;
  case SectionKind::interests: cv.interests.clear(); break;
  case SectionKind::certificates: cv.certificates.clear(); break;
  case SectionKind::references: cv.references.clear(); break;
  case SectionKind::custom:
    if (section.custom_index < cv.sections.size()) {
      cv.sections[section.custom_index].entries.clear();
      cv.sections[section.custom_index].intro.clear();
    }
    break;
  }
}

// Something to tell the user about the "sections" option; report_section_choice turns it into a
// diagnostic of the format ("<format>.<code>").
struct SectionNotice {
  enum class Severity { warning, note } severity;
  std::string code;    // "unknown-section", "duplicate-section", "section-omitted"
  std::string path;    // "options.sections[2]", or the omitted section's model path
  std::string message;
  SectionKind kind = SectionKind::custom; // for "section-omitted": the kind of the section left out
};

struct SectionChoice {
  std::vector<CvSection> sections; // to write, in order; each has data
  std::vector<SectionNotice> notices;
};

// The sections to write. `requested` empty: every section with data, in the default order, custom
// sections last. Otherwise the requested ones (ids, titles, "custom", "custom:<title>") that have
// data, in the order listed, each once. An unknown name or a repeat is a warning; a section with
// data that the list leaves out is a note. A section listed but without data in this CV is
// silently skipped: one list serves several CVs and formats.
inline SectionChoice choose_sections(const Cv& cv, const std::vector<std::string>& requested) {
  std::vector<CvSection> sections = all_sections(cv);
  SectionChoice choice;
  auto add = [&](const CvSection& section) {
    bool already = std::any_of(choice.sections.begin(), choice.sections.end(),
                               [&](const CvSection& s) { return s.id == section.id; });
    if (!already && has_data(cv, section)) choice.sections.push_back(section);
  };
  if (requested.empty()) {
    for (const CvSection& section : sections) add(section);
    return choice;
  }
  std::vector<const CvSection*> named; // the sections the list names one by one
  for (const std::string& name : requested)
    if (const CvSection* found = find_section(sections, name)) named.push_back(found);
  std::vector<std::string> seen;
  std::vector<std::string> listed_ids; // every section the list covers
  for (std::size_t i = 0; i < requested.size(); ++i) {
    const std::string& name = requested[i];
    std::string path = "options.sections[" + std::to_string(i) + "]";
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      choice.notices.push_back({SectionNotice::Severity::warning, "duplicate-section", path,
                                "the section \"" + name + "\" is listed twice; it is written once, at its first place"});
      continue;
    }
    seen.push_back(name);
    if (name == kAllCustomSections) {
      for (const CvSection& section : sections)
        if (section.kind == SectionKind::custom &&
            std::find(named.begin(), named.end(), &section) == named.end()) {
          add(section);
          listed_ids.push_back(section.id);
        }
      continue;
    }
    const CvSection* found = find_section(sections, name);
    if (!found) {
      std::string known;
      for (const CvSection& s : sections) known += (known.empty() ? "" : ", ") + s.id;
      choice.notices.push_back({SectionNotice::Severity::warning, "unknown-section", path,
                                "no section has the id or title \"" + name + "\", so it was ignored; the ids are " +
                                    known + " and \"custom\" for every custom section"});
      continue;
    }
    add(*found);
    listed_ids.push_back(found->id);
  }
  for (const CvSection& section : sections)
    if (has_data(cv, section) && std::find(listed_ids.begin(), listed_ids.end(), section.id) == listed_ids.end())
      choice.notices.push_back({SectionNotice::Severity::note, "section-omitted", section.path,
                                "the section \"" + section.title +
                                    "\" is left out because the option sections does not list \"" + section.id +
                                    "\"; add it to the list to show it",
                                section.kind});
  return choice;
}

// `cv` with only the sections of `choice` left (clear_section on the others), for a format that
// has no headings to leave out, such as JSON Resume, whose sections are members of one object.
inline Cv with_chosen_sections_only(Cv cv, const SectionChoice& choice) {
  for (const CvSection& section : all_sections(cv))
    if (std::none_of(choice.sections.begin(), choice.sections.end(),
                     [&](const CvSection& chosen) { return chosen.id == section.id; }))
      clear_section(cv, section);
  return cv;
}

// Reports the notices of `choice` through the SDK's diagnostics (sdk::Diagnostics, or anything
// with warning(code, path, message) and note(code, path, message)), with codes
// "<format_id>.unknown-section" and so on. `shown(kind)` says which kinds of section the format
// writes at all: an omitted section it could not write anyway is not worth a note.
template <class Diagnostics, class Shown>
void report_section_choice(const SectionChoice& choice, Diagnostics& diagnostics, std::string_view format_id,
                           Shown&& shown) {
  for (const SectionNotice& notice : choice.notices) {
    std::string code = std::string(format_id) + "." + notice.code;
    if (notice.severity == SectionNotice::Severity::warning) {
      diagnostics.warning(code, notice.path, notice.message);
    } else if (notice.code != "section-omitted" || shown(notice.kind)) {
      diagnostics.note(code, notice.path, notice.message);
    }
  }
}
template <class Diagnostics>
void report_section_choice(const SectionChoice& choice, Diagnostics& diagnostics, std::string_view format_id) {
  report_section_choice(choice, diagnostics, format_id, [](SectionKind) { return true; });
}

} // namespace cvport

#endif // CVPORT_SECTIONS_HPP
