#include "canonical_reader.hpp"

#include <cctype>

#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/language.hpp"
#include "cvport/text.hpp"
#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

// What a value of `info`'s kind must look like, or "" when `text` is fine.
std::string kind_problem(const std::string& text, const Field& info) {
  switch (info.kind) {
  case TextKind::url:
    return is_http_url(text) ? "" : "an absolute http:// or https:// URL";
  case TextKind::email:
    return is_email(text) ? "" : "an e-mail address";
  case TextKind::doi:
    return is_doi(strip_doi_prefix(text)) ? "" : "a DOI like 10.1145/3581784.3607034";
  case TextKind::arxiv:
    return arxiv_id(text).empty() ? "an arXiv id like 2303.12345" : "";
  case TextKind::pmid:
    return pmid(text).empty() ? "a PubMed id (digits)" : "";
  case TextKind::isbn:
    return isbn_digits(text).empty() ? "an ISBN with a valid check digit" : "";
  case TextKind::orcid: {
    std::string_view id = text;
    for (std::string_view prefix : {"https://orcid.org/", "http://orcid.org/"})
      if (id.substr(0, prefix.size()) == prefix) id.remove_prefix(prefix.size());
    return has_orcid_shape(id) ? "" : "an ORCID iD like 0000-0002-1825-0097";
  }
  case TextKind::ror:
    return is_ror(text) ? "" : "a ROR id like https://ror.org/04t5xt781";
  case TextKind::ringgold:
    return is_ringgold(text) ? "" : "a Ringgold id (digits)";
  case TextKind::grid:
    return is_grid(text) ? "" : "a GRID id like grid.5386.8";
  case TextKind::fundref:
    return is_fundref(text) ? "" : "a Crossref Funder Registry id like 10.13039/100000001";
  case TextKind::lei:
    return is_valid_lei(text) ? "" : "a Legal Entity Identifier with valid check digits";
  case TextKind::currency:
    return is_currency_code(text) ? "" : "an ISO 4217 currency code such as \"EUR\"";
  case TextKind::amount:
    return is_amount(text) ? "" : "an amount like 250000 or 1234.50";
  case TextKind::country:
    return is_country_code(text) ? "" : "an ISO 3166-1 alpha-2 country code such as \"US\"";
  case TextKind::language:
    return find_translation(text) ? "" : "a BCP 47 language tag of a supported language (" + supported_languages_text() + ")";
  case TextKind::choice: {
    if (std::find(info.choices.begin(), info.choices.end(), text) != info.choices.end()) return "";
    std::string choices;
    for (std::string_view choice : info.choices) choices += (choices.empty() ? "" : ", ") + in_quotes(choice);
    return "one of " + choices;
  }
  default:
    return "";
  }
}

} // namespace

void CanonicalReader::read_text(const Json& json, std::string& value, const std::string& path,
                                const Field& info) {
  if (!json.is_string()) return wrong_type(path, "a string", json);
  std::string text = json.get<std::string>();
  std::string checked = trimmed(text);
  if (!checked.empty()) {
    std::string expected = kind_problem(checked, info);
    if (!expected.empty()) {
      diagnostics_.warning("jsonresume.bad-value", locator_.locate(path),
                           "expected " + expected + ", found " + in_quotes(text) + "; it is left out");
      return;
    }
  }
  value = std::move(text);
}

void CanonicalReader::read_flag(const Json& json, bool& value, const std::string& path) {
  if (!json.is_boolean()) return wrong_type(path, "true or false", json);
  value = json.get<bool>();
}

void CanonicalReader::read_date(const Json& json, Date& value, const std::string& path, const Field& info) {
  if (!json.is_string()) return wrong_type(path, "a date string", json);
  const std::string text = json.get<std::string>();
  bool allow_present = info.kind == TextKind::end_date;
  auto date = parse_date(trimmed(text), allow_present);
  if (date) {
    value = *date;
    return;
  }
  // JSON Resume itself has no "present": an ongoing entry simply has no endDate.
  bool offer_present = allow_present && !locator_.is_standard(path);
  std::string message = "expected a date YYYY, YYYY-MM or YYYY-MM-DD" +
                        std::string(offer_present ? " or \"present\"" : "") + ", found " + in_quotes(text);
  if (std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c); }))
    message += " (dates are ISO 8601, such as \"2019-06\")";
  diagnostics_.warning("jsonresume.bad-date", locator_.locate(path), message + "; it is left out");
}

void CanonicalReader::wrong_type(const std::string& path, std::string_view expected, const Json& found) {
  diagnostics_.warning("jsonresume.wrong-type", locator_.locate(path),
                       "expected " + std::string(expected) + ", found " + json_type_name(found) + "; it is left out");
}

void CanonicalReader::missing(const std::string& path, const Field&) { missing_.push_back(path); }

void CanonicalReader::unknown_member(const std::string& path, std::string_view name,
                                     std::span<const std::string_view> known) {
  std::string message = "unknown member " + in_quotes(name) + " is not kept";
  std::string suggestion = closest_name(name, known);
  if (!suggestion.empty()) message += "; did you mean " + in_quotes(suggestion) + "?";
  diagnostics_.warning("jsonresume.unknown-member", locator_.locate(path), message);
}

} // namespace cvport::jsonresume
