// The person section: names, other names, biography, keywords, web pages, country, public
// e-mails and the identifiers other systems give the researcher (Scopus, ResearcherID ...).
#include <algorithm>

#include "cvport/text.hpp"
#include "identifiers.hpp"
#include "import_state.hpp"
#include "xml_values.hpp"

namespace cvport::orcid {

namespace {

// The url-names people give their own page; the first such page is person.url.
bool names_a_home_page(std::string_view url_name) {
  std::string name = normalized_text(url_name);
  for (std::string_view home : {"homepage", "home page", "website", "web site", "personal website",
                                "personal homepage", "personal page", "home"})
    if (name == home) return true;
  return false;
}

// The host of a web address, for a profile without a url-name: "github.com".
std::string host_of(std::string_view url) {
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  size_t end = url.find('/', start);
  std::string host(url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

void read_names(const pugi::xml_node& node, ImportState& state) {
  Person& person = state.cv.person;
  pugi::xml_node name = node;
  if (local_name(name) != "name") {
    std::vector<pugi::xml_node> names = elements_named(node, "name");
    name = names.empty() ? pugi::xml_node() : names.front();
  }
  if (!name) return;
  if (has_deactivated_names(name)) {
    if (!state.deactivated)
      state.log.warning("orcid.deactivated", name,
                        "these are the names ORCID gives a deactivated record, which holds no data: they are not "
                        "taken as the person's name");
    state.deactivated = true;
    return;
  }
  std::string given = text_at(name, {"given-names"}), family = text_at(name, {"family-name"});
  std::string credit = text_at(name, {"credit-name"});
  std::string full = given.empty() || family.empty() ? given + family : given + " " + family;
  person.name = credit.empty() ? full : credit;
  if (!credit.empty() && !full.empty() && normalized_text(full) != normalized_text(credit))
    person.name_variants.push_back(full);
  state.log.origin("person.name", name);
  state.add_owner_name(person.name);
  state.add_owner_name(full);
}

void read_other_names(const pugi::xml_node& node, ImportState& state) {
  Person& person = state.cv.person;
  for (pugi::xml_node other : elements_named(node, "other-name")) {
    std::string content = text_at(other, {"content"});
    if (content.empty()) continue;
    bool known = normalized_text(content) == normalized_text(person.name) ||
                 std::any_of(person.name_variants.begin(), person.name_variants.end(),
                             [&](const std::string& v) { return normalized_text(v) == normalized_text(content); });
    if (known) continue;
    state.log.origin("person.name_variants[" + std::to_string(person.name_variants.size()) + "]", other);
    person.name_variants.push_back(content);
    state.add_owner_name(content);
  }
}

void read_researcher_urls(const pugi::xml_node& node, ImportState& state) {
  Person& person = state.cv.person;
  for (pugi::xml_node page : elements_named(node, "researcher-url")) {
    pugi::xml_node url_node = child_named(page, "url");
    std::string url = checked(TextKind::url, text_at(url_node), url_node, "the web address", state.log);
    if (url.empty()) continue;
    std::string name = text_at(page, {"url-name"});
    if (person.url.empty() && names_a_home_page(name)) {
      person.url = url;
      state.log.origin("person.url", page);
      continue;
    }
    state.log.origin("person.profiles[" + std::to_string(person.profiles.size()) + "]", page);
    person.profiles.push_back({.network = name.empty() ? host_of(url) : name, .url = url});
  }
}

// Scopus Author ID, ResearcherID, Loop profile ...: a profile each, named by the id's type.
void read_external_identifiers(const pugi::xml_node& node, ImportState& state) {
  Person& person = state.cv.person;
  for (pugi::xml_node id : elements_named(node, "external-identifier")) {
    std::string type = text_at(id, {"external-id-type"}), value = text_at(id, {"external-id-value"});
    if (type.empty() || value.empty()) continue;
    pugi::xml_node url_node = child_named(id, "external-id-url");
    std::string url = checked(TextKind::url, text_at(url_node), url_node, "the identifier's web address", state.log);
    state.log.origin("person.profiles[" + std::to_string(person.profiles.size()) + "]", id);
    person.profiles.push_back({.network = type, .username = value, .url = url});
  }
}

void read_emails(const pugi::xml_node& node, ImportState& state) {
  std::vector<pugi::xml_node> emails = elements_named(node, "email");
  size_t kept = 0;
  for (pugi::xml_node email : emails) {
    // <email:emails> holds <email:email> items, each holding an <email:email> address.
    pugi::xml_node address = child_named(email, "email");
    if (!address) continue;
    std::string value = checked(TextKind::email, text_at(address), address, "the e-mail address", state.log);
    if (value.empty()) continue;
    if (kept++ == 0) {
      state.cv.person.email = value;
      state.log.origin("person.email", address);
    } else {
      state.log.note("orcid.other-email", address,
                     "the CV has one e-mail address: the first public one is kept, this one is left out");
    }
  }
}

void read_country(const pugi::xml_node& node, ImportState& state) {
  for (pugi::xml_node address : elements_named(node, "address")) {
    pugi::xml_node country = child_named(address, "country");
    std::string code = checked(TextKind::country, upper_ascii(text_at(country)), country, "the country", state.log);
    if (code.empty()) continue;
    if (state.cv.person.location.country.empty()) {
      state.cv.person.location.country = code;
      state.log.origin("person.location.country", country);
    } else if (code != state.cv.person.location.country) {
      state.log.note("orcid.other-country", country, "the CV has one country: the first is kept, " + code + " is left out");
    }
  }
}

} // namespace

void import_person(const pugi::xml_node& node, ImportState& state) {
  Person& person = state.cv.person;
  read_names(node, state);
  read_other_names(node, state);
  pugi::xml_node biography = local_name(node) == "biography" ? node : elements_named(node, "biography").empty()
                                                                          ? pugi::xml_node()
                                                                          : elements_named(node, "biography").front();
  if (biography) {
    person.summary = text_at(biography, {"content"});
    if (!person.summary.empty()) state.log.origin("person.summary", biography);
  }
  for (pugi::xml_node keyword : elements_named(node, "keyword")) {
    std::string content = text_at(keyword, {"content"});
    if (content.empty()) continue;
    state.log.origin("interests[" + std::to_string(state.cv.interests.size()) + "]", keyword);
    state.cv.interests.push_back({.name = content});
  }
  read_researcher_urls(node, state);
  read_external_identifiers(node, state);
  read_emails(node, state);
  read_country(node, state);
}

bool has_deactivated_names(const pugi::xml_node& name) {
  return text_at(name, {"given-names"}) == kDeactivatedGivenNames &&
         text_at(name, {"family-name"}) == kDeactivatedFamilyName && text_at(name, {"credit-name"}).empty();
}

bool ImportState::is_owner(const std::string& orcid, const std::string& credit_name) const {
  if (!orcid.empty() && !owner_orcid.empty()) return orcid == owner_orcid;
  std::string name = normalized_text(credit_name);
  return !name.empty() && std::find(owner_names.begin(), owner_names.end(), name) != owner_names.end();
}

void ImportState::add_owner_name(const std::string& name) {
  std::string normal = normalized_text(name);
  if (!normal.empty() && std::find(owner_names.begin(), owner_names.end(), normal) == owner_names.end())
    owner_names.push_back(normal);
}

} // namespace cvport::orcid
