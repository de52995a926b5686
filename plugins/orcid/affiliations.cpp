#include "affiliations.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "text.hpp"
#include "vocabulary.hpp"
#include "xml_common.hpp"

namespace cvport::orcid {

namespace {

void require(MappingContext& context, AffiliationItem& item, std::string_view code,
             std::string rule, std::string diagnostic_path, std::string field_path,
             std::string fix) {
  context.reporter.warning(code, diagnostic_path, fix);
  item.missing.push_back({std::move(rule), std::move(field_path), std::move(fix)});
}

const Date& first_date(const Date& start, const Date& end) { return start.empty() ? end : start; }

// "YYYYMMDD" with 00 for missing parts, as ORCID compares affiliation dates.
int date_key(const Date& date) { return date.year * 10000 + date.month * 100 + date.day; }

// The rules of ORCID's member API that the schema does not check (docs/formats/orcid.md), in the
// words of validate-orcid --create's rule ids.
void check_requirements(MappingContext& context, AffiliationItem& item, const std::string& origin) {
  const OrgRef& org = item.organization;
  bool strict = item.section == "education" || item.section == "employment";
  if (!item.has_organization) {
    require(context, item, "orcid.no-organization", "organization", origin, origin,
            fmt::format("ORCID {} items need an organisation: add {} with name, city and "
                        "country (and ror when it has one) to the CV",
                        item.section, origin));
  } else if (strict) {
    if (org.disambiguated_id.empty())
      require(context, item, "orcid.no-org-id", "disambiguated-org", origin, origin + ".ror",
              fmt::format("ORCID accepts {} items only with a disambiguated organisation: add "
                          "`ror: https://ror.org/...` to {} (find \"{}\" on https://ror.org), "
                          "or its ringgold, grid, fundref or lei id",
                          item.section, origin, org.name));
    if (org.city.empty())
      require(context, item, "orcid.no-org-city", "org-city-country", origin, origin + ".city",
              fmt::format("ORCID accepts {} items only with the organisation's city: add "
                          "`city: ...` to {}",
                          item.section, origin));
    if (org.country.empty())
      require(context, item, "orcid.no-org-country", "org-city-country", origin,
              origin + ".country",
              fmt::format("ORCID accepts {} items only with the organisation's country: add "
                          "`country: XX` (ISO 3166-1 alpha-2) to {}",
                          item.section, origin));
  } else if ((!org.city.empty() || !org.region.empty()) && org.country.empty()) {
    require(context, item, "orcid.no-org-country", "org-country", origin, origin + ".country",
            fmt::format("ORCID refuses an organisation with a city or region but no country: "
                        "add `country: XX` (ISO 3166-1 alpha-2) to {}",
                        origin));
  }
  if (!item.start.empty() && !item.end.empty() && date_key(item.start) > date_key(item.end))
    require(context, item, "orcid.start-after-end", "start-after-end", item.source + ".end",
            item.source + ".end",
            "ORCID compares dates digit by digit with 00 for a missing month or day, so this "
            "end comes before the start: give the end date at least the start's precision "
            "(YYYY-MM) or fix the order");
}

// What one CV entry gives its affiliation item, and where each part sits in the CV.
struct AffiliationParts {
  std::string section;
  std::string kind; // of the key: the CV section ("volunteer") or the section's target
  std::string id;   // the entry's `id`, or empty
  std::string source;
  std::string role_title;
  std::string role_path;
  const Organization* organization = nullptr; // structured organisation, or
  std::string organization_name;              // a plain name (issuer, venue, subtitle)
  std::string origin; // model path of the organisation: "education[0].institution"
  Date start;
  std::string start_path;
  Date end;
  std::string end_path;
  bool label_hides_end = false; // a start/end entry shown as its date_label
  std::string url;
  std::vector<std::string> left_out;
};

// Cleans the parts, mints the self identifier, checks ORCID's rules and adds the item.
void add_affiliation(MappingContext& context, AffiliationParts parts,
                     std::vector<AffiliationItem>& items) {
  Reporter& reporter = context.reporter;
  AffiliationItem item{.section = parts.section, .source = parts.source};
  item.role_title = clean_text(reporter, parts.role_title, parts.role_path, kLongTextLimit);
  if (parts.organization) {
    item.organization = clean_organization(context, *parts.organization, parts.origin);
    item.department = clean_text(reporter, parts.organization->department,
                                 parts.origin + ".department", kLongTextLimit);
  } else {
    item.organization.name =
        clean_text(reporter, parts.organization_name, parts.origin, kLongTextLimit);
  }
  item.has_organization = !item.organization.name.empty();
  item.start = orcid_date(context, parts.start, parts.start_path);
  item.end = orcid_date(context, parts.end, parts.end_path);
  // The entry's year is part of its self identifier, so it is taken before a date is left out
  // below: the identifier must not change with what is sent, or a sync would add the item again.
  int year = item.start.year != 0 ? item.start.year : item.end.year;
  // A distinction is shown by its start alone (affiliation.component.ts, isAffiliationEndDateRangeShown).
  if (item.section != "distinction")
    send_start_alone_as_one_date(context, {parts.end, parts.label_hides_end, parts.source}, item.start,
                                 item.end, parts.left_out);
  item.url = clean_text(reporter, parts.url, parts.source + ".url");
  item.key = context.keys.key(parts.kind, parts.id, year,
                              item.role_title + "\n" + item.organization.name, item.source);
  item.ids = {source_work_id(item.key)};
  item.left_out = std::move(parts.left_out);
  check_requirements(context, item, parts.origin);
  reporter.left_out(item.source, item.section, item.left_out);
  items.push_back(std::move(item));
}

void add_education(MappingContext& context, const Education& education, const std::string& source,
                   std::vector<AffiliationItem>& items) {
  AffiliationParts parts{.section = "education",
                         .kind = "education",
                         .id = education.id,
                         .source = source,
                         .role_title = join_nonempty({education.degree, education.field}, " in "),
                         .role_path = source + (education.degree.empty() ? ".field" : ".degree"),
                         .organization = &education.institution,
                         .origin = source + ".institution",
                         .start = education.start,
                         .start_path = source + ".start",
                         .end = education.end,
                         .end_path = source + ".end",
                         .url = education.url.empty() ? education.institution.url : education.url};
  check_date_label(context, first_date(education.start, education.end), education.date_label,
                   source + ".date_label", parts.left_out);
  parts.label_hides_end = !education.date_label.empty();
  auto& left_out = parts.left_out;
  leave_out_if(left_out, !education.score.empty(), source + ".score");
  leave_out_if(left_out, !education.advisor.empty(), source + ".advisor");
  // Research interests become keywords when person items are written (person.cpp).
  leave_out_if(left_out, !education.interests.empty() && !context.options.person,
               source + ".interests");
  leave_out_if(left_out, !education.focus.empty(), source + ".focus");
  leave_out_if(left_out, !education.courses.empty(), source + ".courses");
  leave_out_if(left_out, !education.teaching.empty(), source + ".teaching");
  leave_out_if(left_out, !education.honors.empty(), source + ".honors");
  leave_out_if(left_out, !education.summary.empty(), source + ".summary");
  add_affiliation(context, std::move(parts), items);
}

void add_employment(MappingContext& context, const Work& work, const std::string& source,
                    std::vector<AffiliationItem>& items) {
  AffiliationParts parts{.section = "employment",
                         .kind = "work",
                         .id = work.id,
                         .source = source,
                         .role_title = work.position,
                         .role_path = source + ".position",
                         .organization = &work.organization,
                         .origin = source + ".organization",
                         .start = work.start,
                         .start_path = source + ".start",
                         .end = work.end,
                         .end_path = source + ".end",
                         .url = work.url.empty() ? work.organization.url : work.url};
  check_date_label(context, first_date(work.start, work.end), work.date_label,
                   source + ".date_label", parts.left_out);
  parts.label_hides_end = !work.date_label.empty();
  leave_out_if(parts.left_out, !work.summary.empty(), source + ".summary");
  leave_out_if(parts.left_out, !work.highlights.empty(), source + ".highlights");
  add_affiliation(context, std::move(parts), items);
}

// For awards and service the CV may name only the venue. ORCID needs an organisation, and the
// conference or journal is the body that gave the award or was served, so with
// venue-as-organization the venue stands in for it; a note says how to name the body instead.
void use_venue_as_organization(MappingContext& context, AffiliationParts& parts,
                               const std::string& venue, const std::string& field) {
  if (venue.empty() || !context.options.venue_as_organization) return;
  parts.organization = nullptr;
  parts.organization_name = venue;
  parts.origin = parts.source + ".venue";
  context.reporter.note("orcid.organization-from-venue", parts.source,
                        fmt::format("ORCID needs the organisation behind this entry: the venue "
                                    "stands in for it; add {} with name, city, country (and "
                                    "ror) to name the body itself",
                                    parts.source + "." + field));
}

void add_distinction(MappingContext& context, const Award& award, const std::string& source,
                     std::vector<AffiliationItem>& items) {
  bool has_awarder = !award.awarder.name.empty();
  AffiliationParts parts{.section = "distinction",
                         .kind = "award",
                         .id = award.id,
                         .source = source,
                         .role_title = has_awarder ? join_nonempty({award.title, award.venue}, ", ")
                                                   : award.title,
                         .role_path = source + ".title",
                         .organization = &award.awarder,
                         .origin = source + ".awarder",
                         .start = award.date,
                         .start_path = source + ".date"};
  if (!has_awarder) use_venue_as_organization(context, parts, award.venue, "awarder");
  check_date_label(context, award.date, award.date_label, source + ".date_label", parts.left_out);
  leave_out_if(parts.left_out, !award.summary.empty(), source + ".summary");
  leave_out_if(parts.left_out, !award.for_publication.empty(), source + ".for");
  add_affiliation(context, std::move(parts), items);
}

void add_service(MappingContext& context, const Service& service, const std::string& source,
                 std::vector<AffiliationItem>& items) {
  AffiliationParts parts{.section = "service",
                         .kind = "service",
                         .id = service.id,
                         .source = source,
                         .role_title = join_nonempty({service.role, service.venue}, ", "),
                         .role_path = source + ".role",
                         .organization = &service.organization,
                         .origin = source + ".organization",
                         .start = service.start,
                         .start_path = source + ".start",
                         .end = service.end,
                         .end_path = source + ".end",
                         .url = service.url.empty() ? service.organization.url : service.url};
  if (service.organization.name.empty())
    use_venue_as_organization(context, parts, service.venue, "organization");
  check_date_label(context, first_date(service.start, service.end), service.date_label,
                   source + ".date_label", parts.left_out);
  parts.label_hides_end = !service.date_label.empty();
  add_affiliation(context, std::move(parts), items);
}

void add_volunteering(MappingContext& context, const Volunteer& volunteer,
                      const std::string& source, std::vector<AffiliationItem>& items) {
  AffiliationParts parts{.section = "service",
                         .kind = "volunteer",
                         .id = volunteer.id,
                         .source = source,
                         .role_title = volunteer.position,
                         .role_path = source + ".position",
                         .organization = &volunteer.organization,
                         .origin = source + ".organization",
                         .start = volunteer.start,
                         .start_path = source + ".start",
                         .end = volunteer.end,
                         .end_path = source + ".end",
                         .url = volunteer.url.empty() ? volunteer.organization.url : volunteer.url};
  leave_out_if(parts.left_out, !volunteer.summary.empty(), source + ".summary");
  leave_out_if(parts.left_out, !volunteer.highlights.empty(), source + ".highlights");
  add_affiliation(context, std::move(parts), items);
}

void add_qualification(MappingContext& context, const Certificate& certificate,
                       const std::string& source, std::vector<AffiliationItem>& items) {
  add_affiliation(context,
                  {.section = "qualification",
                   .kind = "certificate",
                   .id = certificate.id,
                   .source = source,
                   .role_title = certificate.name,
                   .role_path = source + ".name",
                   .organization_name = certificate.issuer,
                   .origin = source + ".issuer",
                   .start = certificate.date,
                   .start_path = source + ".date",
                   .url = certificate.url},
                  items);
}

// An entry of a user-named section: the title is the role, the subtitle the organisation.
void add_custom_affiliation(MappingContext& context, const CustomEntry& entry,
                            const std::string& section, const std::string& source,
                            std::vector<AffiliationItem>& items) {
  bool single_date = entry.start.empty();
  AffiliationParts parts{.section = section,
                         .kind = section,
                         .id = entry.id,
                         .source = source,
                         .role_title = entry.title,
                         .role_path = source + ".title",
                         .organization_name = entry.subtitle,
                         .origin = source + ".subtitle",
                         .start = single_date ? entry.date : entry.start,
                         .start_path = source + (single_date ? ".date" : ".start"),
                         .end = entry.end,
                         .end_path = source + ".end",
                         .url = entry.url};
  check_date_label(context, parts.start, entry.date_label, source + ".date_label", parts.left_out);
  parts.label_hides_end = !single_date && !entry.date_label.empty();
  leave_out_if(parts.left_out, !single_date && !entry.date.empty(), source + ".date");
  leave_out_if(parts.left_out, !entry.location.empty(), source + ".location");
  leave_out_if(parts.left_out, !entry.summary.empty(), source + ".summary");
  leave_out_if(parts.left_out, !entry.highlights.empty(), source + ".highlights");
  add_affiliation(context, std::move(parts), items);
}

template <class Entry, class Add>
void add_each(MappingContext& context, const std::vector<Entry>& entries, std::string_view name,
              Add add, std::vector<AffiliationItem>& items) {
  for (size_t i = 0; i < entries.size(); ++i) add(context, entries[i], indexed(name, i), items);
}

void skip_section(MappingContext& context, bool present, std::string_view section,
                  std::string_view option) {
  if (present)
    context.reporter.skip("orcid.skipped-by-option", section,
                          fmt::format("{} left out (--option {}=skip)", section, option));
}

} // namespace

std::vector<AffiliationItem> map_affiliations(MappingContext& context) {
  const Cv& cv = context.cv;
  const Options& options = context.options;
  std::vector<AffiliationItem> items;
  add_each(context, cv.education, "education", add_education, items);
  add_each(context, cv.work, "work", add_employment, items);
  if (options.awards == "skip")
    skip_section(context, !cv.awards.empty(), "awards", "awards");
  else
    add_each(context, cv.awards, "awards", add_distinction, items);
  add_each(context, cv.service, "service", add_service, items);
  if (options.volunteer == "skip")
    skip_section(context, !cv.volunteer.empty(), "volunteer", "volunteer");
  else
    add_each(context, cv.volunteer, "volunteer", add_volunteering, items);
  if (options.certificates == "skip")
    skip_section(context, !cv.certificates.empty(), "certificates", "certificates");
  else
    add_each(context, cv.certificates, "certificates", add_qualification, items);
  for (size_t s = 0; s < cv.sections.size(); ++s) {
    const CustomSectionTarget* target = target_of_section(options, cv.sections[s].title);
    if (!target || !is_affiliation_section(target->target)) continue;
    for (size_t i = 0; i < cv.sections[s].entries.size(); ++i)
      add_custom_affiliation(context, cv.sections[s].entries[i], target->target,
                             indexed(indexed("sections", s) + ".entries", i), items);
  }
  auto rank = [](const AffiliationItem& item) {
    return std::find(std::begin(kAffiliationSections), std::end(kAffiliationSections),
                     item.section) -
           std::begin(kAffiliationSections);
  };
  std::stable_sort(items.begin(), items.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  return items;
}

} // namespace cvport::orcid
