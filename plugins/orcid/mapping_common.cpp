#include "mapping_common.hpp"

#include <fmt/format.h>

#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "text.hpp"
#include "xml_common.hpp"

namespace cvport::orcid {

namespace {

// The identifier as ORCID's organisation table holds it, which the API looks it up by, exactly
// (OrgManagerImpl.getOrgEntity: orgDisambiguatedDao.findBySourceIdAndSourceType; an unknown
// value is refused with InvalidDisambiguatedOrgException). ROR: https://ror.org/ + the id
// (RorOrgLoadSource); RINGGOLD: the number; GRID: grid.NNNN.x (LoadGridData, the institute's
// "id"); LEI: the 20 characters (LoadLEIData); FUNDREF: the rdf:resource of the funder in the
// Crossref registry file, http://dx.doi.org/10.13039/NNNN (FundrefOrgLoadSource.getOrganization,
// and ORCID's own fixtures). Empty when the value is not a valid id of its kind: the host
// refuses those, so only a model built by hand gets here.
std::string disambiguated_form(std::string_view source, const std::string& value) {
  if (source == "ROR") return is_ror(value) ? ror_url(value) : "";
  if (source == "RINGGOLD") return is_ringgold(value) ? value : "";
  if (source == "GRID") return is_grid(value) ? value : "";
  if (source == "FUNDREF")
    return is_fundref(value) ? "http://dx.doi.org/" + std::string(strip_doi_prefix(value)) : "";
  return is_valid_lei(value) ? value : "";
}

} // namespace

Date orcid_date(MappingContext& context, const Date& date, std::string_view path) {
  if (date.present || date.year == 0) return {};
  if (!is_orcid_year(date.year)) {
    context.reporter.warning(
        "orcid.date-out-of-range", path,
        fmt::format("ORCID dates run from 1900 to 2100: {} is left out", format_date(date)));
    return {};
  }
  return date;
}

void check_date_label(MappingContext& context, const Date& date, const std::string& label,
                      const std::string& label_path, std::vector<std::string>& left_out) {
  if (label.empty()) return;
  left_out.push_back(label_path);
  if (date.empty())
    context.reporter.warning(
        "orcid.date-label-only", label_path,
        fmt::format("ORCID needs a calendar date and \"{}\" is only a label: add the date "
                    "(YYYY, YYYY-MM or YYYY-MM-DD) next to the date_label",
                    label));
}

void send_start_alone_as_one_date(MappingContext& context, const DatedEntry& entry, Date& start,
                                  Date& end, std::vector<std::string>& left_out) {
  if (start.empty() || !entry.model_end.empty()) return;
  if (!entry.label_hides_end) {
    end = start;
    return;
  }
  context.reporter.warning(
      "orcid.label-dates", entry.source + ".end",
      fmt::format("the entry has a start and no end date, and shows its dates as its date_label: "
                  "ORCID shows a start date without an end as \"{} to present\", so neither date "
                  "is sent; add the end date (the start again for one date, \"present\" if it is "
                  "ongoing) to send them",
                  format_date(start)));
  start = {};
  left_out.push_back(entry.source + ".start");
}

OrgRef clean_organization(MappingContext& context, const Organization& organization,
                          const std::string& path) {
  Reporter& reporter = context.reporter;
  OrgRef result{
      .name = clean_text(reporter, organization.name, path + ".name", kLongTextLimit),
      .city = clean_text(reporter, organization.city, path + ".city", kLongTextLimit),
      .region = clean_text(reporter, organization.region, path + ".region", kLongTextLimit),
      .country = organization.country,
  };
  for (const OrgIdField& id : kOrgIdFields) {
    const std::string& value = organization.*id.value;
    if (value.empty()) continue;
    std::string stored = disambiguated_form(id.source, value);
    if (stored.empty()) {
      reporter.warning(fmt::format("orcid.bad-{}", id.field), fmt::format("{}.{}", path, id.field),
                       fmt::format("not a valid {} id: left out; copy it from the registry",
                                   id.source));
      continue;
    }
    result.disambiguated_id = std::move(stored);
    result.disambiguation_source = std::string(id.source);
    break;
  }
  if (!result.country.empty() && !is_country_code(result.country)) {
    reporter.warning("orcid.bad-country", path + ".country",
                     "not an ISO 3166-1 alpha-2 code ORCID accepts: left out; write the "
                     "two-letter code (\"GB\", \"US\")");
    result.country.clear();
  }
  return result;
}

void leave_out_if(std::vector<std::string>& left_out, bool present, std::string path) {
  if (present) left_out.push_back(std::move(path));
}

} // namespace cvport::orcid
