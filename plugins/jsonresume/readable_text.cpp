#include "readable_text.hpp"

#include <algorithm>
#include <cctype>

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
  if (has_inferred_authors(publication)) return {};
  std::string names;
  for (const Author& author : publication.authors) names += (names.empty() ? "" : ", ") + author.name;
  if (publication.et_al) names += names.empty() ? "et al." : ", et al.";
  return names;
}

} // namespace

std::string join_present(std::initializer_list<std::string_view> parts, std::string_view separator) {
  std::string joined;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!joined.empty()) joined += separator;
    joined += part;
  }
  return joined;
}

std::string place_text(std::string_view city, std::string_view region, std::string_view country) {
  return join_present({city, region, country}, ", ");
}

std::string citation_text(const Publication& publication) {
  const Venue& venue = publication.venue;
  std::string volume = publication.volume.empty() ? "" : "vol. " + publication.volume;
  std::string issue = publication.issue.empty() ? "" : "no. " + publication.issue;
  std::string pages = publication.pages.empty() ? "" : "pp. " + publication.pages;
  // A patent is named by its number ("Patent US 9,876,543 B2"); other kinds show it as a number.
  std::string number = publication.number.empty()       ? ""
                       : publication.type == "patent" ? "Patent " + publication.number
                                                      : "no. " + publication.number;
  std::string where = join_present({number, venue.short_name, venue.name, volume, issue, pages}, ", ");
  std::string status = status_words(publication.status);
  if (where.empty() && !status.empty())
    status[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(status[0])));
  where = join_present({where, status}, ", ");
  std::string doi = publication.doi.empty() ? "" : "DOI: " + publication.doi;
  return join_present({sentence(author_list(publication)), sentence(where), sentence(doi),
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
  return join_present({sentence(award.venue), for_text, award.summary}, " ");
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

std::string doi_link(std::string_view doi) { return "https://doi.org/" + std::string(doi); }

} // namespace cvport::jsonresume
