#include "theme_text.hpp"

#include <algorithm>
#include <cctype>

#include "cvport/render.hpp"
#include "mapping.hpp"

namespace cvport::jsonresume {

namespace {

// Ends `text` with a full stop unless it already ends a sentence.
std::string sentence(std::string_view text) {
  std::string result(text);
  if (!result.empty() && std::string_view(".?!").find(result.back()) == std::string_view::npos) result += '.';
  return result;
}

std::string status_words(std::string_view status) {
  if (status == "in-press") return "in press";
  if (status == "published") return "";
  return std::string(status); // "accepted", "submitted", "preprint"
}

std::string author_list(const Publication& publication) {
  return has_inferred_authors(publication) ? std::string() : author_list_text(publication);
}

} // namespace

std::string citation_text(const Publication& publication) {
  const Venue& venue = publication.venue;
  std::string volume = publication.volume.empty() ? "" : "vol. " + publication.volume;
  std::string issue = publication.issue.empty() ? "" : "no. " + publication.issue;
  std::string pages = publication.pages.empty() ? "" : "pp. " + publication.pages;
  // A patent is named by its number ("Patent US 9,876,543 B2"); other kinds show it as a number.
  std::string number = publication.number.empty()       ? ""
                       : publication.type == "patent" ? "Patent " + publication.number
                                                      : "no. " + publication.number;
  std::string where = join_nonempty({number, venue.short_name, venue.name, volume, issue, pages}, ", ");
  std::string status = status_words(publication.status);
  if (where.empty() && !status.empty())
    status[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(status[0])));
  where = join_nonempty({where, status}, ", ");
  std::string doi = publication.doi.empty() ? "" : "DOI: " + publication.doi;
  std::string arxiv = publication.arxiv.empty() ? "" : "arXiv: " + publication.arxiv;
  std::string pubmed = publication.pmid.empty() ? "" : "PMID: " + publication.pmid;
  std::string isbn = publication.isbn.empty() ? "" : "ISBN: " + publication.isbn;
  return join_nonempty({sentence(author_list(publication)), sentence(where), sentence(doi), sentence(arxiv),
                        sentence(pubmed), sentence(isbn),
                       sentence(publication.award), publication.note},
                      " ");
}

std::string award_text(const Award& award, const Cv& cv) {
  std::string for_text;
  if (!award.for_publication.empty()) {
    auto publication = std::find_if(cv.publications.begin(), cv.publications.end(),
                                    [&](const Publication& p) { return p.id == award.for_publication; });
    for_text = publication != cv.publications.end() ? "For \"" + publication->title + "\"."
                                                    : "For publication " + award.for_publication + ".";
  }
  return join_nonempty({sentence(award.venue), for_text, award.summary}, " ");
}

bool is_inferred_name(const Person& person) {
  return person.name == kMissingNameStandIn &&
         std::find(person.inferred.begin(), person.inferred.end(), "name") != person.inferred.end();
}

bool has_inferred_authors(const Publication& publication) {
  // Marked, and still the stand-in: the owner alone. A list the user has since completed counts.
  return std::find(publication.inferred.begin(), publication.inferred.end(), "authors") != publication.inferred.end() &&
         publication.authors.size() == 1 && publication.authors[0].self;
}

} // namespace cvport::jsonresume
