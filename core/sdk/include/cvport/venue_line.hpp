// The line under a publication's title and authors that says where it appeared, once for the
// visual formats (DOCX, PDF): "Proceedings of ... (SC), vol. 5, no. 2, pp. 1-14, ACM, 2023, in
// press." Each format styles the pieces its own way (the venue's name in italics); the order,
// the labels of the CV's language and the separators are decided here, so the two stay twins.
//
// Markdown writes its citation differently on purpose ("Conference paper in *SC*, ..." with the
// status on the next line) and does not use this.
#ifndef CVPORT_VENUE_LINE_HPP
#define CVPORT_VENUE_LINE_HPP

#include <string>
#include <string_view>

#include "cvport/date_text.hpp"
#include "cvport/language.hpp"
#include "cvport/model.hpp"
#include "cvport/render.hpp"
#include "cvport/text.hpp"

namespace cvport {

// The pieces of a venue line, in the order render_venue_line passes them.
enum class VenuePart {
  patent,     // "Patent US 9,876,543 B2": a patent's label and number say which patent it is
  venue_name, // the journal, proceedings or series: the format marks it (italics)
  volume,     // "vol. 5"
  issue,      // "no. 2"
  pages,      // "pp. 1-14"
  number,     // "no. TR-17", a report's or a thesis's number (a patent's is in `patent`)
  publisher,  // "ACM"
  isbn,       // "ISBN 978-3-16-148410-0"
  date,       // "2023", "March 2023"
  kind,       // "technical report": the kinds a reader cannot tell from the venue
  status,     // "in press"
  separator,  // ", " between two pieces
  full_stop,  // "." after the last piece
};

inline constexpr std::string_view kVenueSeparator = ", ";

// Calls `emit(VenuePart part, std::string_view text)` for each piece of the venue line of
// `publication`, in order, in the language of `language`. A missing field is left out with its
// separator; a publication with none of them gives no call at all (no lone "."). The date is
// left out when the venue's short name holds it already ("SC 2023"): the visual formats show
// the short name in the date column, where it says the year; a month still adds something.
// The kind is left out when it equals the status (a preprint whose status is "preprint").
template <class Emit> void render_venue_line(const Publication& publication, std::string_view language, Emit&& emit) {
  bool any = false;
  auto piece = [&](VenuePart part, std::string_view text) {
    if (text.empty()) return;
    if (any) emit(VenuePart::separator, kVenueSeparator);
    any = true;
    emit(part, text);
  };
  bool patent = publication.type == "patent";
  if (patent) piece(VenuePart::patent, join_nonempty({label(language, "patent"), publication.number}, " "));
  piece(VenuePart::venue_name, publication.venue.name);
  if (!publication.volume.empty())
    piece(VenuePart::volume, fill_label(label(language, "volume_abbreviation"), {{"volume", publication.volume}}));
  if (!publication.issue.empty())
    piece(VenuePart::issue, fill_label(label(language, "number_abbreviation"), {{"number", publication.issue}}));
  if (!publication.pages.empty())
    piece(VenuePart::pages, fill_label(label(language, "pages_abbreviation"), {{"pages", publication.pages}}));
  if (!publication.number.empty() && !patent)
    piece(VenuePart::number, fill_label(label(language, "number_abbreviation"), {{"number", publication.number}}));
  piece(VenuePart::publisher, publication.publisher);
  if (!publication.isbn.empty()) piece(VenuePart::isbn, "ISBN " + publication.isbn);
  std::string date = display_date(publication.date, language);
  if (publication.venue.short_name.find(date) == std::string::npos) piece(VenuePart::date, date);
  // After the venue, in lower case, as the seed CV writes "..., in press".
  if (publication.type != publication.status)
    piece(VenuePart::kind, publication_kind_text(publication.type, language));
  piece(VenuePart::status, publication_status_text(publication.status, language));
  if (any) emit(VenuePart::full_stop, std::string_view("."));
}

} // namespace cvport

#endif // CVPORT_VENUE_LINE_HPP
