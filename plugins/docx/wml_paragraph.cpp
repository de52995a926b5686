#include "wml_paragraph.hpp"

namespace cvport::docx {

Paragraph& Paragraph::text(std::string_view text, std::string_view char_style) {
  if (!text.empty())
    inlines_.push_back({Inline::Kind::text, std::string(text), std::string(char_style), {}});
  return *this;
}

Paragraph& Paragraph::tab() {
  inlines_.push_back({Inline::Kind::tab, {}, {}, {}});
  return *this;
}

Paragraph& Paragraph::line_break() {
  inlines_.push_back({Inline::Kind::line_break, {}, {}, {}});
  return *this;
}

Paragraph& Paragraph::link(std::string_view url, std::string_view text,
                           std::string_view char_style) {
  if (!text.empty())
    inlines_.push_back(
        {Inline::Kind::hyperlink, std::string(text), std::string(char_style), std::string(url)});
  return *this;
}

Paragraph& Paragraph::internal_link(std::string_view bookmark, std::string_view text,
                                    std::string_view char_style) {
  if (!text.empty())
    inlines_.push_back({Inline::Kind::internal_link, std::string(text), std::string(char_style),
                        std::string(bookmark)});
  return *this;
}

Paragraph& Paragraph::field(std::string_view instruction, std::string_view placeholder) {
  inlines_.push_back({Inline::Kind::field, std::string(placeholder), {}, std::string(instruction)});
  return *this;
}

Paragraph& Paragraph::numbered(int num_id) {
  num_id_ = num_id;
  return *this;
}

Paragraph& Paragraph::bookmark(std::string_view name) {
  bookmark_ = name;
  return *this;
}

Paragraph& Paragraph::dated(std::string_view date) {
  date_ = date;
  return *this;
}

Paragraph& Paragraph::left_aligned() {
  left_aligned_ = true;
  return *this;
}

bool Paragraph::has_text() const {
  if (!date_.empty()) return true;
  for (const Inline& item : inlines_)
    if (item.kind != Inline::Kind::tab && item.kind != Inline::Kind::line_break &&
        !item.text.empty())
      return true;
  return false;
}

void SeparatedList::separate() {
  if (!first_)
    paragraph_.text(separator_);
  else if (on_new_line_)
    paragraph_.line_break();
  first_ = false;
}

SeparatedList& SeparatedList::text(std::string_view text, std::string_view char_style) {
  if (text.empty()) return *this;
  separate();
  paragraph_.text(text, char_style);
  return *this;
}

SeparatedList& SeparatedList::link(std::string_view url, std::string_view text,
                                   std::string_view link_style, std::string_view text_style) {
  if (text.empty()) return *this;
  separate();
  if (url.empty())
    paragraph_.text(text, text_style);
  else
    paragraph_.link(url, text, link_style);
  return *this;
}

} // namespace cvport::docx
