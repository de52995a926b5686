#include "wml_writer.hpp"

#include <string>

#include "cvport/text.hpp"
#include "style_ids.hpp"
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
  if (paragraph.is_right_to_left() || is_right_to_left_paragraph(paragraph)) properties.append_child("w:bidi");
  // "left", the value every reader knows (ECMA-376's first edition, which Word 2007 reads, has
  // no "start"); after w:bidi, as CT_PPrBase orders them.
  if (paragraph.is_left_aligned()) add_value(properties, "w:jc", "left");
}

pugi::xml_node add_width(pugi::xml_node parent, const char* name, int twips) {
  return add_element(parent, name, {{"w:w", std::to_string(twips)}, {"w:type", "dxa"}});
}

// The table that holds a dated paragraph: as wide as the text, not indented, without borders or
// cell margins (the text lines up with the paragraphs around it), and of fixed layout, so Word
// and LibreOffice keep the grid's widths instead of fitting them to the content. Children in
// the order of CT_TblPr.
pugi::xml_node add_date_table(pugi::xml_node parent, const DateColumn& column) {
  pugi::xml_node table = parent.append_child("w:tbl");
  pugi::xml_node properties = table.append_child("w:tblPr");
  add_width(properties, "w:tblW", column.text_width);
  add_width(properties, "w:tblInd", 0);
  pugi::xml_node borders = properties.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
    add_value(borders, side, "nil");
  add_element(properties, "w:tblLayout", {{"w:type", "fixed"}});
  pugi::xml_node margins = properties.append_child("w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) add_width(margins, side, 0);
  pugi::xml_node grid = table.append_child("w:tblGrid");
  add_element(grid, "w:gridCol", {{"w:w", std::to_string(column.text_cell_width())}});
  add_element(grid, "w:gridCol", {{"w:w", std::to_string(column.width)}});
  return table;
}

pugi::xml_node add_cell(pugi::xml_node row, int width, bool no_wrap) {
  pugi::xml_node cell = row.append_child("w:tc");
  pugi::xml_node properties = cell.append_child("w:tcPr");
  add_width(properties, "w:tcW", width);
  if (no_wrap) properties.append_child("w:noWrap");
  return cell;
}

} // namespace

void WmlWriter::append(pugi::xml_node parent, const Paragraph& paragraph) {
  if (!paragraph.has_text()) return;
  if (paragraph.date().empty())
    append_paragraph(parent, paragraph);
  else
    append_with_date(parent, paragraph);
}

// One row: the paragraph, then its date in CV Entry Date Column (right-aligned, spaced as the
// entry title, so the two first lines share a baseline). The row never splits across pages.
// In document order the text comes before its date, so pandoc and text extraction read a
// wrapped title whole, then the date, as in the PDF.
void WmlWriter::append_with_date(pugi::xml_node parent, const Paragraph& paragraph) {
  pugi::xml_node row = add_date_table(parent, date_column_).append_child("w:tr");
  row.append_child("w:trPr").append_child("w:cantSplit");
  append_paragraph(add_cell(row, date_column_.text_cell_width(), false), paragraph);
  Paragraph date(style::kEntryDateColumn);
  date.text(paragraph.date(), style::kEntryDate);
  append_paragraph(add_cell(row, date_column_.width, true), date);
}

// Written even without text: a table cell must end with a paragraph.
void WmlWriter::append_paragraph(pugi::xml_node parent, const Paragraph& paragraph) {
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
