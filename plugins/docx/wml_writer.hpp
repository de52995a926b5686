// Writes Paragraph values as WordprocessingML <w:p> elements: runs in character styles,
// right-to-left runs marked <w:rtl/>, hyperlinks through the part's relationships, bookmarks
// with unique ids.
#ifndef CVPORT_DOCX_WML_WRITER_HPP
#define CVPORT_DOCX_WML_WRITER_HPP

#include <pugixml.hpp>

#include "relationships.hpp"
#include "wml_paragraph.hpp"

namespace cvport::docx {

class WmlWriter {
public:
  // `relationships` receives the hyperlinks of the part being written.
  explicit WmlWriter(Relationships& relationships) : relationships_(relationships) {}

  // Appends `paragraph` to `parent` unless it has no text.
  void append(pugi::xml_node parent, const Paragraph& paragraph);

private:
  Relationships& relationships_;
  int next_bookmark_id_ = 0;
};

} // namespace cvport::docx

#endif
