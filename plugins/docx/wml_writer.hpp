// Writes Paragraph values as WordprocessingML <w:p> elements: runs in character styles,
// right-to-left runs marked <w:rtl/>, hyperlinks through the part's relationships, bookmarks
// with unique ids; a dated paragraph with its date column as a borderless table (date_column.hpp).
#ifndef CVPORT_DOCX_WML_WRITER_HPP
#define CVPORT_DOCX_WML_WRITER_HPP

#include <pugixml.hpp>

#include "date_column.hpp"
#include "relationships.hpp"
#include "wml_paragraph.hpp"

namespace cvport::docx {

class WmlWriter {
public:
  // `relationships` receives the hyperlinks of the part being written; `date_column` sizes the
  // tables of dated paragraphs.
  explicit WmlWriter(Relationships& relationships, DateColumn date_column = {})
      : relationships_(relationships), date_column_(date_column) {}

  // Appends `paragraph` to `parent` unless it has no text; a dated one inside its table.
  void append(pugi::xml_node parent, const Paragraph& paragraph);

private:
  void append_paragraph(pugi::xml_node parent, const Paragraph& paragraph);
  void append_with_date(pugi::xml_node parent, const Paragraph& paragraph);

  Relationships& relationships_;
  DateColumn date_column_;
  int next_bookmark_id_ = 0;
};

} // namespace cvport::docx

#endif
