#include "works.hpp"

#include <fmt/format.h>

#include "citation.hpp"
#include "identity.hpp"
#include "text.hpp"
#include "vocabulary.hpp"
#include "xml_common.hpp"

namespace cvport::orcid {

namespace {

// The key and self identifiers of an entry: its DOI, normalised as ORCID compares it; always
// the source-work-id made from its key, so that adding a DOI later updates the work instead of
// making a new one; and without a DOI its web page as a uri, as ORCID recommends for items
// without a DOI (docs/formats/orcid.md).
void identify(MappingContext& context, WorkItem& work, std::string_view kind, std::string_view id,
              std::string_view doi, const std::string& url, int year) {
  work.key = context.keys.key(kind, id, year, work.title, work.source);
  if (!doi.empty()) work.ids.push_back(doi_id(doi));
  work.ids.push_back(source_work_id(work.key));
  if (doi.empty() && !url.empty()) work.ids.push_back(uri_id(url));
}

// The DOI of an entry as ORCID stores it (identity.hpp), reported when nothing of it is a DOI.
std::string entry_doi(MappingContext& context, const std::string& raw, const std::string& path) {
  std::string cleaned = clean_text(context.reporter, raw, path);
  std::string doi = normalized_doi(cleaned);
  if (!cleaned.empty() && doi.empty())
    context.reporter.warning("orcid.bad-doi", path,
                             "not a DOI ORCID recognises (10.<registrant>/<suffix>): left out");
  return doi;
}

// The paper's arXiv and PubMed ids name the work itself (self). An ISBN names a book: the book
// a chapter or conference paper appeared in (part-of), else the work itself. That is ORCID's
// own rule for an ISBN that comes without a relationship (ORCID-Source, orcid-core/.../pojo/
// grouping/WorkGroup.java: ISBN on BOOK_CHAPTER or CONFERENCE_PAPER is PART_OF), and it matters:
// works that share a self id are grouped as one. Values as ORCID's records hold them: "arXiv:"
// and the id, the PMID's digits, the ISBN as written; each with its page where it has one.
void add_publication_ids(MappingContext& context, const Publication& publication, const std::string& source,
                         WorkItem& work) {
  std::string arxiv = arxiv_id(clean_text(context.reporter, publication.arxiv, source + ".arxiv"));
  if (!arxiv.empty()) work.ids.push_back({"arxiv", "arXiv:" + arxiv, arxiv_url(arxiv), "self"});
  std::string pubmed = pmid(clean_text(context.reporter, publication.pmid, source + ".pmid"));
  if (!pubmed.empty()) work.ids.push_back({"pmid", pubmed, pubmed_url(pubmed), "self"});
  std::string isbn = clean_text(context.reporter, publication.isbn, source + ".isbn");
  if (!isbn_digits(isbn).empty())
    work.ids.push_back({"isbn", isbn, "", work.type == "book-chapter" || work.type == "conference-paper" ? "part-of" : "self"});
}

// Adds the work, and tells the user which of the entry's facts it has no place for.
void add_work(MappingContext& context, WorkItem work, std::vector<WorkItem>& works) {
  context.reporter.left_out(work.source, "work", work.left_out);
  works.push_back(std::move(work));
}

std::string_view status_label(std::string_view status) {
  if (status == "in-press") return "in press";
  return status; // "accepted", "submitted", "preprint"; "published" and "" say nothing
}

// What a publication says beyond its bibliographic fields, for short-description and the
// citation's note: its status, its award and the CV's note.
std::string publication_remarks(MappingContext& context, const Publication& publication,
                                const std::string& source) {
  Reporter& reporter = context.reporter;
  std::string status = publication.status.empty() || publication.status == "published"
                           ? ""
                           : "Status: " + std::string(status_label(publication.status));
  std::string award = publication.award.empty()
                          ? ""
                          : "Award: " + clean_text(reporter, publication.award, source + ".award");
  std::string note = clean_text(reporter, publication.note, source + ".note");
  return join_nonempty({status, award, note}, "; ");
}

std::vector<Contributor> publication_contributors(MappingContext& context,
                                                  const Publication& publication,
                                                  const std::string& source) {
  std::vector<Contributor> contributors;
  for (size_t i = 0; i < publication.authors.size(); ++i) {
    const Author& author = publication.authors[i];
    std::string path = indexed(source + ".authors", i);
    std::string name = clean_text(context.reporter, author.name, path + ".name", kCreditNameLimit);
    if (name.empty()) continue;
    contributors.push_back({
        .credit_name = std::move(name),
        .orcid = author.self ? context.owner_orcid : "",
        .first = contributors.empty(),
        .role = context.options.contributor_role == "author" ? std::string(kAuthorRole) : "",
    });
  }
  if (publication.et_al)
    context.reporter.warning(
        "orcid.authors-truncated", source + ".authors",
        "the author list ends in \"et al.\", and ORCID lists only the authors it is given: add "
        "the remaining authors to the CV so the ORCID record shows them all");
  return contributors;
}

void add_publication(MappingContext& context, const Publication& publication,
                     const std::string& source, std::vector<WorkItem>& works) {
  Reporter& reporter = context.reporter;
  WorkItem work{.source = source, .type = std::string(work_type_of_publication(publication.type))};
  work.title = clean_text(reporter, publication.title, source + ".title", kTitleLimit);
  if (work.title.empty()) {
    reporter.skip("orcid.no-title", source, "ORCID works need a title: add one to this entry");
    return;
  }
  std::string venue =
      clean_text(reporter, publication.venue.name, source + ".venue.name", kTitleLimit);
  std::string venue_short =
      clean_text(reporter, publication.venue.short_name, source + ".venue.short", kTitleLimit);
  work.journal_title = venue.empty() ? venue_short : venue;
  work.short_description = clean_text(reporter, publication_remarks(context, publication, source),
                                      source + ".note", kDescriptionLimit);
  work.date = orcid_date(context, publication.date, source + ".date");
  std::string doi = entry_doi(context, publication.doi, source + ".doi");
  std::string url = clean_text(reporter, publication.url, source + ".url");
  work.url = url.empty() && !doi.empty() ? doi_url(doi) : url;
  identify(context, work, "publication", publication.id, doi, url, publication.date.year);
  add_publication_ids(context, publication, source, work);
  std::string number = clean_text(reporter, publication.number, source + ".number");
  bool patent = publication.type == "patent";
  // A patent's number is its identifier: ORCID's "pat" type, first among the self ids.
  if (patent && !number.empty())
    work.ids.insert(work.ids.begin(), ExternalId{"pat", number, "", "self"});
  work.contributors = publication_contributors(context, publication, source);
  // The authors of a patent are its inventors.
  if (patent)
    for (Contributor& contributor : work.contributors)
      if (!contributor.role.empty()) contributor.role = std::string(kInventorRole);

  std::string volume = clean_text(reporter, publication.volume, source + ".volume");
  std::string issue = clean_text(reporter, publication.issue, source + ".issue");
  std::string pages = clean_text(reporter, publication.pages, source + ".pages");
  std::string publisher = clean_text(reporter, publication.publisher, source + ".publisher");
  if (context.options.citation == "bibtex") {
    CitationFields fields{.key = publication.id,
                          .cv_type = publication.type,
                          .title = work.title,
                          .et_al = publication.et_al,
                          .venue = venue,
                          .venue_short = venue_short,
                          .date = work.date,
                          .volume = volume,
                          .issue = issue,
                          .pages = pages,
                          .publisher = publisher,
                          .number = number,
                          .doi = doi,
                          .arxiv = arxiv_id(publication.arxiv),
                          .isbn = isbn_digits(publication.isbn).empty() ? "" : publication.isbn,
                          .url = url,
                          .note = work.short_description};
    for (const Contributor& contributor : work.contributors)
      fields.authors.push_back(contributor.credit_name);
    work.bibtex = bibtex_citation(fields);
  } else {
    leave_out_if(work.left_out, !volume.empty(), source + ".volume");
    leave_out_if(work.left_out, !issue.empty(), source + ".issue");
    leave_out_if(work.left_out, !pages.empty(), source + ".pages");
    leave_out_if(work.left_out, !publisher.empty(), source + ".publisher");
    leave_out_if(work.left_out, !patent && !number.empty(), source + ".number");
    leave_out_if(work.left_out, !venue.empty() && !venue_short.empty(), source + ".venue.short");
    leave_out_if(work.left_out, publication.et_al, source + ".et_al");
  }
  add_work(context, std::move(work), works);
}

void add_software(MappingContext& context, const Software& software, const std::string& source,
                  std::vector<WorkItem>& works) {
  Reporter& reporter = context.reporter;
  if (software.doi.empty() && context.options.software == "with-doi") {
    reporter.skip("orcid.software-without-doi", source,
                  "software without a DOI is left out: archive the release (for example on "
                  "Zenodo) and add its doi, or export with --option software=all");
    return;
  }
  WorkItem work{.source = source, .type = "software"};
  work.title = clean_text(reporter, software.name, source + ".name", kTitleLimit);
  if (work.title.empty()) {
    reporter.skip("orcid.no-title", source, "ORCID works need a title: add a name to this entry");
    return;
  }
  // Zenodo's DOIs all start 10.5281/zenodo.; docs/formats/orcid.md names Zenodo as the venue then.
  std::string doi = entry_doi(context, software.doi, source + ".doi");
  if (doi.rfind("10.5281/zenodo.", 0) == 0) work.journal_title = "Zenodo";
  work.short_description =
      clean_text(reporter, software.description, source + ".description", kDescriptionLimit);
  work.date = orcid_date(context, software.date, source + ".date");
  work.url = clean_text(reporter, software.url, source + ".url");
  identify(context, work, "software", software.id, doi, work.url, software.date.year);
  add_work(context, std::move(work), works);
}

void add_talk(MappingContext& context, const Talk& talk, const std::string& source,
              std::vector<WorkItem>& works) {
  Reporter& reporter = context.reporter;
  WorkItem work{.source = source, .type = context.options.talks};
  work.title = clean_text(reporter, talk.title, source + ".title", kTitleLimit);
  if (work.title.empty()) {
    reporter.skip("orcid.no-title", source, "ORCID works need a title: add one to this entry");
    return;
  }
  // Works have no place, host or city: the event line carries them (docs/formats/orcid.md, talks).
  const std::string& city = talk.location.city.empty() ? talk.host.city : talk.location.city;
  const std::string& region =
      talk.location.region.empty() ? talk.host.region : talk.location.region;
  std::string event_line =
      join_nonempty({talk.event, talk.host.department, talk.host.name, city, region}, ", ");
  work.journal_title = clean_text(reporter, event_line, source + ".event", kTitleLimit);
  work.short_description =
      clean_text(reporter, talk.summary, source + ".summary", kDescriptionLimit);
  work.date = orcid_date(context, talk.date, source + ".date");
  check_date_label(context, talk.date, talk.date_label, source + ".date_label", work.left_out);
  work.url = clean_text(reporter, talk.url, source + ".url");
  work.country = talk.location.country.empty() ? talk.host.country : talk.location.country;
  identify(context, work, "talk", talk.id, "", work.url, talk.date.year);
  leave_out_if(work.left_out, !talk.location.address.empty(), source + ".location.address");
  leave_out_if(work.left_out, !talk.location.postal_code.empty(), source + ".location.postal_code");
  for (const OrgIdField& id : kOrgIdFields)
    leave_out_if(work.left_out, !(talk.host.*id.value).empty(),
                 fmt::format("{}.host.{}", source, id.field));
  leave_out_if(work.left_out, !talk.host.url.empty(), source + ".host.url");
  add_work(context, std::move(work), works);
}

void add_media(MappingContext& context, const MediaFeature& media, const std::string& source,
               std::vector<WorkItem>& works) {
  Reporter& reporter = context.reporter;
  if (!context.options.include_media) {
    reporter.skip("orcid.media-skipped", source,
                  "media features are coverage by others, and ORCID lists a researcher's own "
                  "works: left out; export with --option include-media=true to send them as "
                  "works of type " +
                      context.options.media_type,
                  CVPORT_SEVERITY_NOTE); // the documented default, nothing to fix in the CV
    return;
  }
  WorkItem work{.source = source, .type = context.options.media_type};
  work.title = clean_text(reporter, media.title, source + ".title", kTitleLimit);
  if (work.title.empty()) {
    reporter.skip("orcid.no-title", source, "ORCID works need a title: add one to this entry");
    return;
  }
  work.journal_title = clean_text(reporter, media.outlet, source + ".outlet", kTitleLimit);
  work.date = orcid_date(context, media.date, source + ".date");
  check_date_label(context, media.date, media.date_label, source + ".date_label", work.left_out);
  work.url = clean_text(reporter, media.url, source + ".url");
  identify(context, work, "media", media.id, "", work.url, media.date.year);
  add_work(context, std::move(work), works);
}

void add_custom_entry(MappingContext& context, const CustomEntry& entry, const std::string& type,
                      const std::string& source, std::vector<WorkItem>& works) {
  Reporter& reporter = context.reporter;
  WorkItem work{.source = source, .type = type};
  work.title = clean_text(reporter, entry.title, source + ".title", kTitleLimit);
  if (work.title.empty()) {
    reporter.skip("orcid.no-title", source, "ORCID works need a title: add one to this entry");
    return;
  }
  work.journal_title = clean_text(reporter, entry.subtitle, source + ".subtitle", kTitleLimit);
  std::vector<std::string> description{entry.summary};
  description.insert(description.end(), entry.highlights.begin(), entry.highlights.end());
  work.short_description =
      clean_text(reporter, join_nonempty(description, "; "), source + ".summary", kDescriptionLimit);
  const Date& date = entry.date.empty() ? entry.start : entry.date;
  work.date = orcid_date(context, date, source + (entry.date.empty() ? ".start" : ".date"));
  check_date_label(context, date, entry.date_label, source + ".date_label", work.left_out);
  leave_out_if(work.left_out, !entry.end.empty(), source + ".end");
  leave_out_if(work.left_out, !entry.date.empty() && !entry.start.empty(), source + ".start");
  leave_out_if(work.left_out, !entry.location.empty(), source + ".location");
  work.url = clean_text(reporter, entry.url, source + ".url");
  identify(context, work, type, entry.id, "", work.url, work.date.year);
  add_work(context, std::move(work), works);
}

} // namespace

std::string_view work_type_of_publication(std::string_view cv_type) {
  if (cv_type == "workshop-paper") return "conference-paper"; // ORCID has no workshop type
  if (cv_type == "thesis") return "dissertation-thesis";
  if (cv_type == "poster") return "conference-poster";
  if (cv_type == "patent") return "patent";
  if (cv_type == "journal-article" || cv_type == "conference-paper" || cv_type == "book" ||
      cv_type == "book-chapter" || cv_type == "preprint" || cv_type == "report")
    return cv_type;
  return "other";
}

std::vector<WorkItem> map_works(MappingContext& context) {
  const Cv& cv = context.cv;
  const Options& options = context.options;
  std::vector<WorkItem> works;
  for (size_t i = 0; i < cv.publications.size(); ++i)
    add_publication(context, cv.publications[i], indexed("publications", i), works);
  if (options.software == "skip" && !cv.software.empty())
    context.reporter.skip("orcid.skipped-by-option", "software",
                          "software is left out (--option software=skip)");
  else
    for (size_t i = 0; i < cv.software.size(); ++i)
      add_software(context, cv.software[i], indexed("software", i), works);
  if (options.talks == "skip" && !cv.talks.empty())
    context.reporter.skip("orcid.skipped-by-option", "talks",
                          "talks are left out (--option talks=skip)");
  else
    for (size_t i = 0; i < cv.talks.size(); ++i)
      add_talk(context, cv.talks[i], indexed("talks", i), works);
  for (size_t i = 0; i < cv.media.size(); ++i)
    add_media(context, cv.media[i], indexed("media", i), works);
  for (size_t s = 0; s < cv.sections.size(); ++s) {
    const CustomSectionTarget* target = target_of_section(options, cv.sections[s].title);
    if (!target || !is_work_type(target->target)) continue;
    for (size_t i = 0; i < cv.sections[s].entries.size(); ++i)
      add_custom_entry(context, cv.sections[s].entries[i], target->target,
                       indexed(indexed("sections", s) + ".entries", i), works);
  }
  return works;
}

} // namespace cvport::orcid
