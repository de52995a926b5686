#include "markdown_writer.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "cvport/date_text.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/language.hpp"
#include "cvport/render.hpp"
#include "cvport/sections.hpp"
#include "cvport/text.hpp"
#include "markdown_blocks.hpp"
#include "markdown_escape.hpp"
#include "markdown_options.hpp"

namespace cvport::markdown {
namespace {

// Between the fields of an entry's first line. The space before the dot is glued, so no line
// starts with a dot.
const std::string kSeparator = std::string(1, kGlue) + "\u00B7 ";

std::string indexed(std::string_view base, size_t index) {
  return std::string(base) + "[" + std::to_string(index) + "]";
}
std::string member(std::string_view base, std::string_view name) {
  return std::string(base) + "." + std::string(name);
}

// The non-empty parts joined: the SDK's join_nonempty, over Markdown inlines.
Inline join(const std::vector<Inline>& parts, std::string_view separator) { return join_nonempty(parts, separator); }

Inline strong(const Inline& text) { return text.empty() ? text : "**" + text + "**"; }
Inline emphasis(const Inline& text) { return text.empty() ? text : "*" + text + "*"; }
Inline labelled(std::string_view label, const Inline& text) {
  return text.empty() ? text : std::string(label) + ": " + text;
}
Inline as_sentence(const Inline& text) {
  if (text.empty() || std::string_view(".?!").find(text.back()) != std::string_view::npos) return text;
  return text + ".";
}

// The kind of a publication as the first word of its venue line ("Conference paper in *SC*"), in
// the CV's language; "other" says nothing, an unknown kind is shown as written.
std::string_view publication_type_label(std::string_view type, std::string_view language) {
  if (type == "other") return "";
  if (type == "patent") return label(language, "patent");
  std::string_view translated = label(language, "type." + std::string(type));
  return translated.empty() ? type : translated;
}

std::string_view funding_type_label(std::string_view type, std::string_view language) {
  std::string_view translated = label(language, "funding." + std::string(type));
  return translated.empty() ? type : translated;
}

// "published" or absent says nothing; an unknown status is shown as written.
std::string_view publication_status_label(std::string_view status, std::string_view language) {
  if (status == "published") return "";
  std::string_view translated = label(language, "status." + std::string(status));
  return translated.empty() ? status : translated;
}

// A label with its spaces glued, so a line never breaks inside "No. 5" or "et al.".
std::string glued(std::string text) {
  for (std::string_view space : {"\u00a0", " "})
    for (std::size_t at = text.find(space); at != std::string::npos; at = text.find(space, at + 1))
      text.replace(at, space.size(), 1, kGlue);
  return text;
}

// Whether a service role already says its kind ("Reviewer" is a "reviewer"), so that printing
// the kind would only repeat it. "other" says nothing and is never printed.
bool role_names_kind(std::string_view role, std::string_view kind) {
  static constexpr std::pair<std::string_view, std::string_view> stems[] = {{"reviewer", "review"},
                                                                            {"committee", "committee"},
                                                                            {"editor", "edit"},
                                                                            {"organizer", "organi"},
                                                                            {"other", ""}};
  for (const auto& [id, stem] : stems)
    if (id == kind) return lower_ascii(std::string(role)).find(stem) != std::string::npos;
  return false;
}

class CvWriter {
public:
  CvWriter(const Cv& cv, const Options& options, sdk::Diagnostics& diagnostics)
      : cv_(cv), options_(options), diagnostics_(diagnostics), document_(options.line_width) {}

  std::string write();

private:
  // ---- labels in the CV's language ----
  std::string_view tr(std::string_view key) const { return label(cv_.language, key); }
  Inline labelled_key(std::string_view key, const Inline& text) const { return labelled(tr(key), text); }

  // ---- user text ----
  std::string clean(std::string_view raw, const std::string& path);
  Inline text(std::string_view raw, const std::string& path) { return escape_text(clean(raw, path)); }
  Inline list_text(const std::vector<std::string>& items, const std::string& path,
                   std::string_view separator);
  Segments paragraphs(std::string_view raw, const std::string& path);
  Inline dates(const Date& start, const Date& end, std::string_view label, const std::string& path);
  Inline web_link(std::string_view url, const std::string& path);
  Inline doi_link(std::string_view doi, const std::string& path);
  Inline publication_links(const Publication& entry, const std::string& path);
  Inline organization(const Organization& organization, const std::string& path);
  Inline location(const Location& location, const std::string& path);
  std::vector<ListItem> bullets(const std::vector<std::string>& items, const std::string& path);
  void report_once(std::string_view code, const std::string& path, const std::string& message);

  // ---- document structure ----
  void heading(int level, Inline text, const std::string& path);
  void write_person();
  void write_section(std::string_view title, const std::string& title_path, std::string_view intro,
                     const std::string& intro_path, const std::vector<ListItem>& items,
                     bool numbered = false);
  void write_standard_section(const CvSection& section);
  std::string front_matter() const;
  void write_custom_section(size_t index);

  // ---- entries ----
  ListItem education(const Education& entry, const std::string& path);
  ListItem work(const Work& entry, const std::string& path);
  ListItem award(const Award& entry, const std::string& path);
  ListItem funding(const Funding& entry, const std::string& path);
  ListItem talk(const Talk& entry, const std::string& path);
  ListItem publication(const Publication& entry, const std::string& path);
  ListItem software(const Software& entry, const std::string& path);
  ListItem media(const MediaFeature& entry, const std::string& path);
  ListItem service(const Service& entry, const std::string& path);
  ListItem skill(const Skill& entry, const std::string& path);
  ListItem language(const Language& entry, const std::string& path);
  ListItem interest(const Interest& entry, const std::string& path);
  ListItem reference(const Reference& entry, const std::string& path);
  ListItem project(const Project& entry, const std::string& path);
  ListItem volunteer(const Volunteer& entry, const std::string& path);
  ListItem certificate(const Certificate& entry, const std::string& path);
  ListItem custom_entry(const CustomEntry& entry, const std::string& path);
  Inline award_for(const Award& entry, const std::string& path);

  template <class Entry>
  std::vector<ListItem> items(const std::vector<Entry>& entries, std::string_view path,
                              ListItem (CvWriter::*render)(const Entry&, const std::string&)) {
    std::vector<ListItem> result;
    for (size_t i = 0; i < entries.size(); ++i) {
      ListItem item = (this->*render)(entries[i], indexed(path, i));
      std::erase(item.segments, Inline()); // fields left empty make no line
      if (!item.segments.empty() || !item.children.empty()) result.push_back(std::move(item));
    }
    return result;
  }

  const Cv& cv_;
  const Options& options_;
  sdk::Diagnostics& diagnostics_;
  Document document_;
  std::set<std::string> reported_; // "code path" pairs already reported
  std::set<std::string> headings_; // headings written, to keep them unique (MD024)
};

// ---- user text ---------------------------------------------------------------------------------

void CvWriter::report_once(std::string_view code, const std::string& path, const std::string& message) {
  if (reported_.insert(std::string(code) + " " + path).second) diagnostics_.warning(code, path, message);
}

// Model text is valid UTF-8 without control characters (the host guarantees it, cvport_plugin.h);
// CommonMark only needs its line ends as "\n".
std::string CvWriter::clean(std::string_view raw, const std::string&) { return unix_line_ends(raw); }

Inline CvWriter::list_text(const std::vector<std::string>& items, const std::string& path,
                           std::string_view separator) {
  std::vector<Inline> parts;
  for (size_t i = 0; i < items.size(); ++i) parts.push_back(text(items[i], indexed(path, i)));
  return join(parts, separator);
}

Segments CvWriter::paragraphs(std::string_view raw, const std::string& path) {
  Segments segments;
  for (const std::string& paragraph : split_paragraphs(clean(raw, path))) {
    Inline escaped = escape_text(paragraph);
    if (!escaped.empty()) segments.push_back(std::move(escaped));
  }
  return segments;
}

// Dates stay on one line: their spaces are glued.
Inline CvWriter::dates(const Date& start, const Date& end, std::string_view label, const std::string& path) {
  Inline text = escape_text(display_range(start, end, clean(label, path), cv_.language));
  std::replace(text.begin(), text.end(), ' ', kGlue);
  return text;
}

Inline CvWriter::web_link(std::string_view url, const std::string& path) {
  std::string cleaned = clean(url, path);
  return cleaned.empty() ? Inline() : url_link(cleaned);
}

Inline CvWriter::doi_link(std::string_view doi, const std::string& path) {
  std::string bare(strip_doi_prefix(clean(doi, path)));
  return bare.empty() ? Inline() : "DOI " + link(bare, doi_url(bare));
}

// DOI, arXiv and PubMed as "DOI [10.x/y](https://doi.org/10.x/y)", the id as the text and its
// page as the target; then the paper's own link, unless it is one of those pages.
Inline CvWriter::publication_links(const Publication& entry, const std::string& path) {
  std::vector<Inline> pieces;
  for (const PublicationLink& found : cvport::publication_links(entry)) {
    std::string field_path = member(path, std::string(found.field));
    if (found.field == "doi") pieces.push_back(doi_link(entry.doi, field_path));
    else if (found.field == "url") pieces.push_back(web_link(found.url, field_path));
    else {
      std::string id = clean(found.id, field_path);
      Inline shown = found.url.empty() ? escape_text(id) : link(id, found.url);
      pieces.push_back((found.field == "arxiv" ? "arXiv " : "PMID ") + shown);
    }
  }
  return join(pieces, kSeparator);
}

Inline CvWriter::organization(const Organization& org, const std::string& path) {
  std::string name = clean(org.name, member(path, "name"));
  std::string url = clean(org.url, member(path, "url"));
  Inline name_markdown = url.empty() ? escape_text(name) : name.empty() ? url_link(url) : link(name, url);
  Inline text_markdown = join({text(org.department, member(path, "department")), name_markdown,
                               text(org.city, member(path, "city")), text(org.region, member(path, "region")),
                               text(org.country, member(path, "country"))},
                              ", ");
  // The registry ids, each a link to its record where the registry has public pages.
  std::string ror = ror_url(org.ror);
  std::string fundref = doi_url(org.fundref);
  std::string lei = clean(org.lei, member(path, "lei"));
  Inline ids = join({ror.empty() ? Inline() : link("ROR", ror),
                     labelled("Ringgold", text(org.ringgold, member(path, "ringgold"))),
                     labelled("GRID", text(org.grid, member(path, "grid"))),
                     fundref.empty() ? Inline() : link("Funder ID", fundref),
                     lei.empty() ? Inline() : link("LEI", "https://search.gleif.org/#/record/" + lei)},
                    kSeparator);
  if (!ids.empty()) text_markdown = join({text_markdown, "(" + ids + ")"}, " ");
  return text_markdown;
}

Inline CvWriter::location(const Location& loc, const std::string& path) {
  return text(address_text(loc), path);
}

std::vector<ListItem> CvWriter::bullets(const std::vector<std::string>& items, const std::string& path) {
  std::vector<ListItem> result;
  for (size_t i = 0; i < items.size(); ++i) {
    Segments segments = paragraphs(items[i], indexed(path, i));
    if (!segments.empty()) result.push_back({std::move(segments), {}});
  }
  return result;
}

// ---- document structure ------------------------------------------------------------------------

void CvWriter::heading(int level, Inline text, const std::string& path) {
  if (text.empty()) text = escape_text(tr(level == 1 ? "curriculum_vitae" : "untitled_section"));
  if (!headings_.insert(text).second) {
    // markdownlint's MD024 wants every heading distinct, and so do anchors on GitHub.
    int number = 2;
    while (!headings_.insert(text + " (" + std::to_string(number) + ")").second) ++number;
    Inline unique = text + " (" + std::to_string(number) + ")";
    diagnostics_.note("markdown.duplicate-heading", path,
                      "the heading \"" + text + "\" is used before, so this one is written \"" + unique +
                          "\"; give the sections distinct titles to avoid the number.");
    text = unique;
  }
  std::string line = std::string(size_t(level), '#') + " " + text;
  if (!fits_line(line, options_.line_width))
    report_once("markdown.long-heading", path,
                "the heading is longer than the line width (" + std::to_string(options_.line_width) +
                    ") and Markdown cannot wrap a heading, so markdownlint's MD013 will report it; "
                    "shorten the title.");
  document_.heading(level, text);
}

void CvWriter::write_person() {
  const Person& person = cv_.person;
  std::string name = clean(person.name, "person.name");
  heading(1, heading_text(name), "person.name");

  std::string image = clean(person.image, "person.image");
  if (!image.empty())
    document_.paragraph({"![" + escape_link_text(fill_label(tr("photo_of"), {{"name", name}})) + "](" +
                         link_destination(image) + ")"});
  document_.paragraph({text(person.headline, "person.headline")});

  std::vector<Inline> contact;
  std::string email = clean(person.email, "person.email");
  if (!email.empty()) contact.push_back(email_link(email));
  contact.push_back(text(person.phone, "person.phone"));
  contact.push_back(web_link(person.url, "person.url"));
  contact.push_back(location(person.location, "person.location"));
  for (size_t i = 0; i < person.profiles.size(); ++i) {
    const Profile& profile = person.profiles[i];
    std::string path = indexed("person.profiles", i);
    Inline network = text(profile.network, member(path, "network"));
    std::string username = clean(profile.username, member(path, "username"));
    std::string url = clean(profile.url, member(path, "url"));
    if (url.empty())
      contact.push_back(join({network, escape_text(username)}, " "));
    else if (username.empty())
      contact.push_back(link(clean(profile.network, member(path, "network")), url));
    else
      contact.push_back(join({network, link(username, url)}, " "));
  }
  std::string orcid = clean(person.orcid, "person.orcid");
  if (!orcid.empty()) contact.push_back("ORCID " + link(orcid, "https://orcid.org/" + orcid));
  document_.paragraph({join(contact, kSeparator)});

  document_.paragraph(
      {labelled_key("also_published_as", list_text(person.name_variants, "person.name_variants", "; "))});
  for (Inline& paragraph : paragraphs(person.summary, "person.summary")) document_.paragraph({paragraph});
}

void CvWriter::write_section(std::string_view title, const std::string& title_path, std::string_view intro,
                             const std::string& intro_path, const std::vector<ListItem>& items,
                             bool numbered) {
  Segments intro_paragraphs = paragraphs(intro, intro_path);
  if (items.empty() && intro_paragraphs.empty()) return;
  heading(2, heading_text(title), title_path);
  for (const Inline& paragraph : intro_paragraphs) document_.paragraph({paragraph});
  if (numbered)
    document_.numbered_list(items);
  else
    document_.bullet_list(items);
}

void CvWriter::write_standard_section(const CvSection& section) {
  std::string_view id = section.id;
  auto write = [&](std::vector<ListItem> entries, bool numbered = false) {
    write_section(section.title, section.path, section_intro(cv_, section), "intros." + section.path, entries,
                  numbered);
  };
  if (id == "education") write(items(cv_.education, id, &CvWriter::education));
  if (id == "work") write(items(cv_.work, id, &CvWriter::work));
  if (id == "awards") write(items(cv_.awards, id, &CvWriter::award));
  if (id == "funding") write(items(cv_.funding, id, &CvWriter::funding));
  if (id == "talks") write(items(cv_.talks, id, &CvWriter::talk));
  if (id == "publications") write(items(cv_.publications, id, &CvWriter::publication), true);
  if (id == "software") write(items(cv_.software, id, &CvWriter::software));
  if (id == "media") write(items(cv_.media, id, &CvWriter::media));
  if (id == "service") write(items(cv_.service, id, &CvWriter::service));
  if (id == "skills") write(items(cv_.skills, id, &CvWriter::skill));
  if (id == "languages") write(items(cv_.languages, id, &CvWriter::language));
  if (id == "interests") write(items(cv_.interests, id, &CvWriter::interest));
  if (id == "projects") write(items(cv_.projects, id, &CvWriter::project));
  if (id == "volunteer") write(items(cv_.volunteer, id, &CvWriter::volunteer));
  if (id == "certificates") write(items(cv_.certificates, id, &CvWriter::certificate));
  if (id == "references") write(items(cv_.references, id, &CvWriter::reference));
}

void CvWriter::write_custom_section(size_t index) {
  const CustomSection& section = cv_.sections[index];
  std::string path = indexed("sections", index);
  std::string title = clean(section.title, member(path, "title"));
  write_section(title, member(path, "title"), section.intro, member(path, "intro"),
                items(section.entries, member(path, "entries"), &CvWriter::custom_entry));
}

// The metadata block pandoc reads (its manual, "Metadata blocks" and the variables pagetitle, lang
// and dir) and Jekyll and Hugo take as front matter. pagetitle, not title: pandoc would print a
// title as a second heading over the name's, and markdownlint counts it as one (MD025). The
// value is a YAML double-quoted scalar, which JSON's string syntax is.
std::string CvWriter::front_matter() const {
  std::string language = cv_.language.empty() ? std::string(kDefaultLanguage) : cv_.language;
  return "---\npagetitle: " + Json(cv_.person.name).dump() + "\nlang: " + language +
         "\ndir: " + (is_right_to_left(language) ? "rtl" : "ltr") + "\n---\n\n";
}

std::string CvWriter::write() {
  write_person();
  SectionChoice choice = choose_sections(cv_, options_.sections);
  report_section_choice(choice, diagnostics_, "markdown");
  for (const CvSection& section : choice.sections) {
    if (section.kind == SectionKind::custom)
      write_custom_section(section.custom_index);
    else
      write_standard_section(section);
  }
  return options_.front_matter ? front_matter() + document_.text() : document_.text();
}

// ---- entries -----------------------------------------------------------------------------------

ListItem CvWriter::education(const Education& entry, const std::string& path) {
  ListItem item;
  Inline degree_text = text(entry.degree, member(path, "degree"));
  Inline field_text = text(entry.field, member(path, "field"));
  Inline degree = degree_in_field(degree_text, field_text, cv_.language);
  item.segments.push_back(join({strong(degree), organization(entry.institution, member(path, "institution")),
                                dates(entry.start, entry.end, entry.date_label, member(path, "date_label")),
                                web_link(entry.url, member(path, "url"))},
                               kSeparator));
  for (Inline& paragraph : paragraphs(entry.summary, member(path, "summary")))
    item.segments.push_back(paragraph);

  std::vector<Inline> details = {
      labelled_key("grade", text(entry.score, member(path, "score"))),
      labelled_key("advisor", text(entry.advisor, member(path, "advisor"))),
      labelled_key("research_interests", list_text(entry.interests, member(path, "interests"), "; ")),
      labelled_key("focus", list_text(entry.focus, member(path, "focus"), "; ")),
      labelled_key("courses", list_text(entry.courses, member(path, "courses"), "; "))};
  for (size_t i = 0; i < entry.teaching.size(); ++i) {
    const TeachingRole& role = entry.teaching[i];
    std::string role_path = indexed(member(path, "teaching"), i);
    Inline what = join(
        {text(role.role, member(role_path, "role")), text(role.course, member(role_path, "course"))}, ": ");
    details.push_back(join(
        {what, dates(role.start, role.end, role.date_label, member(role_path, "date_label"))}, kSeparator));
  }
  details.push_back(labelled_key("honors", list_text(entry.honors, member(path, "honors"), "; ")));
  for (Inline& detail : details)
    if (!detail.empty()) item.children.push_back({{std::move(detail)}, {}});
  return item;
}

ListItem CvWriter::work(const Work& entry, const std::string& path) {
  ListItem item;
  item.segments.push_back(join({strong(text(entry.position, member(path, "position"))),
                                organization(entry.organization, member(path, "organization")),
                                dates(entry.start, entry.end, entry.date_label, member(path, "date_label")),
                                web_link(entry.url, member(path, "url"))},
                               kSeparator));
  // What the employer does, then what the role was.
  for (const char* field : {"description", "summary"})
    for (Inline& paragraph : paragraphs(field == std::string_view("description") ? entry.description : entry.summary,
                                        member(path, field)))
      item.segments.push_back(paragraph);
  item.children = bullets(entry.highlights, member(path, "highlights"));
  return item;
}

Inline CvWriter::award_for(const Award& entry, const std::string& path) {
  if (entry.for_publication.empty()) return {};
  for (size_t i = 0; i < cv_.publications.size(); ++i) {
    const Publication& publication = cv_.publications[i];
    if (publication.id != entry.for_publication) continue;
    Inline title = text(publication.title, member(indexed("publications", i), "title"));
    return fill_label(tr("award_for_capital"),
                      {{"title", title.empty() ? text(publication.id, member(path, "for")) : emphasis(title)}});
  }
  report_once("markdown.unknown-publication", member(path, "for"),
              "the award is for publication \"" + entry.for_publication +
                  "\", but no publication has that id, so the id is shown as written; set " +
                  member(path, "for") + " to the id of one of the publications.");
  return fill_label(tr("award_for_capital"), {{"title", text(entry.for_publication, member(path, "for"))}});
}

ListItem CvWriter::award(const Award& entry, const std::string& path) {
  ListItem item;
  item.segments.push_back(
      join({strong(text(entry.title, member(path, "title"))),
            organization(entry.awarder, member(path, "awarder")), text(entry.venue, member(path, "venue")),
            dates(entry.date, {}, entry.date_label, member(path, "date_label"))},
           kSeparator));
  item.segments.push_back(award_for(entry, path));
  for (Inline& paragraph : paragraphs(entry.summary, member(path, "summary")))
    item.segments.push_back(paragraph);
  return item;
}

// Title, funder, role, dates and link; then the grant number and amount; then the summary.
ListItem CvWriter::funding(const Funding& entry, const std::string& path) {
  ListItem item;
  std::string type = clean(entry.type, member(path, "type"));
  Inline title = strong(text(entry.title, member(path, "title")));
  if (!type.empty() && type != "grant") title = join({title, "(" + escape_text(funding_type_label(type, cv_.language)) + ")"}, " ");
  item.segments.push_back(join({title, organization(entry.funder, member(path, "funder")),
                                text(entry.role, member(path, "role")),
                                dates(entry.start, entry.end, {}, member(path, "start")),
                                web_link(entry.url, member(path, "url"))},
                               kSeparator));
  Inline number = text(entry.number, member(path, "number"));
  Inline amount = join({text(entry.currency, member(path, "currency")), text(entry.amount, member(path, "amount"))},
                       std::string(1, kGlue));
  item.segments.push_back(join({number.empty() ? number : glued(fill_label(tr("grant_number"), {{"number", number}})), amount}, kSeparator));
  for (Inline& paragraph : paragraphs(entry.summary, member(path, "summary")))
    item.segments.push_back(paragraph);
  return item;
}

ListItem CvWriter::talk(const Talk& entry, const std::string& path) {
  ListItem item;
  item.segments.push_back(join(
      {strong(text(entry.title, member(path, "title"))), text(entry.event, member(path, "event")),
       organization(entry.host, member(path, "host")), location(entry.location, member(path, "location")),
       dates(entry.date, {}, entry.date_label, member(path, "date_label")),
       web_link(entry.url, member(path, "url"))},
      kSeparator));
  for (Inline& paragraph : paragraphs(entry.summary, member(path, "summary")))
    item.segments.push_back(paragraph);
  return item;
}

// A citation in four lines: title; authors; type, venue and where in it; status, award, note
// and links.
ListItem CvWriter::publication(const Publication& entry, const std::string& path) {
  ListItem item;
  item.segments.push_back(as_sentence(text(entry.title, member(path, "title"))));

  Inline author_list;
  render_author_list(entry, cv_.language, [&](AuthorPart part, std::string_view piece, size_t) {
    // Names are user text, escaped; the SDK's label, separators and "et al." need no escaping.
    if (part == AuthorPart::owner_name) author_list += strong(escape_text(piece));
    else if (part == AuthorPart::name) author_list += escape_text(piece);
    // "et al." stays on one line: its space is glued.
    else if (part == AuthorPart::et_al) author_list += glued(std::string(piece));
    else author_list += piece;
  });
  bool patent = entry.type == "patent";
  item.segments.push_back(as_sentence(author_list));

  Inline venue_name = text(entry.venue.name, member(path, "venue.name"));
  Inline venue_short = text(entry.venue.short_name, member(path, "venue.short"));
  Inline venue = venue_name.empty()    ? emphasis(venue_short)
                 : venue_short.empty() ? emphasis(venue_name)
                                       : emphasis(venue_name) + " (" + venue_short + ")";
  Inline kind = escape_text(publication_type_label(clean(entry.type, member(path, "type")), cv_.language));
  Inline number = text(entry.number, member(path, "number"));
  if (patent) kind = join({kind, number}, " ");
  else if (!number.empty()) kind = join({kind, fill_label(tr("number_abbreviation"), {{"number", number}})}, " ");
  Inline volume = text(entry.volume, member(path, "volume"));
  Inline issue = text(entry.issue, member(path, "issue"));
  Inline pages = text(entry.pages, member(path, "pages"));
  bool page_range = entry.pages.find_first_of("-,\u2013") != std::string::npos;
  Inline where =
      join({kind.empty() || venue.empty() ? kind + venue : fill_label(tr("in_venue"), {{"kind", kind}, {"venue", venue}}),
            volume.empty() ? volume : fill_label(tr("volume_abbreviation"), {{"volume", volume}}),
            issue.empty() ? issue : fill_label(tr("number_abbreviation"), {{"number", issue}}),
            pages.empty() ? pages
                          : fill_label(tr(page_range ? "pages_abbreviation" : "page_abbreviation"), {{"pages", pages}}),
            text(entry.publisher, member(path, "publisher")),
            entry.isbn.empty() ? Inline() : "ISBN " + text(entry.isbn, member(path, "isbn")),
            escape_text(display_date(entry.date, cv_.language))},
           ", ");
  item.segments.push_back(as_sentence(where));

  item.segments.push_back(
      join({escape_text(publication_status_label(clean(entry.status, member(path, "status")), cv_.language)),
            emphasis(text(entry.award, member(path, "award"))), text(entry.note, member(path, "note")),
            publication_links(entry, path)},
           kSeparator));
  return item;
}

ListItem CvWriter::software(const Software& entry, const std::string& path) {
  Inline what = join(
      {strong(text(entry.name, member(path, "name"))), text(entry.description, member(path, "description"))},
      ": ");
  return {{join({what, escape_text(display_date(entry.date, cv_.language)), doi_link(entry.doi, member(path, "doi")),
                 web_link(entry.url, member(path, "url"))},
                kSeparator)},
          {}};
}

ListItem CvWriter::media(const MediaFeature& entry, const std::string& path) {
  return {{join({strong(text(entry.title, member(path, "title"))), text(entry.outlet, member(path, "outlet")),
                 dates(entry.date, {}, entry.date_label, member(path, "date_label")),
                 web_link(entry.url, member(path, "url"))},
                kSeparator)},
          {}};
}

ListItem CvWriter::service(const Service& entry, const std::string& path) {
  Inline role = strong(text(entry.role, member(path, "role")));
  std::string kind = clean(entry.kind, member(path, "kind"));
  if (!kind.empty() && !role_names_kind(entry.role, kind))
    role = join({role, "(" + escape_text(kind) + ")"}, " ");
  return {{join({role, text(entry.venue, member(path, "venue")),
                 organization(entry.organization, member(path, "organization")),
                 dates(entry.start, entry.end, entry.date_label, member(path, "date_label")),
                 web_link(entry.url, member(path, "url"))},
                kSeparator)},
          {}};
}

ListItem CvWriter::skill(const Skill& entry, const std::string& path) {
  Inline level = text(entry.level, member(path, "level"));
  Inline name =
      join({strong(text(entry.name, member(path, "name"))), level.empty() ? level : "(" + level + ")"}, " ");
  return {{join({name, list_text(entry.keywords, member(path, "keywords"), ", ")}, ": ")}, {}};
}

ListItem CvWriter::language(const Language& entry, const std::string& path) {
  return {{join({strong(text(entry.language, member(path, "language"))),
                 text(entry.fluency, member(path, "fluency"))},
                ": ")},
          {}};
}

ListItem CvWriter::interest(const Interest& entry, const std::string& path) {
  return {{join({strong(text(entry.name, member(path, "name"))),
                 list_text(entry.keywords, member(path, "keywords"), ", ")},
                ": ")},
          {}};
}

ListItem CvWriter::reference(const Reference& entry, const std::string& path) {
  ListItem item;
  item.segments.push_back(strong(text(entry.name, member(path, "name"))));
  for (Inline& paragraph : paragraphs(entry.reference, member(path, "reference")))
    item.segments.push_back(paragraph);
  return item;
}

ListItem CvWriter::project(const Project& entry, const std::string& path) {
  ListItem item;
  item.segments.push_back(
      join({strong(text(entry.name, member(path, "name"))), text(entry.entity, member(path, "entity")),
            text(entry.type, member(path, "type")), dates(entry.start, entry.end, {}, path),
            web_link(entry.url, member(path, "url"))},
           kSeparator));
  for (Inline& paragraph : paragraphs(entry.description, member(path, "description")))
    item.segments.push_back(paragraph);
  for (Inline detail : {labelled_key("roles", list_text(entry.roles, member(path, "roles"), ", ")),
                        labelled_key("keywords", list_text(entry.keywords, member(path, "keywords"), ", "))})
    if (!detail.empty()) item.children.push_back({{detail}, {}});
  for (ListItem& highlight : bullets(entry.highlights, member(path, "highlights")))
    item.children.push_back(highlight);
  return item;
}

ListItem CvWriter::volunteer(const Volunteer& entry, const std::string& path) {
  ListItem item;
  item.segments.push_back(
      join({strong(text(entry.position, member(path, "position"))),
            organization(entry.organization, member(path, "organization")),
            dates(entry.start, entry.end, {}, path), web_link(entry.url, member(path, "url"))},
           kSeparator));
  for (Inline& paragraph : paragraphs(entry.summary, member(path, "summary")))
    item.segments.push_back(paragraph);
  item.children = bullets(entry.highlights, member(path, "highlights"));
  return item;
}

ListItem CvWriter::certificate(const Certificate& entry, const std::string& path) {
  return {{join({strong(text(entry.name, member(path, "name"))), text(entry.issuer, member(path, "issuer")),
                 escape_text(display_date(entry.date, cv_.language)), web_link(entry.url, member(path, "url"))},
                kSeparator)},
          {}};
}

ListItem CvWriter::custom_entry(const CustomEntry& entry, const std::string& path) {
  // A single date stands in for a range; given with a range too, it is shown after it.
  bool has_range = !entry.start.empty() || !entry.end.empty();
  Inline when =
      dates(has_range ? entry.start : entry.date, entry.end, entry.date_label, member(path, "date_label"));
  if (has_range && entry.date_label.empty())
    when = join({when, escape_text(display_date(entry.date, cv_.language))}, kSeparator);
  ListItem item;
  item.segments.push_back(
      join({strong(text(entry.title, member(path, "title"))), text(entry.subtitle, member(path, "subtitle")),
            text(entry.location, member(path, "location")), when, web_link(entry.url, member(path, "url"))},
           kSeparator));
  for (Inline& paragraph : paragraphs(entry.summary, member(path, "summary")))
    item.segments.push_back(paragraph);
  item.children = bullets(entry.highlights, member(path, "highlights"));
  return item;
}

} // namespace

void write_markdown(sdk::ExportContext& context) {
  Options options = read_options(context.options);
  CvWriter writer(context.cv, options, context.diagnostics);
  context.output.primary().write(writer.write());
}

} // namespace cvport::markdown
