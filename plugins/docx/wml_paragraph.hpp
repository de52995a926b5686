// A WordprocessingML paragraph as a value: its style, list numbering, bookmark, inline content
// (text in character styles, tabs, line breaks, hyperlinks, fields) and date column. The CV layout
// builds these; wml_writer turns them into <w:p> elements. Keeping the two apart lets the
// layout say what goes where and leaves runs, RTL marks and escaping to one place.
#ifndef CVPORT_DOCX_WML_PARAGRAPH_HPP
#define CVPORT_DOCX_WML_PARAGRAPH_HPP

#include <string>
#include <string_view>
#include <vector>

namespace cvport::docx {

struct Inline {
  enum class Kind { text, tab, line_break, hyperlink, internal_link, field };
  Kind kind = Kind::text;
  std::string text;       // visible text; for a field, the text shown before it updates
  std::string char_style; // character style id, or empty
  std::string target;     // URL, bookmark name, or field instruction
};

class Paragraph {
public:
  explicit Paragraph(std::string_view style_id) : style_(style_id) {}

  // Text; "\n" becomes a line break and "\t" a tab. Empty text adds nothing.
  Paragraph& text(std::string_view text, std::string_view char_style = {});
  Paragraph& tab();
  Paragraph& line_break();
  // A hyperlink to an external URL.
  Paragraph& link(std::string_view url, std::string_view text, std::string_view char_style);
  // A hyperlink to a bookmark in this document.
  Paragraph& internal_link(std::string_view bookmark, std::string_view text,
                           std::string_view char_style);
  // A simple field such as "PAGE".
  Paragraph& field(std::string_view instruction, std::string_view placeholder);
  // Makes the paragraph an item of list `num_id` (numbering.xml), level 0.
  Paragraph& numbered(int num_id);
  // Surrounds the paragraph's content with a bookmark, the target of internal links.
  Paragraph& bookmark(std::string_view name);
  // Shows `date` right-aligned at the right margin on the paragraph's first line, in the date
  // column (date_column.hpp) reserved beside the whole paragraph, so the text wraps before the
  // date and the date never wraps. Empty text adds nothing.
  Paragraph& dated(std::string_view date);
  // Aligns the paragraph at the left whatever its style says: for a paragraph whose lines end
  // in line breaks, which Word and LibreOffice would stretch across a justified paragraph.
  Paragraph& left_aligned();
  // Lays the paragraph out right to left (<w:bidi/>) whatever its text: the paragraphs of a CV
  // written in Arabic or Hebrew, which also hold Latin names and digits.
  Paragraph& right_to_left() {
    right_to_left_ = true;
    return *this;
  }

  // True when some inline or the date shows text: paragraphs without text are never written,
  // so empty data never leaves an empty line.
  bool has_text() const;

  const std::string& style() const { return style_; }
  int num_id() const { return num_id_; }
  const std::string& bookmark_name() const { return bookmark_; }
  const std::string& date() const { return date_; }
  bool is_left_aligned() const { return left_aligned_; }
  bool is_right_to_left() const { return right_to_left_; }
  const std::vector<Inline>& inlines() const { return inlines_; }

private:
  std::string style_;
  int num_id_ = 0;
  std::string bookmark_;
  std::string date_;
  bool left_aligned_ = false;
  bool right_to_left_ = false;
  std::vector<Inline> inlines_;
};

// Joins the non-empty pieces of a line with a separator, so optional fields never leave a
// dangling ", ". Pieces go into the paragraph as they come.
class SeparatedList {
public:
  // With `on_new_line`, the first piece starts a new line (nothing happens if none comes).
  SeparatedList(Paragraph& paragraph, std::string_view separator, bool on_new_line = false)
      : paragraph_(paragraph), separator_(separator), on_new_line_(on_new_line) {}
  SeparatedList& text(std::string_view text, std::string_view char_style = {});
  // A link in `link_style` when `url` is set, plain text in `text_style` otherwise.
  SeparatedList& link(std::string_view url, std::string_view text, std::string_view link_style,
                      std::string_view text_style = {});
  bool empty() const { return first_; }

private:
  void separate();
  Paragraph& paragraph_;
  std::string separator_;
  bool on_new_line_;
  bool first_ = true;
};

} // namespace cvport::docx

#endif
