// Publications: a numbered list ([1], [2], ...) of CV Publication paragraphs. Each holds the
// title with the short venue right-aligned, the author list (the CV owner in CV Owner, bold),
// the venue details and links, the award and the note, on lines of their own. A bookmark on
// each lets awards link to the paper they were given for.
#include "cv_layout_sections.hpp"
#include "cvport/date_text.hpp"
#include "cvport/render.hpp"
#include "cvport/venue_line.hpp"
#include "layout_text.hpp"
#include "numbering.hpp"
#include "relationships.hpp"
#include "style_ids.hpp"

namespace cvport::docx {
namespace {

void add_authors(Paragraph& paragraph, const Publication& publication, std::string_view language) {
  // A run per piece, but " et al." in one run with the space before it.
  std::string_view separator;
  render_author_list(publication, language, [&](AuthorPart part, std::string_view text, std::size_t) {
    if (part == AuthorPart::separator) {
      separator = text;
    } else if (part == AuthorPart::et_al) {
      paragraph.text(std::string(separator) + std::string(text), style::kAuthors);
    } else {
      if (!separator.empty()) paragraph.text(separator, style::kAuthors);
      paragraph.text(text, part == AuthorPart::owner_name ? style::kOwner : style::kAuthors);
    }
    if (part != AuthorPart::separator) separator = {};
  });
}

// A new line "Proceedings of ... (SC), vol. 5, no. 2, pp. 1-14, ACM, 2023, in press." (nothing
// when the publication has no venue details).
void add_venue_line(Paragraph& paragraph, const Publication& publication, std::string_view language) {
  bool first = true;
  render_venue_line(publication, language, [&](VenuePart part, std::string_view text) {
    if (first) paragraph.line_break();
    first = false;
    paragraph.text(text, part == VenuePart::venue_name ? style::kVenue : std::string_view{});
  });
}

} // namespace

void add_publications(const Cv& cv, Paragraphs& out) {
  for (std::size_t i = 0; i < cv.publications.size(); ++i) {
    const Publication& publication = cv.publications[i];
    Paragraph paragraph(style::kPublication);
    paragraph.numbered(kPublicationListNumId).bookmark(publication_bookmark(publication, i));
    paragraph.text(publication.title, style::kPublicationTitle);
    add_right_aligned_date(paragraph, !publication.venue.short_name.empty()
                                          ? publication.venue.short_name
                                          : display_date(publication.date, cv.language));
    if (!publication.authors.empty()) {
      paragraph.line_break();
      add_authors(paragraph, publication, cv.language);
    }
    add_venue_line(paragraph, publication, cv.language);
    for (const PublicationLink& link : publication_links(publication))
      if (!link.url.empty()) paragraph.line_break().link(link.url, link.url, style::kLink);
    if (!publication.award.empty()) paragraph.line_break().text(publication.award, style::kAward);
    if (!publication.note.empty()) paragraph.line_break().text(publication.note, style::kNote);
    out.push_back(std::move(paragraph));
  }
}

} // namespace cvport::docx
