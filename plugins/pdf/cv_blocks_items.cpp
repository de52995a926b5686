// Sections of compact items (awards, funding, talks, software, media, service, skills, languages,
// interests, certificates, references): a bulleted first line ending in the date, then further
// lines aligned with its text. Each item is one entry, kept on one page.
#include "cv_blocks.hpp"
#include "cvport/date_text.hpp"
#include "cvport/language.hpp"

namespace cvport::pdf {
namespace {

Block first_line(std::string date = {}) {
  Block line(BlockKind::item);
  line.date = std::move(date);
  return line;
}

Block more(std::string_view text, RunStyle style = RunStyle::plain) {
  return Block(BlockKind::item_detail).text(text, style);
}

// URLs shown as themselves, so they survive printing and plain-text extraction.
Block links_line(std::initializer_list<std::string_view> urls) {
  Block line(BlockKind::item_detail);
  Pieces pieces(line, "  \u00b7  ");
  for (std::string_view url : urls) pieces.link(url, url);
  return line;
}

void add_organization(Pieces& pieces, const Organization& organization) {
  pieces.link(organization_url(organization), organization.name);
  pieces.text(organization.department);
  pieces.text(place_text(organization));
}

std::string publication_title(const Cv& cv, std::string_view id) {
  for (const Publication& publication : cv.publications)
    if (publication.id == id) return publication.title;
  return {};
}

Entry single(Block block) {
  Entry entry;
  entry.add(std::move(block));
  return entry;
}

// "Name (level): a, b" or "Name: a, b".
Block named_list(std::string_view name, std::string_view detail, const std::vector<std::string>& keywords) {
  Block line = first_line();
  line.text(name, RunStyle::strong);
  if (!detail.empty()) line.text(" (" + std::string(detail) + ")");
  if (!keywords.empty()) line.text(": " + join_nonempty(keywords, ", "));
  return line;
}

} // namespace

void add_awards(const Cv& cv, Section& section) {
  for (const Award& award : cv.awards) {
    Entry entry;
    Block line = first_line(display_range(award.date, {}, award.date_label, cv.language));
    Pieces pieces(line, ", ");
    pieces.text(award.title, RunStyle::strong);
    add_organization(pieces, award.awarder);
    entry.add(std::move(line));
    entry.add(more(award.venue, RunStyle::venue));
    if (!award.for_publication.empty()) {
      std::string title = publication_title(cv, award.for_publication);
      entry.add(more(fill_label(label(cv.language, "award_for"),
                                {{"title", title.empty() ? award.for_publication : "\u201c" + title + "\u201d"}})));
    }
    entry.add(more(award.summary));
    section.entries.push_back(std::move(entry));
  }
}

// Title (and kind when not a grant), funder, dates; the role; the number and amount; the link.
void add_funding(const Cv& cv, Section& section) {
  for (const Funding& funding : cv.funding) {
    Entry entry;
    Block line = first_line(display_range(funding.start, funding.end, {}, cv.language));
    Pieces pieces(line, ", ");
    pieces.text(funding.title, RunStyle::strong);
    if (funding.type != "grant") pieces.text(funding_kind_text(funding.type, cv.language));
    add_organization(pieces, funding.funder);
    entry.add(std::move(line));
    entry.add(more(funding.role, RunStyle::emphasis));
    std::string amount = funding.amount.empty() ? "" : funding.currency + "\u00a0" + funding.amount;
    std::string number =
        funding.number.empty() ? "" : fill_label(label(cv.language, "grant_number"), {{"number", funding.number}});
    entry.add(more(join_nonempty({number, amount}, ", ")));
    entry.add(links_line({funding.url}));
    entry.add(more(funding.summary));
    section.entries.push_back(std::move(entry));
  }
}

void add_talks(const Cv& cv, Section& section) {
  for (const Talk& talk : cv.talks) {
    Entry entry;
    Block line = first_line(display_range(talk.date, {}, talk.date_label, cv.language));
    Pieces pieces(line, ", ");
    // The event heads the item when there is one, as talks are listed by where they were given.
    pieces.text(talk.event.empty() ? talk.title : talk.event, RunStyle::strong);
    add_organization(pieces, talk.host);
    pieces.text(address_text(talk.location));
    entry.add(std::move(line));
    if (!talk.event.empty()) entry.add(more(talk.title, RunStyle::emphasis));
    entry.add(links_line({talk.url}));
    entry.add(more(talk.summary));
    section.entries.push_back(std::move(entry));
  }
}

void add_software(const Cv& cv, Section& section) {
  for (const Software& software : cv.software) {
    Entry entry;
    Block line = first_line(display_date(software.date, cv.language));
    line.text(software.name, RunStyle::strong);
    if (!software.description.empty()) line.text(": ").text(software.description);
    entry.add(std::move(line));
    entry.add(links_line({software.doi.empty() ? "" : doi_url(software.doi), software.url}));
    section.entries.push_back(std::move(entry));
  }
}

void add_media(const Cv& cv, Section& section) {
  for (const MediaFeature& feature : cv.media) {
    Entry entry;
    Block line = first_line(display_range(feature.date, {}, feature.date_label, cv.language));
    Pieces(line, ", ").text(feature.title, RunStyle::strong).text(feature.outlet, RunStyle::venue);
    entry.add(std::move(line));
    entry.add(links_line({feature.url}));
    section.entries.push_back(std::move(entry));
  }
}

void add_service(const Cv& cv, Section& section) {
  for (const Service& service : cv.service) {
    Entry entry;
    Block line = first_line(display_range(service.start, service.end, service.date_label, cv.language));
    Pieces pieces(line, ", ");
    pieces.text(service.role, RunStyle::strong);
    pieces.text(service.venue);
    add_organization(pieces, service.organization);
    entry.add(std::move(line));
    entry.add(links_line({service.url}));
    section.entries.push_back(std::move(entry));
  }
}

void add_skills(const Cv& cv, Section& section) {
  for (const Skill& skill : cv.skills)
    section.entries.push_back(single(named_list(skill.name, skill.level, skill.keywords)));
}

void add_languages(const Cv& cv, Section& section) {
  for (const Language& language : cv.languages) {
    Block line = first_line();
    line.text(language.language, RunStyle::strong);
    if (!language.fluency.empty()) line.text(": " + language.fluency);
    section.entries.push_back(single(std::move(line)));
  }
}

void add_interests(const Cv& cv, Section& section) {
  for (const Interest& interest : cv.interests)
    section.entries.push_back(single(named_list(interest.name, "", interest.keywords)));
}

void add_certificates(const Cv& cv, Section& section) {
  for (const Certificate& certificate : cv.certificates) {
    Entry entry;
    Block line = first_line(display_date(certificate.date, cv.language));
    Pieces(line, ", ").text(certificate.name, RunStyle::strong).text(certificate.issuer);
    entry.add(std::move(line));
    entry.add(links_line({certificate.url}));
    section.entries.push_back(std::move(entry));
  }
}

void add_references(const Cv& cv, Section& section) {
  for (const Reference& reference : cv.references) {
    Entry entry;
    entry.add(first_line().text(reference.name, RunStyle::strong));
    entry.add(more(reference.reference, RunStyle::emphasis));
    section.entries.push_back(std::move(entry));
  }
}

} // namespace cvport::pdf
