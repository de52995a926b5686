#include "section_order.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cvport::docx {
namespace {

struct StandardSection {
  SectionKind kind;
  std::string_view id;
  std::string_view title;
};

constexpr StandardSection kStandardSections[] = {
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

// "Grants & Funding" -> "grants-funding": ASCII letters and digits, lower case, other runs
// of characters become one "-".
std::string slug(std::string_view title) {
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

std::size_t entry_count(const Cv& cv, const SectionChoice& section) {
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
  case SectionKind::custom: return cv.sections[section.custom_index].entries.size();
  }
  return 0;
}

} // namespace

std::vector<SectionChoice> all_sections(const Cv& cv) {
  std::vector<SectionChoice> sections;
  for (const StandardSection& standard : kStandardSections)
    sections.push_back({standard.kind, std::string(standard.id), std::string(standard.title),
                        std::string(standard.id)});
  for (std::size_t i = 0; i < cv.sections.size(); ++i) {
    std::string base = slug(cv.sections[i].title);
    if (base.empty()) base = fmt::format("section-{}", i + 1);
    std::string id = base;
    for (int n = 2; std::any_of(sections.begin(), sections.end(),
                                [&](const SectionChoice& s) { return s.id == id; });
         ++n)
      id = fmt::format("{}-{}", base, n);
    sections.push_back(
        {SectionKind::custom, id, cv.sections[i].title, fmt::format("sections[{}]", i), i});
  }
  return sections;
}

const std::string& section_intro(const Cv& cv, const SectionChoice& section) {
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
  case SectionKind::custom: return cv.sections[section.custom_index].intro;
  default: return none;
  }
}

bool has_data(const Cv& cv, const SectionChoice& section) {
  return entry_count(cv, section) > 0 || !section_intro(cv, section).empty();
}

std::vector<SectionChoice> choose_sections(const Cv& cv, const std::vector<std::string>& requested,
                                           sdk::Diagnostics& diagnostics) {
  std::vector<SectionChoice> sections = all_sections(cv);
  std::vector<SectionChoice> chosen;
  if (requested.empty()) {
    std::copy_if(sections.begin(), sections.end(), std::back_inserter(chosen),
                 [&](const SectionChoice& s) { return has_data(cv, s); });
    return chosen;
  }
  std::vector<std::string> listed;
  for (const std::string& id : requested) {
    if (std::find(listed.begin(), listed.end(), id) != listed.end()) continue;
    listed.push_back(id);
    auto found = std::find_if(sections.begin(), sections.end(),
                              [&](const SectionChoice& s) { return s.id == id; });
    if (found == sections.end()) {
      std::string known;
      for (const SectionChoice& s : sections) known += (known.empty() ? "" : ", ") + s.id;
      diagnostics.warning(
          "docx.unknown-section", "",
          fmt::format("option sections: no section has the id \"{}\"; the ids are {}", id, known));
    } else if (has_data(cv, *found)) {
      chosen.push_back(*found);
    }
  }
  for (const SectionChoice& section : sections)
    if (has_data(cv, section) &&
        std::find(listed.begin(), listed.end(), section.id) == listed.end())
      diagnostics.note(
          "docx.section-omitted", section.path,
          fmt::format("the section \"{}\" is left out because the option sections does "
                      "not list \"{}\"; add it to the list to show it",
                      section.title, section.id));
  return chosen;
}

} // namespace cvport::docx
