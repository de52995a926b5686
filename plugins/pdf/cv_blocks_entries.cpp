// Sections of dated entries (education, work, projects, volunteering, custom sections): a bold
// title line with the dates in the date column, then detail lines and bullets.
#include "cv_blocks.hpp"
#include "cvport/date_text.hpp"
#include "cvport/language.hpp"

namespace cvport::pdf {
namespace {

constexpr std::string_view kListSeparator = "; ";

Block title_line(std::string date) {
  Block title(BlockKind::entry_title);
  title.date = std::move(date);
  return title;
}

// "Organisation, Department, City, Region, CC", the name linked to its web site or ROR record.
void add_organization(Pieces& pieces, const Organization& organization) {
  pieces.link(organization_url(organization), organization.name);
  pieces.text(organization.department, RunStyle::muted);
  pieces.text(place_text(organization), RunStyle::muted);
}

Block detail(std::string_view text, RunStyle style = RunStyle::plain) {
  return Block(BlockKind::detail).text(text, style);
}

Block labelled(std::string_view label, std::string_view text) {
  Block line(BlockKind::detail);
  if (!text.empty()) line.text(std::string(label) + ": ", RunStyle::label).text(text);
  return line;
}

Block url_line(std::string_view url) { return Block(BlockKind::detail).link(url, url); }

void add_paragraphs(Entry& entry, std::string_view text) {
  for (Block& paragraph : paragraphs(text, BlockKind::detail)) entry.add(std::move(paragraph));
}

void add_bullets(Entry& entry, const std::vector<std::string>& items) {
  for (const std::string& item : items) entry.add(Block(BlockKind::bullet).text(item));
}

std::string degree_text(const Education& education, std::string_view language) {
  return join_nonempty({degree_in_field(education.degree, education.field, language), education.score}, ", ");
}

Block teaching_line(const TeachingRole& teaching, std::string_view language) {
  Block line(BlockKind::detail);
  line.text(teaching.course.empty() ? teaching.role : teaching.role + ": ", RunStyle::label);
  line.text(join_nonempty({teaching.course, display_range(teaching.start, teaching.end, teaching.date_label, language)}, ", "));
  return line;
}

} // namespace

void add_education(const Cv& cv, Section& section) {
  const std::string& language = cv.language;
  for (const Education& education : cv.education) {
    Entry entry;
    Block title = title_line(display_range(education.start, education.end, education.date_label, language));
    Pieces pieces(title, ", ");
    add_organization(pieces, education.institution);
    entry.add(std::move(title));
    entry.add(detail(degree_text(education, language)));
    entry.add(labelled(label(language, "advisor"), education.advisor));
    entry.add(labelled(label(language, "interests"), join_nonempty(education.interests, kListSeparator)));
    entry.add(labelled(label(language, "focus"), join_nonempty(education.focus, kListSeparator)));
    entry.add(labelled(label(language, "courses"), join_nonempty(education.courses, kListSeparator)));
    entry.add(labelled(label(language, "honors"), join_nonempty(education.honors, kListSeparator)));
    for (const TeachingRole& teaching : education.teaching) entry.add(teaching_line(teaching, language));
    add_paragraphs(entry, education.summary);
    entry.add(url_line(education.url));
    section.entries.push_back(std::move(entry));
  }
}

void add_work(const Cv& cv, Section& section) {
  const std::string& language = cv.language;
  for (const Work& work : cv.work) {
    Entry entry;
    Block title = title_line(display_range(work.start, work.end, work.date_label, language));
    Pieces pieces(title, ", ");
    pieces.text(work.position);
    add_organization(pieces, work.organization);
    entry.add(std::move(title));
    add_paragraphs(entry, work.description); // what the employer does, before the role's summary
    add_paragraphs(entry, work.summary);
    add_bullets(entry, work.highlights);
    entry.add(url_line(work.url));
    section.entries.push_back(std::move(entry));
  }
}

void add_projects(const Cv& cv, Section& section) {
  const std::string& language = cv.language;
  for (const Project& project : cv.projects) {
    Entry entry;
    Block title = title_line(display_range(project.start, project.end, "", language));
    Pieces pieces(title, ", ");
    pieces.text(project.name);
    pieces.text(project.entity, RunStyle::muted);
    entry.add(std::move(title));
    add_paragraphs(entry, project.description);
    entry.add(labelled(label(language, "roles"), join_nonempty(project.roles, ", ")));
    entry.add(labelled(label(language, "type"), project.type));
    entry.add(labelled(label(language, "keywords"), join_nonempty(project.keywords, ", ")));
    add_bullets(entry, project.highlights);
    entry.add(url_line(project.url));
    section.entries.push_back(std::move(entry));
  }
}

void add_volunteer(const Cv& cv, Section& section) {
  const std::string& language = cv.language;
  for (const Volunteer& volunteer : cv.volunteer) {
    Entry entry;
    Block title = title_line(display_range(volunteer.start, volunteer.end, "", language));
    Pieces pieces(title, ", ");
    pieces.text(volunteer.position);
    add_organization(pieces, volunteer.organization);
    entry.add(std::move(title));
    add_paragraphs(entry, volunteer.summary);
    add_bullets(entry, volunteer.highlights);
    entry.add(url_line(volunteer.url));
    section.entries.push_back(std::move(entry));
  }
}

void add_custom_entries(const CustomSection& custom, std::string_view language, Section& section) {
  for (const CustomEntry& item : custom.entries) {
    Entry entry;
    // An entry may carry a single date, a range, or (rarely) both: show what it has.
    Block title = title_line(
        item.date_label.empty()
            ? join_nonempty({display_date(item.date, language), display_range(item.start, item.end, "", language)}, "; ")
            : item.date_label);
    Pieces pieces(title, ", ");
    pieces.text(item.title);
    pieces.text(item.location, RunStyle::muted);
    entry.add(std::move(title));
    entry.add(detail(item.subtitle, RunStyle::emphasis));
    add_paragraphs(entry, item.summary);
    add_bullets(entry, item.highlights);
    entry.add(url_line(item.url));
    section.entries.push_back(std::move(entry));
  }
}

} // namespace cvport::pdf
