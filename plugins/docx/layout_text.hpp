// Text pieces the CV layout composes: places, organisation links, date lines, labels.
#ifndef CVPORT_DOCX_LAYOUT_TEXT_HPP
#define CVPORT_DOCX_LAYOUT_TEXT_HPP

#include <string>
#include <string_view>
#include <vector>

#include "cvport/model.hpp"
#include "cvport/render.hpp"
#include "cvport/text.hpp"
#include "wml_paragraph.hpp"

namespace cvport::docx {

// Joining (join_nonempty), places and addresses (place_text, address_text) are the SDK's:
// cvport/text.hpp, cvport/render.hpp.

// Where an organisation's name links to: its web site, else its ROR record, else nothing.
std::string organization_url(const Organization& organization);

// A hyperlink in `link_style` when `url` is set, plain text in `text_style` otherwise.
void add_link_or_text(Paragraph& paragraph, std::string_view url, std::string_view text,
                      std::string_view link_style, std::string_view text_style = {});

// Ends a paragraph's first line with a right-aligned date (after a tab, to the style's right
// tab stop) when there is one: for list items, which a table would take out of their list.
// Entry titles reserve a date column instead (Paragraph::dated).
void add_right_aligned_date(Paragraph& paragraph, std::string_view date);

// Free text (a summary, a description, an intro) as paragraphs of `style_id`, one per paragraph
// of the text (cvport/text.hpp's split_paragraphs: a blank line starts a new one), as the PDF
// shows it. A single line break stays a line break, in a paragraph aligned at the left: Word
// and LibreOffice would spread the words of a line that ends in a break across a justified
// paragraph.
void add_paragraphs(std::vector<Paragraph>& out, std::string_view style_id, std::string_view text);

// "Label: text" in the CV Label style, as a paragraph of style `style_id`; nothing if empty.
Paragraph labelled_line(std::string_view style_id, std::string_view label, std::string_view text);

// A paragraph of `style_id` that is an item of the bullet list; the styles carry the same
// numbering, but readers such as pandoc look only at the paragraph's own.
Paragraph bulleted(std::string_view style_id);

// The name of the bookmark on publication `index`, target of the links from awards.
std::string publication_bookmark(const Publication& publication, std::size_t index);

} // namespace cvport::docx

#endif
