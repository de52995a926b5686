// The top of the CV: name, headline, contact lines and summary.
#include <string>

#include "cv_layout_sections.hpp"
#include "layout_text.hpp"
#include "style_ids.hpp"

namespace cvport::docx {
namespace {

constexpr std::string_view kContactSeparator = "  \u00b7  ";

// "scholar.google.com/citations?user=x": what a reader types, without the scheme.
std::string_view without_scheme(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"})
    if (url.substr(0, scheme.size()) == scheme) return url.substr(scheme.size());
  return url;
}

Paragraph address_line(const Person& person) {
  Paragraph line(style::kContact);
  SeparatedList pieces(line, kContactSeparator);
  pieces.text(address_text(person.location));
  pieces.text(person.phone);
  pieces.link(person.email.empty() ? "" : "mailto:" + person.email, person.email, style::kLink);
  return line;
}

// The web: home page, ORCID iD (shown as the full https URL, as ORCID asks), profiles.
Paragraph web_line(const Person& person) {
  Paragraph line(style::kContact);
  SeparatedList pieces(line, kContactSeparator);
  pieces.link(person.url, person.url, style::kLink);
  if (!person.orcid.empty()) {
    std::string orcid_url = "https://orcid.org/" + person.orcid;
    pieces.text("ORCID", style::kLabel);
    line.text(" ").link(orcid_url, orcid_url, style::kLink);
  }
  for (const Profile& profile : person.profiles) {
    std::string_view handle = !profile.username.empty() ? std::string_view(profile.username)
                                                        : without_scheme(profile.url);
    pieces.text(profile.network, style::kLabel);
    if (!handle.empty()) add_link_or_text(line.text(" "), profile.url, handle, style::kLink);
  }
  return line;
}

} // namespace

void add_header(const Cv& cv, Paragraphs& out, sdk::Diagnostics& diagnostics) {
  const Person& person = cv.person;
  out.push_back(Paragraph(style::kName).text(person.name));
  out.push_back(Paragraph(style::kHeadline).text(person.headline));
  out.push_back(address_line(person));
  out.push_back(web_line(person));
  add_paragraphs(out, style::kSummary, person.summary);
  if (!person.image.empty())
    diagnostics.note("docx.image-not-embedded", "person.image",
                     "the photo is not put into the DOCX (a plugin downloads nothing); insert the "
                     "picture in Word if the CV should show it");
}

} // namespace cvport::docx
