#include "theme_entries.hpp"

#include "entry_split.hpp"
#include "mapping.hpp"
#include "theme_text.hpp"
#include "schema_formats.hpp"

namespace cvport::jsonresume {

namespace {

void set_text(Json& entry, std::string_view member, const std::string& text) {
  if (!text.empty()) entry[std::string(member)] = text;
}

void set_url(Json& entry, const std::string& url) {
  if (!url.empty()) entry["url"] = to_schema_uri(url);
}

Json marked(Json entry, const std::string& model_path) {
  entry[std::string(kExtensionKey)] = Json{{"derived", model_path}};
  return entry;
}

} // namespace

// A grant is a funded project: the funder is its entity, the CV owner's role its role, and the
// grant number and amount, which projects have no member for, its highlights.
Json funding_as_project(const Funding& funding, const std::string& model_path) {
  Json entry = Json::object();
  set_text(entry, "name", funding.title);
  set_text(entry, "description", funding.summary);
  Json highlights = Json::array();
  if (!funding.number.empty()) highlights.push_back("Grant number: " + funding.number);
  if (!funding.amount.empty()) highlights.push_back("Amount: " + join_nonempty({funding.currency, funding.amount}, " "));
  if (!highlights.empty()) entry["highlights"] = std::move(highlights);
  set_theme_dates(entry, funding.start, funding.end);
  set_url(entry, funding.url);
  if (!funding.role.empty()) entry["roles"] = Json::array({funding.role});
  set_text(entry, "entity", funding.funder.name);
  entry["type"] = funding.type.empty() ? "grant" : funding.type;
  return marked(std::move(entry), model_path);
}

Json talk_as_project(const Talk& talk, const std::string& model_path) {
  Json entry = Json::object();
  set_text(entry, "name", talk.title);
  set_text(entry, "description", talk.summary);
  set_theme_dates(entry, talk.date, talk.date);
  set_url(entry, talk.url);
  const Location& place = talk.location;
  set_text(
      entry, "entity",
      join_nonempty({talk.event, talk.host.name, place_text(place.city, place.region, place.country)}, ", "));
  entry["type"] = "talk";
  return marked(std::move(entry), model_path);
}

Json software_as_project(const Software& software, const std::string& model_path) {
  Json entry = Json::object();
  set_text(entry, "name", software.name);
  set_text(entry, "description", software.description);
  if (!software.doi.empty()) entry["highlights"] = Json::array({"DOI: " + software.doi});
  set_theme_dates(entry, software.date, software.date);
  set_url(entry, !software.url.empty() ? software.url : software.doi.empty() ? "" : doi_url(software.doi));
  entry["type"] = "software";
  return marked(std::move(entry), model_path);
}

Json media_as_project(const MediaFeature& media, const std::string& model_path) {
  Json entry = Json::object();
  set_text(entry, "name", media.title);
  set_theme_dates(entry, media.date, media.date);
  set_url(entry, media.url);
  set_text(entry, "entity", media.outlet);
  entry["type"] = "media feature";
  return marked(std::move(entry), model_path);
}

Json custom_entry_as_project(const CustomSection& section, const CustomEntry& custom,
                             const std::string& model_path) {
  Json entry = Json::object();
  set_text(entry, "name", custom.title);
  set_text(entry, "description", join_nonempty({custom.subtitle, custom.summary}, "\n\n"));
  if (!custom.highlights.empty()) entry["highlights"] = custom.highlights;
  if (!custom.date.empty())
    set_theme_dates(entry, custom.date, custom.date);
  else
    set_theme_dates(entry, custom.start, custom.end);
  set_url(entry, custom.url);
  set_text(entry, "entity", custom.location);
  set_text(entry, "type", section.title);
  return marked(std::move(entry), model_path);
}

Json service_as_volunteer(const Service& service, const std::string& model_path) {
  Json entry = Json::object();
  const std::string& organization = service.organization.name;
  entry["organization"] = !service.venue.empty()  ? service.venue
                          : !organization.empty() ? organization
                                                  : service.role;
  entry["position"] = service.role;
  set_url(entry, service.url);
  set_theme_dates(entry, service.start, service.end);
  if (!service.venue.empty()) set_text(entry, "summary", organization);
  return marked(std::move(entry), model_path);
}

Json teaching_as_work(const Education& education, const TeachingRole& teaching,
                      const std::string& model_path) {
  const Organization& institution = education.institution;
  Json entry = Json::object();
  set_text(entry, "name", institution.name);
  set_text(entry, "location", place_text(institution.city, institution.region, institution.country));
  entry["position"] = teaching.role;
  set_url(entry, institution.url);
  set_theme_dates(entry, teaching.start, teaching.end);
  set_text(entry, "summary", teaching.course);
  return marked(std::move(entry), model_path);
}

Json orcid_as_profile(std::string_view orcid) {
  Json entry = {
      {"network", "ORCID"}, {"username", orcid}, {"url", "https://orcid.org/" + std::string(orcid)}};
  return marked(std::move(entry), "person.orcid");
}

} // namespace cvport::jsonresume
