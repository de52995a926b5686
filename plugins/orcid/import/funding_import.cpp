// Fundings -> the funding section: title, type, funder with its id, grant number, amount and
// currency (full items only: the summary has no amount), dates, url, the owner's role.
#include "cvport/text.hpp"
#include "import_state.hpp"
#include "xml_values.hpp"

namespace cvport::orcid {

namespace {

constexpr std::string_view kFundingTypes[] = {"grant", "contract", "award", "salary-award"};

// The owner's contributor role in words a CV uses.
std::string role_of(const pugi::xml_node& funding, ImportState& state) {
  for (pugi::xml_node contributor : child_named(funding, "contributors").children()) {
    if (contributor.type() != pugi::node_element) continue;
    if (!state.is_owner(orcid_of(child_named(contributor, "contributor-orcid")), text_at(contributor, {"credit-name"})))
      continue;
    std::string role = term_at(contributor, {"contributor-attributes", "contributor-role"});
    if (role == "lead") return "PI";
    if (role == "co-lead") return "Co-PI";
    return role;
  }
  return "";
}

// `ids`: the identifiers of the funding's every version (merged_external_ids), its own first.
void import_funding(const pugi::xml_node& node, const std::vector<ItemExternalId>& ids, ImportState& state) {
  note_unknown_children(node, {CVPORT_ORCID_ITEM_COMMON, "type", "organization-defined-type", "title",
                               "short-description", "amount", "start-date", "end-date", "contributors",
                               "organization"},
                        state.log);
  Funding funding;
  funding.title = text_at(node, {"title", "title"});
  funding.funder = read_organization(child_named(node, "organization"), state.log);
  if (funding.title.empty() || funding.funder.name.empty()) {
    state.log.warning("orcid.incomplete-funding", node, "a funding without a title or a funder name is left out");
    return;
  }
  std::string type = term_at(node, {"type"});
  for (std::string_view known : kFundingTypes)
    if (type == known && type != "grant") funding.type = type;
  funding.summary = text_at(node, {"short-description"});
  pugi::xml_node amount = child_named(node, "amount");
  if (amount) {
    std::string value = text_at(amount);
    std::erase(value, ',');
    funding.amount = checked(TextKind::amount, value, amount, "the amount", state.log);
    if (!funding.amount.empty())
      funding.currency = checked(TextKind::currency, upper_ascii(amount.attribute("currency-code").value()), amount,
                                 "the currency", state.log);
    if (funding.currency.empty()) funding.amount.clear();
  }
  pugi::xml_node url = child_named(node, "url");
  funding.url = checked(TextKind::url, text_at(url), url, "the web address", state.log);
  funding.start = fuzzy_date(child_named(node, "start-date"), state.log);
  funding.end = fuzzy_date(child_named(node, "end-date"), state.log);
  // Shown as "<start> to present" (orcid-angular, src/app/record/components/funding/funding.component.html).
  if (!funding.start.empty() && funding.end.empty()) funding.end.present = true;
  for (const ItemExternalId& id : ids)
    if (id.type == "grant_number" && funding.number.empty() && id.relationship != "part-of") funding.number = id.value;
  funding.role = role_of(node, state);
  std::string path = "funding[" + std::to_string(state.cv.funding.size()) + "]";
  state.log.origin(path, node);
  state.log.origin(path + ".funder", child_named(node, "organization"));
  if (amount) state.log.origin(path + ".amount", amount);
  state.cv.funding.push_back(std::move(funding));
}

bool is_funding_item(std::string_view name) {
  // v3.0: funding-summary in a group; v2.x: funding:summary; a full item: funding:funding.
  return name == "funding" || name == "funding-summary" || name == "summary";
}

} // namespace

// A group holds one funding as each of its sources gave it (ORCID groups the items that share
// an identifier, as it groups works): one entry, read from the version that says most, with the
// identifiers of all.
void import_fundings(const pugi::xml_node& node, ImportState& state) {
  if (is_funding_item(local_name(node))) return import_funding(node, external_ids(node), state);
  bool group = local_name(node) == "group";
  std::vector<pugi::xml_node> versions;
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (group && is_funding_item(local_name(child)))
      versions.push_back(child);
    else
      import_fundings(child, state);
  }
  if (versions.empty()) return;
  pugi::xml_node best = most_complete(versions);
  std::erase(versions, best);
  versions.insert(versions.begin(), best);
  import_funding(best, merged_external_ids(versions, node), state);
}

} // namespace cvport::orcid
