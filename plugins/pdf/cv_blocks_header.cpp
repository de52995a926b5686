// The top of the CV: name, headline, the address line, the web line and the summary.
#include "cv_blocks.hpp"

namespace cvport::pdf {
namespace {

constexpr std::string_view kContactSeparator = "  \u00b7  ";

// "scholar.google.com/citations?user=x": what a reader types, without the scheme.
std::string_view without_scheme(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"})
    if (url.substr(0, scheme.size()) == scheme) return url.substr(scheme.size());
  return url;
}

Block address_line(const Person& person) {
  Block line(BlockKind::contact);
  Pieces pieces(line, kContactSeparator);
  pieces.text(address_text(person.location));
  pieces.text(person.phone);
  pieces.link(person.email.empty() ? "" : "mailto:" + person.email, person.email);
  return line;
}

// Home page, ORCID iD (the full https URL, as ORCID asks), profiles.
Block web_line(const Person& person) {
  Block line(BlockKind::contact);
  Pieces pieces(line, kContactSeparator);
  pieces.link(person.url, person.url);
  if (!person.orcid.empty()) {
    std::string orcid_url = "https://orcid.org/" + person.orcid;
    pieces.text("ORCID", RunStyle::label);
    line.text(" ").link(orcid_url, orcid_url);
  }
  for (const Profile& profile : person.profiles) {
    std::string_view handle =
        !profile.username.empty() ? std::string_view(profile.username) : without_scheme(profile.url);
    pieces.text(profile.network, RunStyle::label);
    if (!handle.empty()) line.text(" ").link(profile.url, handle);
  }
  return line;
}

} // namespace

std::vector<Block> header_blocks(const Person& person) {
  std::vector<Block> blocks;
  for (Block block : {Block(BlockKind::name).text(person.name), Block(BlockKind::headline).text(person.headline),
                      address_line(person), web_line(person)})
    if (!block.empty()) blocks.push_back(std::move(block));
  for (Block& paragraph : paragraphs(person.summary, BlockKind::summary)) blocks.push_back(std::move(paragraph));
  return blocks;
}

} // namespace cvport::pdf
