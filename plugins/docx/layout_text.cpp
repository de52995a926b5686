#include "layout_text.hpp"

#include <fmt/format.h>

#include "cvport/render.hpp"
#include "numbering.hpp"
#include "style_ids.hpp"

namespace cvport::docx {

std::string organization_url(const Organization& organization) {
  if (!organization.url.empty()) return organization.url;
  return ror_url(organization.ror);
}

void add_link_or_text(Paragraph& paragraph, std::string_view url, std::string_view text,
                      std::string_view link_style, std::string_view text_style) {
  if (url.empty())
    paragraph.text(text, text_style);
  else
    paragraph.link(url, text, link_style);
}

void add_right_aligned_date(Paragraph& paragraph, std::string_view date) {
  if (date.empty()) return;
  paragraph.tab().text(date, style::kEntryDate);
}

void add_paragraphs(std::vector<Paragraph>& out, std::string_view style_id, std::string_view text) {
  for (const std::string& lines : split_paragraphs(text)) {
    Paragraph paragraph(style_id);
    paragraph.text(lines);
    if (lines.find('\n') != std::string::npos) paragraph.left_aligned();
    out.push_back(std::move(paragraph));
  }
}

Paragraph labelled_line(std::string_view style_id, std::string_view label, std::string_view text) {
  Paragraph paragraph(style_id);
  if (text.empty()) return paragraph;
  paragraph.text(std::string(label) + ": ", style::kLabel).text(text);
  return paragraph;
}

Paragraph bulleted(std::string_view style_id) {
  Paragraph paragraph(style_id);
  paragraph.numbered(kBulletListNumId);
  return paragraph;
}

std::string publication_bookmark(const Publication& publication, std::size_t index) {
  // Word bookmark names: at most 40 characters, letters, digits and "_", starting with a letter.
  std::string name = fmt::format("pub{}_", index + 1);
  for (char c : publication.id) {
    if (name.size() >= 40) break;
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    name += keep ? c : '_';
  }
  return name;
}

} // namespace cvport::docx
