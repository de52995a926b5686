// TO BE REPLACED: see sdk_stand_ins.hpp.
#include "sdk_stand_ins.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "cvport/identifiers.hpp"

namespace cvport::pdf {
namespace {

struct StandardSection {
  SectionKind kind;
  std::string_view id;
  std::string_view title;
};

constexpr std::array<StandardSection, 16> kStandardSections{{
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
}};

// "Grants & Funding" -> "grants-funding".
std::string title_slug(std::string_view title) {
  std::string id;
  for (char c : title) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      id += c;
    else if (c >= 'A' && c <= 'Z')
      id += static_cast<char>(c - 'A' + 'a');
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

bool has_data(const Cv& cv, const SectionChoice& section) {
  return entry_count(cv, section) > 0 || !section_intro(cv, section).empty();
}

std::vector<SectionChoice> every_section(const Cv& cv) {
  std::vector<SectionChoice> sections;
  for (const StandardSection& standard : kStandardSections)
    sections.push_back({standard.kind, std::string(standard.id), std::string(standard.title), std::string(standard.id)});
  for (std::size_t i = 0; i < cv.sections.size(); ++i) {
    std::string base = title_slug(cv.sections[i].title);
    if (base.empty()) base = fmt::format("section-{}", i + 1);
    std::string id = base;
    auto taken = [&](const std::string& candidate) {
      return std::any_of(sections.begin(), sections.end(), [&](const SectionChoice& s) { return s.id == candidate; });
    };
    for (int n = 2; taken(id); ++n) id = fmt::format("{}-{}", base, n);
    sections.push_back({SectionKind::custom, id, cv.sections[i].title, fmt::format("sections[{}]", i), i});
  }
  return sections;
}

} // namespace

std::string join_nonempty(std::initializer_list<std::string_view> pieces, std::string_view separator) {
  std::string joined;
  for (std::string_view piece : pieces) {
    if (piece.empty()) continue;
    if (!joined.empty()) joined += separator;
    joined += piece;
  }
  return joined;
}

std::string join_nonempty(const std::vector<std::string>& pieces, std::string_view separator) {
  std::string joined;
  for (const std::string& piece : pieces) joined = join_nonempty({joined, piece}, separator);
  return joined;
}

std::string place_text(const Organization& organization) {
  return join_nonempty({organization.city, organization.region, organization.country}, ", ");
}

std::string location_text(const Location& location) {
  std::string town = join_nonempty({location.postal_code, location.city}, " ");
  return join_nonempty({location.address, town, location.region, location.country}, ", ");
}

std::string organization_url(const Organization& organization) {
  if (!organization.url.empty()) return organization.url;
  if (!organization.ror.empty()) return "https://ror.org/" + std::string(strip_ror_prefix(organization.ror));
  return {};
}

std::string doi_url(std::string_view doi) {
  constexpr std::string_view kUnreserved = "-._~/:;()[]@!$&'*+,=";
  std::string url = "https://doi.org/";
  for (unsigned char c : strip_doi_prefix(doi)) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                kUnreserved.find(static_cast<char>(c)) != std::string_view::npos;
    url += keep ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return url;
}

const std::string& section_intro(const Cv& cv, const SectionChoice& section) {
  static const std::string none;
  switch (section.kind) {
  case SectionKind::education: return cv.intros.education;
  case SectionKind::work: return cv.intros.work;
  case SectionKind::awards: return cv.intros.awards;
  case SectionKind::talks: return cv.intros.talks;
  case SectionKind::publications: return cv.intros.publications;
  case SectionKind::software: return cv.intros.software;
  case SectionKind::media: return cv.intros.media;
  case SectionKind::service: return cv.intros.service;
  case SectionKind::custom: return cv.sections[section.custom_index].intro;
  default: return none;
  }
}

std::vector<SectionChoice> choose_sections(const Cv& cv, const std::vector<std::string>& requested,
                                           sdk::Diagnostics& diagnostics) {
  std::vector<SectionChoice> sections = every_section(cv);
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
    auto found = std::find_if(sections.begin(), sections.end(), [&](const SectionChoice& s) { return s.id == id; });
    if (found == sections.end()) {
      std::string known;
      for (const SectionChoice& s : sections) known = join_nonempty({known, s.id}, ", ");
      diagnostics.warning("pdf.unknown-section", "",
                          fmt::format("option sections: no section has the id \"{}\"; the ids are {}", id, known));
    } else if (has_data(cv, *found)) {
      chosen.push_back(*found);
    }
  }
  for (const SectionChoice& section : sections)
    if (has_data(cv, section) && std::find(listed.begin(), listed.end(), section.id) == listed.end())
      diagnostics.note("pdf.section-omitted", section.path,
                       fmt::format("the section \"{}\" is left out because the option sections does not list "
                                   "\"{}\"; add it to the list to show it",
                                   section.title, section.id));
  return chosen;
}

} // namespace cvport::pdf
