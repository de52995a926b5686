// Publications: numbered [1], [2], ...; the title with the short venue in the date column, the
// author list (the CV owner in bold), the venue details, the DOI and URL, the award and the note.
#include <fmt/format.h>

#include "cv_blocks.hpp"
#include "cvport/date.hpp"
#include "cvport/render.hpp"

namespace cvport::pdf {
namespace {

// Shown after the venue in lower case, as the seed CV writes "..., in press".
std::string_view status_text(std::string_view status) {
  if (status == "in-press") return "in press";
  if (status == "accepted" || status == "submitted" || status == "preprint") return status;
  return {}; // "published" or absent: nothing to say
}

// Kinds a reader cannot tell from the venue; articles and papers speak for themselves.
std::string_view type_text(std::string_view type) {
  if (type == "workshop-paper") return "workshop paper";
  if (type == "book-chapter") return "book chapter";
  if (type == "report") return "technical report";
  if (type == "book" || type == "preprint" || type == "thesis" || type == "poster") return type;
  return {};
}

Block authors_line(const Publication& publication) {
  Block line(BlockKind::publication_detail);
  render_author_list(publication, [&](AuthorPart part, std::string_view text, std::size_t) {
    line.text(text, part == AuthorPart::owner_name ? RunStyle::owner : RunStyle::plain);
  });
  return line;
}

// "Proceedings of ... (SC), vol. 5, no. 2, pp. 1-14, ACM, 2023, in press."
Block venue_line(const Publication& publication) {
  Block line(BlockKind::publication_detail);
  Pieces pieces(line, ", ");
  if (publication.type == "patent") pieces.text(join_nonempty({"Patent", publication.number}, " "));
  pieces.text(publication.venue.name, RunStyle::venue);
  if (!publication.volume.empty()) pieces.text("vol. " + publication.volume);
  if (!publication.issue.empty()) pieces.text("no. " + publication.issue);
  if (!publication.pages.empty()) pieces.text("pp. " + publication.pages);
  if (!publication.number.empty() && publication.type != "patent") pieces.text("no. " + publication.number);
  pieces.text(publication.publisher);
  if (!publication.isbn.empty()) pieces.text("ISBN " + publication.isbn);
  // "SC 2023" in the date column already says 2023; a month still adds something.
  std::string date = display_date(publication.date);
  if (publication.venue.short_name.find(date) == std::string::npos) pieces.text(date);
  std::string_view type = type_text(publication.type);
  std::string_view status = status_text(publication.status);
  if (type != status) pieces.text(type);
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
    title.date = !publication.venue.short_name.empty() ? publication.venue.short_name : display_date(publication.date);
    title.text(publication.title, RunStyle::strong);
    entry.blocks.push_back(std::move(title)); // even untitled, it carries the number
    entry.add(authors_line(publication));
    entry.add(venue_line(publication));
    for (const PublicationLink& link : publication_links(publication))
      if (!link.url.empty()) entry.add(Block(BlockKind::publication_detail).link(link.url, link.url));
    entry.add(Block(BlockKind::publication_detail).text(publication.award, RunStyle::award));
    entry.add(Block(BlockKind::publication_detail).text(publication.note, RunStyle::emphasis));
    section.entries.push_back(std::move(entry));
  }
}

} // namespace cvport::pdf
