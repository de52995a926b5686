#include "mapping_common.hpp"

#include <fmt/format.h>

#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "text.hpp"
#include "xml_common.hpp"

namespace cvport::orcid {

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

OrgRef clean_organization(MappingContext& context, const Organization& organization,
                          const std::string& path) {
  Reporter& reporter = context.reporter;
  OrgRef result{
      .name = clean_text(reporter, organization.name, path + ".name", kLongTextLimit),
      .city = clean_text(reporter, organization.city, path + ".city", kLongTextLimit),
      .region = clean_text(reporter, organization.region, path + ".region", kLongTextLimit),
      .country = organization.country,
  };
  if (!organization.ror.empty()) {
    if (is_ror(organization.ror))
      result.ror = "https://ror.org/" + std::string(strip_ror_prefix(organization.ror));
    else
      reporter.warning("orcid.bad-ror", path + ".ror",
                       "not a ROR id: left out; write it as https://ror.org/0xxxxxx## as shown "
                       "on ror.org");
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

std::string join_present(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!joined.empty()) joined += separator;
    joined += part;
  }
  return joined;
}

} // namespace cvport::orcid
