// Publications: numbered [1], [2], ...; the title with the short venue in the date column, the
// author list (the CV owner in bold), the venue details, the DOI and URL, the award and the note.
#include <fmt/format.h>

#include "cv_blocks.hpp"
#include "cvport/date_text.hpp"
#include "cvport/render.hpp"
#include "cvport/venue_line.hpp"

namespace cvport::pdf {
namespace {

Block authors_line(const Publication& publication, std::string_view language) {
  Block line(BlockKind::publication_detail);
  render_author_list(publication, language, [&](AuthorPart part, std::string_view text, std::size_t) {
    line.text(text, part == AuthorPart::owner_name ? RunStyle::owner : RunStyle::plain);
  });
  return line;
}

// "Proceedings of ... (SC), vol. 5, no. 2, pp. 1-14, ACM, 2023, in press."
Block venue_line(const Publication& publication, std::string_view language) {
  Block line(BlockKind::publication_detail);
  render_venue_line(publication, language, [&](VenuePart part, std::string_view text) {
    line.text(text, part == VenuePart::venue_name ? RunStyle::venue : RunStyle::plain);
  });
  return line;
}

} // namespace

void add_publications(const Cv& cv, Section& section) {
  for (std::size_t i = 0; i < cv.publications.size(); ++i) {
    const Publication& publication = cv.publications[i];
    Entry entry;
    Block title(BlockKind::publication);
    title.marker = fmt::format("[{}]", i + 1);
    title.date = !publication.venue.short_name.empty() ? publication.venue.short_name : display_date(publication.date, cv.language);
    title.text(publication.title, RunStyle::strong);
    entry.blocks.push_back(std::move(title)); // even untitled, it carries the number
    entry.add(authors_line(publication, cv.language));
    entry.add(venue_line(publication, cv.language));
    for (const PublicationLink& link : publication_links(publication))
      if (!link.url.empty()) entry.add(Block(BlockKind::publication_detail).link(link.url, link.url));
    entry.add(Block(BlockKind::publication_detail).text(publication.award, RunStyle::award));
    entry.add(Block(BlockKind::publication_detail).text(publication.note, RunStyle::emphasis));
    section.entries.push_back(std::move(entry));
  }
}

} // namespace cvport::pdf
