#include "wml_writer.hpp"

#include <string>

#include "cvport/text.hpp"
#include "unicode_text.hpp"
#include "xml_part.hpp"

namespace cvport::docx {
namespace {

void add_text_element(pugi::xml_node run, std::string_view text) {
  if (text.empty()) return;
  pugi::xml_node t = run.append_child("w:t");
  // Word drops leading and trailing spaces of a <w:t> unless told to keep them.
  if (text.front() == ' ' || text.back() == ' ')
    t.append_attribute("xml:space").set_value("preserve");
  t.text().set(std::string(text).c_str());
}

pugi::xml_node add_run(pugi::xml_node parent, std::string_view char_style, bool right_to_left) {
  pugi::xml_node run = parent.append_child("w:r");
  if (!char_style.empty() || right_to_left) {
    pugi::xml_node properties = run.append_child("w:rPr");
    if (!char_style.empty()) add_value(properties, "w:rStyle", char_style);
    if (right_to_left) properties.append_child("w:rtl");
  }
  return run;
}

// One run per direction segment; a line end ("\n", or "\r\n" and "\r", which the host keeps in
// text) becomes <w:br/>, "\t" <w:tab/>.
void add_text_runs(pugi::xml_node parent, std::string_view raw, std::string_view char_style) {
  std::string text = unix_line_ends(raw);
  for (const DirectionalSegment& segment : split_by_direction(text)) {
    pugi::xml_node run = add_run(parent, char_style, segment.right_to_left);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= segment.text.size(); ++i) {
      if (i < segment.text.size() && segment.text[i] != '\n' && segment.text[i] != '\t') continue;
      add_text_element(run, segment.text.substr(start, i - start));
      if (i < segment.text.size()) run.append_child(segment.text[i] == '\n' ? "w:br" : "w:tab");
      start = i + 1;
    }
  }
}

// A paragraph written wholly in a right-to-left script reads right to left (<w:bidi/>).
// Mixed paragraphs, such as an entry line with a Hebrew university name and an English date,
// keep the CV's left-to-right layout with their RTL runs marked, as Word does when one types
// Hebrew into an English document.
bool is_right_to_left_paragraph(const Paragraph& paragraph) {
  std::string text;
  for (const Inline& item : paragraph.inlines()) text += item.text;
  return is_wholly_right_to_left(text);
}

void add_paragraph_properties(pugi::xml_node p, const Paragraph& paragraph) {
  pugi::xml_node properties = p.append_child("w:pPr");
  add_value(properties, "w:pStyle", paragraph.style());
  if (paragraph.num_id() != 0) {
    pugi::xml_node numbering = properties.append_child("w:numPr");
    add_value(numbering, "w:ilvl", "0");
    add_value(numbering, "w:numId", std::to_string(paragraph.num_id()));
  }
  if (is_right_to_left_paragraph(paragraph)) properties.append_child("w:bidi");
}

} // namespace

void WmlWriter::append(pugi::xml_node parent, const Paragraph& paragraph) {
  if (!paragraph.has_text()) return;
  pugi::xml_node p = parent.append_child("w:p");
  add_paragraph_properties(p, paragraph);

  std::string bookmark_id;
  if (!paragraph.bookmark_name().empty()) {
    bookmark_id = std::to_string(next_bookmark_id_++);
    add_element(p, "w:bookmarkStart",
                {{"w:id", bookmark_id}, {"w:name", paragraph.bookmark_name()}});
  }
  for (const Inline& item : paragraph.inlines()) {
    switch (item.kind) {
    case Inline::Kind::text: add_text_runs(p, item.text, item.char_style); break;
    case Inline::Kind::tab: p.append_child("w:r").append_child("w:tab"); break;
    case Inline::Kind::line_break: p.append_child("w:r").append_child("w:br"); break;
    case Inline::Kind::hyperlink: {
      std::string id = relationships_.add_hyperlink(item.target);
      pugi::xml_node link = add_element(p, "w:hyperlink", {{"r:id", id}, {"w:history", "1"}});
      add_text_runs(link, item.text, item.char_style);
      break;
    }
    case Inline::Kind::internal_link: {
      pugi::xml_node link =
          add_element(p, "w:hyperlink", {{"w:anchor", item.target}, {"w:history", "1"}});
      add_text_runs(link, item.text, item.char_style);
      break;
    }
    case Inline::Kind::field: {
      pugi::xml_node field = add_element(p, "w:fldSimple", {{"w:instr", " " + item.target + " "}});
      add_text_runs(field, item.text, item.char_style);
      break;
    }
    }
  }
  if (!bookmark_id.empty()) add_element(p, "w:bookmarkEnd", {{"w:id", bookmark_id}});
}

} // namespace cvport::docx
