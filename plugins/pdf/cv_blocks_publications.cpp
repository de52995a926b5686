// Publications: numbered [1], [2], ...; the title with the short venue in the date column, the
// author list (the CV owner in bold), the venue details, the DOI and URL, the award and the note.
#include <fmt/format.h>

#include "cv_blocks.hpp"
#include "cvport/date_text.hpp"
#include "cvport/language.hpp"
#include "cvport/render.hpp"

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
Block venue_line(const Publication& publication, const std::string& language) {
  Block line(BlockKind::publication_detail);
  Pieces pieces(line, ", ");
  if (publication.type == "patent")
    pieces.text(join_nonempty({std::string(label(language, "patent")), publication.number}, " "));
  pieces.text(publication.venue.name, RunStyle::venue);
  if (!publication.volume.empty())
    pieces.text(fill_label(label(language, "volume_abbreviation"), {{"volume", publication.volume}}));
  if (!publication.issue.empty())
    pieces.text(fill_label(label(language, "number_abbreviation"), {{"number", publication.issue}}));
  if (!publication.pages.empty())
    pieces.text(fill_label(label(language, "pages_abbreviation"), {{"pages", publication.pages}}));
  if (!publication.number.empty() && publication.type != "patent")
    pieces.text(fill_label(label(language, "number_abbreviation"), {{"number", publication.number}}));
  pieces.text(publication.publisher);
  if (!publication.isbn.empty()) pieces.text("ISBN " + publication.isbn);
  // "SC 2023" in the date column already says 2023; a month still adds something.
  std::string date = display_date(publication.date, language);
  if (publication.venue.short_name.find(date) == std::string::npos) pieces.text(date);
  // After the venue, in lower case, as the seed CV writes "..., in press".
  std::string_view type = publication_kind_text(publication.type, language);
  std::string_view status = publication_status_text(publication.status, language);
  if (publication.type != publication.status) pieces.text(type);
  pieces.text(status);
  if (!line.empty()) line.text(".");
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
