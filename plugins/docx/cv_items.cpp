// Sections of compact items (awards, funding, talks, software, media, service, skills, languages,
// interests, certificates, references): one bulleted CV Item paragraph per entry, its first
// line ending in the right-aligned date, further lines after line breaks, so each entry stays
// one list item for Word, LibreOffice and pandoc alike.
#include "cv_layout_sections.hpp"
#include "cvport/date_text.hpp"
#include "cvport/language.hpp"
#include "layout_text.hpp"
#include "relationships.hpp"
#include "style_ids.hpp"

namespace cvport::docx {
namespace {

// Starts a new line of the item when it already has text.
Paragraph& next_line(Paragraph& item) {
  if (item.has_text()) item.line_break();
  return item;
}

void add_text_line(Paragraph& item, std::string_view text, std::string_view char_style = {}) {
  if (!text.empty()) next_line(item).text(text, char_style);
}

// URLs shown as themselves, so they survive printing and plain-text extraction.
void add_links_line(Paragraph& item, std::initializer_list<std::string_view> urls) {
  bool first = true;
  for (std::string_view url : urls) {
    if (url.empty()) continue;
    if (first)
      next_line(item);
    else
      item.text("  \u00b7  ");
    item.link(url, url, style::kLink);
    first = false;
  }
}

std::string publication_title_for(const Cv& cv, std::string_view id, std::string& bookmark) {
  for (std::size_t i = 0; i < cv.publications.size(); ++i)
    if (cv.publications[i].id == id) {
      bookmark = publication_bookmark(cv.publications[i], i);
      return cv.publications[i].title;
    }
  return {};
}

} // namespace

void add_awards(const Cv& cv, Paragraphs& out) {
  for (const Award& award : cv.awards) {
    Paragraph item = bulleted(style::kItem);
    SeparatedList first_line(item, ", ");
    first_line.text(award.title, style::kItemTitle);
    first_line.link(organization_url(award.awarder), award.awarder.name, style::kLink);
    first_line.text(award.awarder.department);
    first_line.text(place_text(award.awarder));
    add_right_aligned_date(item, display_range(award.date, {}, award.date_label, cv.language));
    add_text_line(item, award.venue, style::kVenue);
    if (!award.for_publication.empty()) {
      std::string bookmark;
      std::string title = publication_title_for(cv, award.for_publication, bookmark);
      auto [before, after] = split_label(label(cv.language, "award_for"), "title");
      next_line(item).text(before);
      if (title.empty())
        item.text(award.for_publication);
      else
        item.text("\u201c").internal_link(bookmark, title, style::kLink).text("\u201d");
      if (!after.empty()) item.text(after);
    }
    add_text_line(item, award.summary);
    out.push_back(std::move(item));
  }
}

// Title (and kind when not a grant), funder, dates; the role; the number and amount; the link.
void add_funding(const Cv& cv, Paragraphs& out) {
  for (const Funding& funding : cv.funding) {
    Paragraph item = bulleted(style::kItem);
    SeparatedList first_line(item, ", ");
    first_line.text(funding.title, style::kItemTitle);
    if (!funding.type.empty() && funding.type != "grant") first_line.text(funding_kind_text(funding.type, cv.language));
    first_line.link(organization_url(funding.funder), funding.funder.name, style::kLink);
    first_line.text(funding.funder.department);
    first_line.text(place_text(funding.funder));
    add_right_aligned_date(item, display_range(funding.start, funding.end, {}, cv.language));
    add_text_line(item, funding.role, style::kNote);
    std::string amount = funding.amount.empty() ? "" : funding.currency + "\u00a0" + funding.amount;
    std::string number =
        funding.number.empty() ? "" : fill_label(label(cv.language, "grant_number"), {{"number", funding.number}});
    add_text_line(item, join_nonempty({number, amount}, ", "));
    add_links_line(item, {funding.url});
    add_text_line(item, funding.summary);
    out.push_back(std::move(item));
  }
}

void add_talks(const Cv& cv, Paragraphs& out) {
  for (const Talk& talk : cv.talks) {
    Paragraph item = bulleted(style::kItem);
    SeparatedList first_line(item, ", ");
    // The event heads the item when there is one, as talks are listed by where they were given.
    first_line.text(talk.event.empty() ? talk.title : talk.event, style::kItemTitle);
    first_line.link(organization_url(talk.host), talk.host.name, style::kLink);
    first_line.text(talk.host.department);
    first_line.text(place_text(talk.host));
    first_line.text(address_text(talk.location));
    add_right_aligned_date(item, display_range(talk.date, {}, talk.date_label, cv.language));
    if (!talk.event.empty()) add_text_line(item, talk.title, style::kNote);
    add_links_line(item, {talk.url});
    add_text_line(item, talk.summary);
    out.push_back(std::move(item));
  }
}

void add_software(const Cv& cv, Paragraphs& out) {
  for (const Software& software : cv.software) {
    Paragraph item = bulleted(style::kItem);
    item.text(software.name, style::kItemTitle);
    if (!software.description.empty()) item.text(": ").text(software.description);
    add_right_aligned_date(item, display_date(software.date, cv.language));
    add_links_line(item, {software.doi.empty() ? "" : doi_url(software.doi), software.url});
    out.push_back(std::move(item));
  }
}

void add_media(const Cv& cv, Paragraphs& out) {
  for (const MediaFeature& feature : cv.media) {
    Paragraph item = bulleted(style::kItem);
    SeparatedList first_line(item, ", ");
    first_line.text(feature.title, style::kItemTitle);
    first_line.text(feature.outlet, style::kVenue);
    add_right_aligned_date(item, display_range(feature.date, {}, feature.date_label, cv.language));
    add_links_line(item, {feature.url});
    out.push_back(std::move(item));
  }
}

void add_service(const Cv& cv, Paragraphs& out) {
  for (const Service& service : cv.service) {
    Paragraph item = bulleted(style::kItem);
    SeparatedList first_line(item, ", ");
    first_line.text(service.role, style::kItemTitle);
    first_line.text(service.venue);
    first_line.link(organization_url(service.organization), service.organization.name,
                    style::kLink);
    first_line.text(service.organization.department);
    first_line.text(place_text(service.organization));
    add_right_aligned_date(item, display_range(service.start, service.end, service.date_label, cv.language));
    add_links_line(item, {service.url});
    out.push_back(std::move(item));
  }
}

void add_skills(const Cv& cv, Paragraphs& out) {
  for (const Skill& skill : cv.skills) {
    Paragraph item = bulleted(style::kItem);
    item.text(skill.name, style::kItemTitle);
    if (!skill.level.empty()) item.text(" (" + skill.level + ")");
    if (!skill.keywords.empty()) item.text(": " + join_nonempty(skill.keywords, ", "));
    out.push_back(std::move(item));
  }
}

void add_languages(const Cv& cv, Paragraphs& out) {
  for (const Language& language : cv.languages) {
    Paragraph item = bulleted(style::kItem);
    item.text(language.language, style::kItemTitle);
    if (!language.fluency.empty()) item.text(": " + language.fluency);
    out.push_back(std::move(item));
  }
}

void add_interests(const Cv& cv, Paragraphs& out) {
  for (const Interest& interest : cv.interests) {
    Paragraph item = bulleted(style::kItem);
    item.text(interest.name, style::kItemTitle);
    if (!interest.keywords.empty()) item.text(": " + join_nonempty(interest.keywords, ", "));
    out.push_back(std::move(item));
  }
}

void add_certificates(const Cv& cv, Paragraphs& out) {
  for (const Certificate& certificate : cv.certificates) {
    Paragraph item = bulleted(style::kItem);
    SeparatedList first_line(item, ", ");
    first_line.text(certificate.name, style::kItemTitle);
    first_line.text(certificate.issuer);
    add_right_aligned_date(item, display_date(certificate.date, cv.language));
    add_links_line(item, {certificate.url});
    out.push_back(std::move(item));
  }
}

void add_references(const Cv& cv, Paragraphs& out) {
  for (const Reference& reference : cv.references) {
    Paragraph item = bulleted(style::kItem);
    item.text(reference.name, style::kItemTitle);
    add_text_line(item, reference.reference, style::kNote);
    out.push_back(std::move(item));
  }
}

} // namespace cvport::docx
