// Sections of dated entries (education, work, projects, volunteering, custom sections): each
// entry opens with a CV Entry Title line (a Heading 3, so it shows in the navigation pane)
// with the dates in the date column beside it, followed by detail lines and bullets.
#include "cv_layout_sections.hpp"
#include "cvport/date_text.hpp"
#include "layout_text.hpp"
#include "style_ids.hpp"

namespace cvport::docx {
namespace {

constexpr std::string_view kListSeparator = "; ";

// "Organisation, Department, City, Region, CC" with the name linked to its web site or ROR
// record; the name carries the paragraph's weight, the rest is in CV Entry Place.
void add_organization(SeparatedList& pieces, const Organization& organization) {
  pieces.link(organization_url(organization), organization.name, style::kLink);
  pieces.text(organization.department, style::kEntryPlace);
  pieces.text(place_text(organization), style::kEntryPlace);
}

void add_bullets(const std::vector<std::string>& items, Paragraphs& out) {
  for (const std::string& item : items) out.push_back(bulleted(style::kBullet).text(item));
}

void add_details(std::string_view text, Paragraphs& out) { add_paragraphs(out, style::kEntryDetails, text); }

Paragraph url_line(std::string_view url) {
  Paragraph line(style::kEntryDetails);
  line.link(url, url, style::kLink);
  return line;
}

// "Ph.D. in Computer Engineering, GPA 4.0/4.0".
std::string degree_text(const Education& education, std::string_view language) {
  return join_nonempty({degree_in_field(education.degree, education.field, language), education.score}, ", ");
}

// "Graduate Teaching Assistant: Introduction to Automatic Control, Fall 2016".
Paragraph teaching_line(const TeachingRole& teaching, std::string_view language) {
  Paragraph line(style::kEntryDetails);
  line.text(teaching.course.empty() ? teaching.role : teaching.role + ": ", style::kLabel);
  line.text(join_nonempty(
      {teaching.course, display_range(teaching.start, teaching.end, teaching.date_label, language)}, ", "));
  return line;
}

} // namespace

void add_education(const Cv& cv, Paragraphs& out) {
  const std::string& language = cv.language;
  for (const Education& education : cv.education) {
    Paragraph title(style::kEntryTitle);
    SeparatedList pieces(title, ", ");
    add_organization(pieces, education.institution);
    title.dated(display_range(education.start, education.end, education.date_label, language));
    out.push_back(std::move(title));
    out.push_back(Paragraph(style::kEntryDetails).text(degree_text(education, language)));
    out.push_back(labelled_line(style::kEntryDetails, label(language, "advisor"), education.advisor));
    out.push_back(labelled_line(style::kEntryDetails, label(language, "interests"),
                                join_nonempty(education.interests, kListSeparator)));
    out.push_back(labelled_line(style::kEntryDetails, label(language, "focus"),
                                join_nonempty(education.focus, kListSeparator)));
    out.push_back(labelled_line(style::kEntryDetails, label(language, "courses"),
                                join_nonempty(education.courses, kListSeparator)));
    out.push_back(labelled_line(style::kEntryDetails, label(language, "honors"),
                                join_nonempty(education.honors, kListSeparator)));
    for (const TeachingRole& teaching : education.teaching) out.push_back(teaching_line(teaching, language));
    add_details(education.summary, out);
    out.push_back(url_line(education.url));
  }
}

void add_work(const Cv& cv, Paragraphs& out) {
  const std::string& language = cv.language;
  for (const Work& work : cv.work) {
    Paragraph title(style::kEntryTitle);
    SeparatedList pieces(title, ", ");
    pieces.text(work.position);
    add_organization(pieces, work.organization);
    title.dated(display_range(work.start, work.end, work.date_label, language));
    out.push_back(std::move(title));
    add_details(work.description, out); // what the employer does, before the role's summary
    add_details(work.summary, out);
    add_bullets(work.highlights, out);
    out.push_back(url_line(work.url));
  }
}

void add_projects(const Cv& cv, Paragraphs& out) {
  const std::string& language = cv.language;
  for (const Project& project : cv.projects) {
    Paragraph title(style::kEntryTitle);
    SeparatedList pieces(title, ", ");
    pieces.text(project.name);
    pieces.text(project.entity, style::kEntryPlace);
    title.dated(display_range(project.start, project.end, "", language));
    out.push_back(std::move(title));
    add_details(project.description, out);
    out.push_back(labelled_line(style::kEntryDetails, label(language, "roles"), join_nonempty(project.roles, ", ")));
    out.push_back(labelled_line(style::kEntryDetails, label(language, "type"), project.type));
    out.push_back(
        labelled_line(style::kEntryDetails, label(language, "keywords"), join_nonempty(project.keywords, ", ")));
    add_bullets(project.highlights, out);
    out.push_back(url_line(project.url));
  }
}

void add_volunteer(const Cv& cv, Paragraphs& out) {
  const std::string& language = cv.language;
  for (const Volunteer& volunteer : cv.volunteer) {
    Paragraph title(style::kEntryTitle);
    SeparatedList pieces(title, ", ");
    pieces.text(volunteer.position);
    add_organization(pieces, volunteer.organization);
    title.dated(display_range(volunteer.start, volunteer.end, "", language));
    out.push_back(std::move(title));
    add_details(volunteer.summary, out);
    add_bullets(volunteer.highlights, out);
    out.push_back(url_line(volunteer.url));
  }
}

void add_custom_entries(const CustomSection& section, std::string_view language, Paragraphs& out) {
  for (const CustomEntry& entry : section.entries) {
    Paragraph title(style::kEntryTitle);
    SeparatedList pieces(title, ", ");
    pieces.text(entry.title);
    pieces.text(entry.location, style::kEntryPlace);
    // An entry may carry a single date, a range, or (rarely) both: show what it has.
    std::string dates =
        entry.date_label.empty()
            ? join_nonempty({display_date(entry.date, language), display_range(entry.start, entry.end, "", language)},
                            "; ")
            : entry.date_label;
    title.dated(dates);
    out.push_back(std::move(title));
    out.push_back(Paragraph(style::kEntryDetails).text(entry.subtitle, style::kNote));
    add_details(entry.summary, out);
    add_bullets(entry.highlights, out);
    out.push_back(url_line(entry.url));
  }
}

} // namespace cvport::docx
