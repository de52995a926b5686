#include "cv_layout.hpp"

#include "cv_layout_sections.hpp"
#include "cvport/language.hpp"
#include "layout_text.hpp"
#include "style_ids.hpp"

namespace cvport::docx {
namespace {

void add_section_entries(const Cv& cv, const CvSection& section, Paragraphs& out) {
  switch (section.kind) {
  case SectionKind::education: return add_education(cv, out);
  case SectionKind::work: return add_work(cv, out);
  case SectionKind::awards: return add_awards(cv, out);
  case SectionKind::funding: return add_funding(cv, out);
  case SectionKind::talks: return add_talks(cv, out);
  case SectionKind::publications: return add_publications(cv, out);
  case SectionKind::software: return add_software(cv, out);
  case SectionKind::media: return add_media(cv, out);
  case SectionKind::service: return add_service(cv, out);
  case SectionKind::projects: return add_projects(cv, out);
  case SectionKind::volunteer: return add_volunteer(cv, out);
  case SectionKind::skills: return add_skills(cv, out);
  case SectionKind::languages: return add_languages(cv, out);
  case SectionKind::interests: return add_interests(cv, out);
  case SectionKind::certificates: return add_certificates(cv, out);
  case SectionKind::references: return add_references(cv, out);
  case SectionKind::custom: return add_custom_entries(cv.sections[section.custom_index], cv.language, out);
  }
}

} // namespace

std::vector<Paragraph> layout_cv(const Cv& cv, const std::vector<CvSection>& sections,
                                 sdk::Diagnostics& diagnostics) {
  Paragraphs out;
  add_header(cv, out, diagnostics);
  for (const CvSection& section : sections) {
    out.push_back(Paragraph(style::kSection).text(section.title));
    add_paragraphs(out, style::kSectionIntro, section_intro(cv, section));
    add_section_entries(cv, section, out);
  }
  if (is_right_to_left(cv.language))
    for (Paragraph& paragraph : out) paragraph.right_to_left();
  return out;
}

Paragraph footer_paragraph(const Cv& cv) {
  Paragraph footer(style::kPageFooter);
  // "Name · page {n}": the page number is Word's PAGE field, where the translation puts {n}.
  auto [before, after] = split_label(label(cv.language, "page_n"), "n");
  footer.text(cv.person.name + " \u00b7 " + std::string(before)).field("PAGE", "1");
  if (!after.empty()) footer.text(after);
  if (is_right_to_left(cv.language)) footer.right_to_left();
  return footer;
}

} // namespace cvport::docx
