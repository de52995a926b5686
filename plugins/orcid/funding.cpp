#include "funding.hpp"

#include <fmt/format.h>

#include "cvport/text.hpp"
#include "text.hpp"
#include "xml_common.hpp"

namespace cvport::orcid {

namespace {

void require(MappingContext& context, FundingItem& item, std::string_view code, std::string rule,
             std::string diagnostic_path, std::string field_path, std::string fix) {
  context.reporter.warning(code, diagnostic_path, fix);
  item.missing.push_back({std::move(rule), std::move(field_path), std::move(fix)});
}

// The rules of ORCID's member API for funding that the schema does not check
// (ORCID-Source, orcid-core/.../v3/validator/ActivityValidator.validateFunding): a title (the
// model requires one), at least one external id (the item always has its source-work-id), a
// disambiguated organisation (validateDisambiguatedOrg), an end date only with a start date
// (MissingStartDateException), an amount only with its currency and parseable as a number
// (the host checks both).
void check_requirements(MappingContext& context, FundingItem& item) {
  std::string funder = item.source + ".funder";
  if (!item.has_organization)
    require(context, item, "orcid.no-organization", "organization", funder, funder,
            fmt::format("ORCID funding items need the funder: add {} with its name", funder));
  else if (item.organization.disambiguated_id.empty())
    require(context, item, "orcid.no-org-id", "disambiguated-org", funder, funder + ".fundref",
            fmt::format("ORCID accepts funding items only with a disambiguated funder: add "
                        "`fundref: 10.13039/...` (find \"{}\" on "
                        "https://search.crossref.org/funding) or its ror, ringgold, grid or lei "
                        "id to {}",
                        item.organization.name, funder));
  if (!item.end.empty() && item.start.empty())
    require(context, item, "orcid.end-without-start", "end-without-start", item.source + ".end",
            item.source + ".start",
            fmt::format("ORCID refuses a funding item with an end date but no start date: add "
                        "`start:` to {}",
                        item.source));
}

void add_funding(MappingContext& context, const Funding& funding, const std::string& source,
                 std::vector<FundingItem>& items) {
  Reporter& reporter = context.reporter;
  FundingItem item{.source = source, .type = funding.type.empty() ? "grant" : funding.type};
  item.title = clean_text(reporter, funding.title, source + ".title", kTitleLimit);
  item.short_description =
      clean_text(reporter, funding.summary, source + ".summary", kDescriptionLimit);
  if (!funding.amount.empty() && !funding.currency.empty()) {
    item.amount = funding.amount;
    item.currency = funding.currency;
  }
  item.url = clean_text(reporter, funding.url, source + ".url");
  item.start = orcid_date(context, funding.start, source + ".start");
  item.end = orcid_date(context, funding.end, source + ".end");
  send_start_alone_as_one_date(context, {funding.end, false, source}, item.start, item.end,
                               item.left_out);
  item.organization = clean_organization(context, funding.funder, source + ".funder");
  item.has_organization = !item.organization.name.empty();
  leave_out_if(item.left_out, !funding.funder.department.empty(), source + ".funder.department");
  int year = item.start.year != 0 ? item.start.year : item.end.year;
  item.key = context.keys.key("funding", funding.id, year,
                              item.title + "\n" + item.organization.name, source);
  std::string number = clean_text(reporter, funding.number, source + ".number", kLongTextLimit);
  if (!number.empty()) item.ids.push_back({"grant_number", number, "", "self"});
  item.ids.push_back(source_work_id(item.key));
  std::string_view role = funding_contributor_role(funding.role);
  if (!role.empty())
    item.contributors.push_back({.credit_name = clean_text(reporter, context.cv.person.name,
                                                           "person.name", kLongTextLimit),
                                 .orcid = context.owner_orcid,
                                 .role = std::string(role)});
  // The role's words are shown by the other formats; ORCID keeps only the category.
  leave_out_if(item.left_out, !funding.role.empty() && funding.role != role, source + ".role");
  check_requirements(context, item);
  reporter.left_out(item.source, "funding", item.left_out);
  items.push_back(std::move(item));
}

} // namespace

std::string_view funding_contributor_role(std::string_view cv_role) {
  std::string role = lower_ascii(trim_space(cv_role));
  if (role.empty()) return "";
  for (std::string_view lead : {"pi", "principal investigator", "lead", "lead pi", "project lead"})
    if (role == lead) return "lead";
  for (std::string_view co_lead : {"co-pi", "copi", "co pi", "co-principal investigator",
                                   "co-investigator", "co-i", "coi", "co-lead"})
    if (role == co_lead) return "co-lead";
  if (role == "supported-by" || role == "supported by") return "supported-by";
  return "other-contribution";
}

std::vector<FundingItem> map_funding(MappingContext& context) {
  std::vector<FundingItem> items;
  for (size_t i = 0; i < context.cv.funding.size(); ++i)
    add_funding(context, context.cv.funding[i], indexed("funding", i), items);
  return items;
}

std::string funding_document(const FundingItem& item) {
  pugi::xml_document document;
  pugi::xml_node root = start_document(document, "funding");
  append_text(root, "funding:type", item.type);
  pugi::xml_node title = root.append_child("funding:title");
  append_text(title, "common:title", item.title);
  append_text(root, "funding:short-description", item.short_description);
  if (!item.amount.empty()) {
    pugi::xml_node amount = root.append_child("funding:amount");
    amount.text().set(item.amount.c_str());
    amount.append_attribute("currency-code") = item.currency.c_str();
  }
  append_text(root, "common:url", item.url);
  append_fuzzy_date(root, "common:start-date", item.start);
  append_fuzzy_date(root, "common:end-date", item.end);
  append_external_ids(root, item.ids);
  if (!item.contributors.empty()) {
    pugi::xml_node contributors = root.append_child("funding:contributors");
    for (const Contributor& contributor : item.contributors)
      append_contributor(contributors, contributor, "funding");
  }
  if (item.has_organization) append_organization(root, item.organization);
  return document_bytes(document);
}

} // namespace cvport::orcid
