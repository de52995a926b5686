// cvport/venue_line.hpp: the line that says where a publication appeared, as DOCX and PDF print it.
#include "cvport/venue_line.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace cvport {
namespace {

// The line with the venue's name in *...*, as a format that marks it would show it.
std::string venue_line(const Publication& publication, std::string_view language = "en") {
  std::string line;
  render_venue_line(publication, language, [&](VenuePart part, std::string_view text) {
    line += part == VenuePart::venue_name ? "*" + std::string(text) + "*" : std::string(text);
  });
  return line;
}

// The roles of the pieces, in order, separators and the full stop left out.
std::vector<VenuePart> roles(const Publication& publication) {
  std::vector<VenuePart> parts;
  render_venue_line(publication, "en", [&](VenuePart part, std::string_view) {
    if (part != VenuePart::separator && part != VenuePart::full_stop) parts.push_back(part);
  });
  return parts;
}

Publication journal_article() {
  Publication article;
  article.type = "journal-article";
  article.venue.name = "Journal of Computational Physics";
  article.volume = "412";
  article.issue = "3";
  article.pages = "109-131";
  article.date = {.year = 2020, .month = 8};
  return article;
}

TEST(VenueLine, JournalArticleWithVolumeIssueAndPages) {
  Publication article = journal_article();
  EXPECT_EQ(venue_line(article), "*Journal of Computational Physics*, vol. 412, no. 3, pp. 109-131, Aug 2020.");
  EXPECT_EQ(roles(article), (std::vector<VenuePart>{VenuePart::venue_name, VenuePart::volume, VenuePart::issue,
                                                     VenuePart::pages, VenuePart::date}));
  EXPECT_EQ(venue_line(article, "de"), "*Journal of Computational Physics*, Bd. 412, Nr. 3, S. 109-131, Aug. 2020.");
}

TEST(VenueLine, ConferencePaperLeavesOutTheYearItsShortVenueShows) {
  Publication paper;
  paper.type = "conference-paper";
  paper.venue = {.short_name = "SC 2023",
                 .name = "Proceedings of the International Conference for High Performance Computing (SC)"};
  paper.pages = "1-14";
  paper.publisher = "ACM";
  paper.date = {.year = 2023};
  paper.status = "in-press";
  // "SC 2023" is in the date column already; a conference paper needs no kind label.
  EXPECT_EQ(venue_line(paper),
            "*Proceedings of the International Conference for High Performance Computing (SC)*, pp. 1-14, ACM, in press.");
  paper.date.month = 11; // "Nov 2023" is not in "SC 2023"
  EXPECT_EQ(roles(paper), (std::vector<VenuePart>{VenuePart::venue_name, VenuePart::pages, VenuePart::publisher,
                                                   VenuePart::date, VenuePart::status}));
}

TEST(VenueLine, BookWithPublisherAndIsbn) {
  Publication book;
  book.type = "book";
  book.publisher = "Springer";
  book.isbn = "978-3-16-148410-0";
  book.date = {.year = 2019};
  EXPECT_EQ(venue_line(book), "Springer, ISBN 978-3-16-148410-0, 2019, book.");
}

TEST(VenueLine, ReportNumberAndPatentNumber) {
  Publication report;
  report.type = "report";
  report.publisher = "Oak Ridge National Laboratory";
  report.number = "ORNL/TM-2021/17";
  EXPECT_EQ(venue_line(report), "no. ORNL/TM-2021/17, Oak Ridge National Laboratory, technical report.");
  Publication patent;
  patent.type = "patent";
  patent.number = "US 9,876,543 B2";
  patent.date = {.year = 2018, .month = 1};
  EXPECT_EQ(venue_line(patent), "Patent US 9,876,543 B2, Jan 2018.");
}

TEST(VenueLine, MissingPiecesLeaveNoStrayPunctuation) {
  Publication article = journal_article();
  article.volume.clear();
  article.pages.clear();
  EXPECT_EQ(venue_line(article), "*Journal of Computational Physics*, no. 3, Aug 2020.");
  article.venue.name.clear();
  EXPECT_EQ(venue_line(article), "no. 3, Aug 2020.");
  article.issue.clear();
  EXPECT_EQ(venue_line(article), "Aug 2020.");
  article.date = {};
  // Nothing left: no lone "." and no call at all, so a format adds no empty line.
  int calls = 0;
  render_venue_line(article, "en", [&](VenuePart, std::string_view) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(VenueLine, AKindEqualToTheStatusIsSaidOnce) {
  Publication preprint;
  preprint.type = "preprint";
  preprint.status = "preprint";
  preprint.venue.name = "arXiv";
  EXPECT_EQ(venue_line(preprint), "*arXiv*, preprint.");
}

} // namespace
} // namespace cvport
