#include "xml_values.hpp"

#include <algorithm>
#include <cctype>

#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/text.hpp"
#include "identifiers.hpp"

namespace cvport::orcid {

namespace {

// Copied a word at a time, not a character at a time: most texts have nothing to collapse.
std::string collapse_space(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  text = trim_space(text); // so every run of white space left lies between two words
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0; at < text.size();) {
    size_t word = at;
    while (at < text.size() && !space(text[at])) ++at;
    out.append(text, word, at - word);
    if (at == text.size()) break;
    out += ' ';
    while (space(text[at])) ++at;
  }
  return out;
}

int number_of(const std::string& text) {
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos) return -1;
  return std::stoi(text);
}

} // namespace

pugi::xml_node path_node(const pugi::xml_node& node, std::initializer_list<std::string_view> names) {
  pugi::xml_node at = node;
  for (std::string_view name : names) at = child_named(at, name);
  return at;
}

std::string text_at(const pugi::xml_node& node, std::initializer_list<std::string_view> names) {
  return collapse_space(path_node(node, names).text().get());
}

std::string vocabulary_term(std::string_view value) {
  std::string term = lower_ascii(value);
  std::replace(term.begin(), term.end(), '_', '-');
  return term;
}

std::string term_at(const pugi::xml_node& node, std::initializer_list<std::string_view> names) {
  return vocabulary_term(text_at(node, names));
}

namespace {

void collect_elements_named(const pugi::xml_node& node, std::string_view name, size_t max_depth,
                            std::vector<pugi::xml_node>& found) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (local_name(child) == name)
      found.push_back(child);
    else if (max_depth > 1)
      collect_elements_named(child, name, max_depth - 1, found);
  }
}

} // namespace

std::vector<pugi::xml_node> elements_named(const pugi::xml_node& node, std::string_view name, size_t max_depth) {
  std::vector<pugi::xml_node> found;
  collect_elements_named(node, name, max_depth, found);
  return found;
}

Date fuzzy_date(const pugi::xml_node& node, ImportLog& log) {
  Date date;
  if (!node) return date;
  pugi::xml_node year = child_named(node, "year"), month = child_named(node, "month"), day = child_named(node, "day");
  int y = number_of(text_at(year)), m = number_of(text_at(month)), d = number_of(text_at(day));
  if (!year || y < 1000) {
    if (year || month || day) log.warning("orcid.bad-date", node, "a date without a four-digit year is left out");
    return date;
  }
  date.year = y;
  if (!month) return date;
  if (m < 1 || m > 12) {
    log.warning("orcid.bad-date", month, "a month outside 01-12 is left out: the date is read as its year");
    return date;
  }
  date.month = m;
  if (!day) return date;
  if (d < 1 || d > days_in_month(y, m)) {
    log.warning("orcid.bad-date", day, "a day the month does not have is left out");
    return date;
  }
  date.day = d;
  return date;
}

std::string checked(TextKind kind, std::string value, const pugi::xml_node& node, std::string_view what,
                    ImportLog& log) {
  if (value.empty()) return value;
  if (kind == TextKind::url && value.find("://") == std::string::npos && value.find('.') != std::string::npos &&
      value.find(' ') == std::string::npos && is_http_url("https://" + value)) {
    // "www.example.org/me": people leave the scheme out, and ORCID stores what they typed.
    log.note("orcid.url-scheme", node, std::string(what) + " " + in_quotes(value) + " has no scheme: read with https://");
    return "https://" + value;
  }
  bool ok = true;
  switch (kind) {
  case TextKind::doi: ok = is_doi(value); break;
  case TextKind::url: ok = is_http_url(value); break;
  case TextKind::email: ok = is_email(value); break;
  case TextKind::country: ok = is_country_code(value) && value.size() == 2; break;
  case TextKind::orcid: ok = is_valid_orcid(value); break;
  case TextKind::ror: ok = is_ror(value); break;
  case TextKind::ringgold: ok = is_ringgold(value); break;
  case TextKind::grid: ok = is_grid(value); break;
  case TextKind::fundref: ok = is_fundref(value); break;
  case TextKind::lei: ok = is_valid_lei(value); break;
  case TextKind::currency: ok = is_currency_code(value); break;
  case TextKind::amount: ok = is_amount(value); break;
  case TextKind::arxiv: ok = !arxiv_id(value).empty(); break;
  case TextKind::pmid: ok = !pmid(value).empty(); break;
  case TextKind::isbn: ok = !isbn_digits(value).empty(); break;
  default: break;
  }
  if (ok) return value;
  log.warning("orcid.bad-value", node, std::string(what) + " " + in_quotes(value) + " is not one cvport can keep: it is left out");
  return "";
}

Organization read_organization(const pugi::xml_node& node, ImportLog& log) {
  Organization organization;
  if (!node) return organization;
  organization.name = text_at(node, {"name"});
  pugi::xml_node address = child_named(node, "address");
  organization.city = text_at(address, {"city"});
  organization.region = text_at(address, {"region"});
  pugi::xml_node country = child_named(address, "country");
  organization.country = checked(TextKind::country, upper_ascii(text_at(country)), country, "the country", log);
  pugi::xml_node disambiguated = child_named(node, "disambiguated-organization");
  if (!disambiguated) return organization;
  pugi::xml_node id_node = child_named(disambiguated, "disambiguated-organization-identifier");
  std::string id = text_at(id_node);
  std::string source = upper_ascii(text_at(disambiguated, {"disambiguation-source"}));
  if (source == "ROR") {
    organization.ror = checked(TextKind::ror, id, id_node, "the ROR id", log);
  } else if (source == "RINGGOLD") {
    organization.ringgold = checked(TextKind::ringgold, id, id_node, "the Ringgold id", log);
  } else if (source == "GRID") {
    organization.grid = checked(TextKind::grid, id, id_node, "the GRID id", log);
  } else if (source == "FUNDREF") {
    // ORCID holds the funder's resource, http://dx.doi.org/10.13039/<n>; the model the DOI.
    organization.fundref = checked(TextKind::fundref, std::string(strip_doi_prefix(id)), id_node, "the FUNDREF id", log);
  } else if (source == "LEI") {
    organization.lei = checked(TextKind::lei, id, id_node, "the LEI", log);
  } else {
    log.warning("orcid.unknown-org-source", disambiguated,
                "the organisation id source " + in_quotes(source) + " is not one cvport knows: the id is left out");
  }
  return organization;
}

std::vector<ItemExternalId> external_ids(const pugi::xml_node& item) {
  std::vector<ItemExternalId> ids;
  for (pugi::xml_node id : child_named(item, "external-ids").children()) {
    if (id.type() != pugi::node_element) continue;
    auto [type, value, url, relationship] = children_named(
        id, {"external-id-type", "external-id-value", "external-id-url", "external-id-relationship"});
    ids.push_back({lower_ascii(text_at(type)), text_at(value), text_at(url), term_at(relationship), id});
  }
  return ids;
}

std::vector<ItemExternalId> merged_external_ids(const std::vector<pugi::xml_node>& versions,
                                                const pugi::xml_node& group) {
  std::vector<ItemExternalId> merged;
  std::vector<std::string> seen;
  auto add = [&](const ItemExternalId& id) {
    std::string key = id.type + "\n" + normalized_id_value(id.type, id.value);
    if (id.value.empty() || std::find(seen.begin(), seen.end(), key) != seen.end()) return;
    seen.push_back(key);
    merged.push_back(id);
  };
  for (const pugi::xml_node& version : versions)
    for (const ItemExternalId& id : external_ids(version)) add(id);
  for (const ItemExternalId& id : external_ids(group)) add(id);
  return merged;
}

namespace {

size_t values_held(const pugi::xml_node& node) {
  size_t count = 0;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element)
      count += values_held(child);
    else if (child.type() == pugi::node_pcdata && !trim_space(child.value()).empty())
      ++count;
  }
  return count;
}

} // namespace

pugi::xml_node most_complete(const std::vector<pugi::xml_node>& versions) {
  pugi::xml_node best;
  size_t best_count = 0;
  for (const pugi::xml_node& version : versions)
    if (size_t count = values_held(version); !best || count > best_count) best = version, best_count = count;
  return best;
}

void note_unknown_children(const pugi::xml_node& item, std::initializer_list<std::string_view> known, ImportLog& log) {
  for (pugi::xml_node child : item.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = local_name(child);
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    log.note("orcid.unknown-element", child,
             log.quoted_name(child) + " is not an element cvport knows here: it is left out");
  }
}

std::string orcid_of(const pugi::xml_node& identifier) {
  std::string path = text_at(identifier, {"path"});
  if (!path.empty()) return path;
  std::string uri = text_at(identifier, {"uri"});
  size_t slash = uri.rfind('/');
  return slash == std::string::npos ? uri : uri.substr(slash + 1);
}

} // namespace cvport::orcid
