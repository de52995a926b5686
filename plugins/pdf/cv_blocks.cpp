#include "cv_blocks.hpp"

namespace cvport::pdf {

Block& Block::text(std::string_view text, RunStyle style) {
  if (!text.empty()) runs.push_back({std::string(text), style, {}});
  return *this;
}

Block& Block::link(std::string_view url, std::string_view text, RunStyle style) {
  if (text.empty()) return *this;
  if (url.empty()) return this->text(text, style);
  runs.push_back({std::string(text), RunStyle::link, std::string(url)});
  return *this;
}

void Pieces::separate() {
  if (!block_.empty()) block_.text(separator_);
}

Pieces& Pieces::text(std::string_view text, RunStyle style) {
  if (text.empty()) return *this;
  separate();
  block_.text(text, style);
  return *this;
}

Pieces& Pieces::link(std::string_view url, std::string_view text, RunStyle style) {
  if (text.empty()) return *this;
  separate();
  block_.link(url, text, style);
  return *this;
}

std::string document_text(const CvDocument& document) {
  std::string text;
  auto add = [&text](const Block& block) {
    for (const Run& run : block.runs) text += run.text;
    text += block.date;
    text += block.marker;
  };
  for (const Block& block : document.header) add(block);
  for (const Section& section : document.sections) {
    text += section.title;
    for (const Block& block : section.intro) add(block);
    for (const Entry& entry : section.entries)
      for (const Block& block : entry.blocks) add(block);
  }
  return text;
}

void Entry::add(Block block) {
  if (!block.empty()) blocks.push_back(std::move(block));
}

std::vector<Block> paragraphs(std::string_view text, BlockKind kind, RunStyle style) {
  std::vector<Block> result;
  for (const std::string& paragraph : split_paragraphs(text)) result.push_back(Block(kind).text(paragraph, style));
  return result;
}

namespace {

void add_section_entries(const Cv& cv, const CvSection& choice, Section& section) {
  switch (choice.kind) {
  case SectionKind::education: return add_education(cv, section);
  case SectionKind::work: return add_work(cv, section);
  case SectionKind::awards: return add_awards(cv, section);
  case SectionKind::funding: return add_funding(cv, section);
  case SectionKind::talks: return add_talks(cv, section);
  case SectionKind::publications: return add_publications(cv, section);
  case SectionKind::software: return add_software(cv, section);
  case SectionKind::media: return add_media(cv, section);
  case SectionKind::service: return add_service(cv, section);
  case SectionKind::projects: return add_projects(cv, section);
  case SectionKind::volunteer: return add_volunteer(cv, section);
  case SectionKind::skills: return add_skills(cv, section);
  case SectionKind::languages: return add_languages(cv, section);
  case SectionKind::interests: return add_interests(cv, section);
  case SectionKind::certificates: return add_certificates(cv, section);
  case SectionKind::references: return add_references(cv, section);
  case SectionKind::custom: return add_custom_entries(cv.sections[choice.custom_index], cv.language, section);
  }
}

} // namespace

std::string organization_url(const Organization& organization) {
  return !organization.url.empty() ? organization.url : ror_url(organization.ror);
}

CvDocument build_cv_document(const Cv& cv, const std::vector<CvSection>& sections) {
  CvDocument document;
  document.header = header_blocks(cv.person);
  for (const CvSection& choice : sections) {
    Section section{choice.id, choice.title, paragraphs(section_intro(cv, choice), BlockKind::section_intro), {}};
    add_section_entries(cv, choice, section);
    document.sections.push_back(std::move(section));
  }
  return document;
}

} // namespace cvport::pdf
