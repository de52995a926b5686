#include "text_checks.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/language.hpp"
#include "cvport/liberal_date.hpp"
#include "cvport/render.hpp" // ror_url
#include "cvport/source.hpp"
#include "cvport/text.hpp"

namespace cvport {

namespace {

TextCheck check_text_kind(std::string value, const Field& info);

TextCheck fail(std::string code, std::string message, std::string hint = {}) {
  return {.value = {}, .is_error = true, .code = std::move(code), .message = std::move(message),
          .hint = std::move(hint)};
}


TextCheck check_orcid(std::string value) {
  for (std::string_view prefix : {"https://orcid.org/", "http://orcid.org/", "orcid.org/"})
    if (value.rfind(prefix, 0) == 0) value.erase(0, prefix.size());
  if (!has_orcid_shape(value))
    return fail("source.bad-orcid", "expected an ORCID iD like 0000-0002-1825-0097, found " + in_quotes(value));
  if (!is_valid_orcid(value)) {
    // Still accepted: a warning, since the iD may be right and the digit mistyped.
    return {.value = value, .is_error = false, .code = "source.orcid-checksum",
            .message = "the check digit of ORCID iD " + value + " is wrong (expected " +
                       orcid_check_digit(value) + ")",
            .hint = "copy the iD from your ORCID record"};
  }
  return {.value = value};
}

TextCheck check_country(const std::string& value) {
  if (is_country_code(value)) return {.value = value};
  std::string upper = upper_ascii(value);
  std::string hint;
  if (upper == "UK") hint = "the ISO 3166 code of the United Kingdom is \"GB\"";
  else if (upper == "USA") hint = "write \"US\"";
  else if (is_country_code(upper)) hint = "write it in upper case: \"" + upper + "\"";
  else hint = "use the two-letter ISO 3166-1 code, such as \"US\", \"GB\", \"DE\"";
  return fail("source.bad-country", "expected an ISO 3166-1 alpha-2 country code, found " + in_quotes(value), hint);
}

TextCheck check_lei(const std::string& value) {
  if (is_valid_lei(value)) return {.value = value};
  std::string upper = upper_ascii(value);
  if (is_valid_lei(upper))
    return fail("source.bad-lei", "expected a Legal Entity Identifier in upper case, found " + in_quotes(value),
                "write it in upper case: \"" + upper + "\"");
  if (has_lei_shape(value))
    return fail("source.bad-lei", "the check digits of LEI " + value + " are wrong (ISO 17442, mod 97)",
                "copy the LEI from https://search.gleif.org");
  return fail("source.bad-lei",
              "expected a Legal Entity Identifier (20 letters and digits, the last two digits), found " +
                  in_quotes(value),
              "copy the LEI from https://search.gleif.org");
}

TextCheck check_currency(const std::string& value) {
  if (is_currency_code(value)) return {.value = value};
  std::string upper = upper_ascii(value);
  std::string hint = is_currency_code(upper) ? "write it in upper case: \"" + upper + "\""
                     : value == "$"          ? "write the code of the currency: \"USD\", \"CAD\", \"AUD\", ..."
                     : value == "\u20ac"      ? "write \"EUR\""
                     : value == "\u00a3"      ? "write \"GBP\""
                                             : "use the three-letter ISO 4217 code, such as \"USD\", \"EUR\", \"GBP\"";
  return fail("source.bad-currency", "expected an ISO 4217 currency code, found " + in_quotes(value), hint);
}

// A BCP 47 tag whose language has a translation file. "de-AT" is kept as written (ICU formats
// its dates with "Jän."), with a note that its labels are the German ones.
TextCheck check_language(const std::string& value) {
  if (find_translation(value)) {
    if (!translation_is_approximate(value)) return {.value = value};
    return {.value = value, .is_error = false, .code = "source.language-approximate",
            .message = approximate_language_message(value),
            .hint = "", .is_note = true};
  }
  return fail("source.unknown-language",
              "cvport cannot write a CV in " + in_quotes(value) + "; the supported languages are " +
                  supported_languages_text(),
              "write a BCP 47 tag such as \"de\", \"pt-BR\" or \"zh-Hans\", or leave language out for English");
}

} // namespace

std::string remove_control_characters(std::string_view text, size_t& removed) {
  std::string kept;
  kept.reserve(text.size());
  size_t run = 0; // the start of the characters kept since the last removed one
  for (size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) continue; // most text: printable ASCII
    auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    bool c0 = byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
    bool del_or_c1 = byte == 0x7F || (byte == 0xC2 && next >= 0x80 && next <= 0x9F);
    bool noncharacter = byte == 0xEF && i + 2 < text.size() && next == 0xBF &&
                        (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF);
    if (c0 || del_or_c1 || noncharacter) {
      kept.append(text, run, i - run);
      ++removed;
      i += del_or_c1 && byte == 0xC2 ? 1 : noncharacter ? 2 : 0;
      run = i + 1;
    }
  }
  kept.append(text, run);
  return kept;
}

TextCheck check_text_value(std::string_view raw, const Field& info) {
  // The file is checked for UTF-8 before parsing, and libyaml writes every escape as UTF-8 (it
  // refuses surrogates). Checked again all the same: a parser that did not (yaml-cpp, before
  // libyaml, wrote "\N" as the single byte 0x85) crashed the export, and the check is cheap.
  // A NUL written as an escape ("\u0000" in JSON, "\0" in YAML) is a control character like the
  // others: removed below, with the warning. check_text_encoding refuses NUL, since in a file it
  // marks a binary file; found by fuzzing an import whose value carried "\u0000".
  std::string without_nul;
  size_t nuls = static_cast<size_t>(std::count(raw.begin(), raw.end(), '\0'));
  if (nuls > 0) {
    without_nul.assign(raw);
    std::erase(without_nul, '\0');
    raw = without_nul;
  }
  DiagnosticList encoding;
  if (!check_text_encoding(raw, "", encoding))
    return fail("source.bad-encoding", "the text is not valid UTF-8 once its YAML escapes are applied",
                "write the character itself instead of an escape such as \\N or \\x..");
  size_t removed = nuls;
  std::string cleaned = remove_control_characters(raw, removed);
  // Trimmed in place: this runs for every text of every CV read.
  std::string_view inner = trim_space(cleaned);
  size_t begin = static_cast<size_t>(inner.data() - cleaned.data()), length = inner.size();
  cleaned.erase(begin + length);
  cleaned.erase(0, begin);
  TextCheck result = check_text_kind(std::move(cleaned), info);
  if (removed > 0 && !result.is_error && result.message.empty()) {
    result.code = "source.control-character";
    result.message = "removed " + std::to_string(removed) + " control character" + (removed == 1 ? "" : "s") +
                     " (XML and most formats cannot hold them)";
    result.hint = "text copied from a PDF often carries them; retype the text if something looks wrong";
  }
  return result;
}

namespace {

TextCheck check_text_kind(std::string value, const Field& info) {
  switch (info.kind) {
  case TextKind::plain:
  case TextKind::date:
  case TextKind::end_date:
    return {.value = std::move(value)};
  case TextKind::doi: {
    std::string bare(strip_doi_prefix(value));
    if (!is_doi(bare))
      return fail("source.bad-doi", "expected a DOI like 10.1145/3581784.3607034, found " + in_quotes(value),
                  "write the bare DOI, without spaces");
    return {.value = bare};
  }
  case TextKind::arxiv: {
    std::string id = arxiv_id(value);
    if (id.empty())
      return fail("source.bad-arxiv",
                  "expected an arXiv id like 2303.12345 or hep-th/9901001, found " + in_quotes(value),
                  "copy the id from the paper's arxiv.org/abs/ page");
    return {.value = id};
  }
  case TextKind::pmid: {
    std::string id = pmid(value);
    if (id.empty())
      return fail("source.bad-pmid", "expected a PubMed id (digits, like 31452104), found " + in_quotes(value),
                  "write only the number PubMed shows after \"PMID:\"");
    return {.value = id};
  }
  case TextKind::isbn:
    if (isbn_digits(value).empty())
      return fail("source.bad-isbn",
                  "expected an ISBN-10 or ISBN-13 with a valid check digit, like 978-0-262-04630-5, found " +
                      in_quotes(value),
                  "copy the ISBN from the book's copyright page");
    return {.value = isbn_with_standard_separators(value)};
  case TextKind::orcid:
    return check_orcid(value);
  case TextKind::ror:
    if (!is_ror(value))
      return fail("source.bad-ror", "expected a ROR id like https://ror.org/04t5xt781, found " + in_quotes(value),
                  "look the organisation up on ror.org");
    return {.value = ror_url(value)};
  case TextKind::ringgold:
    if (!is_ringgold(value))
      return fail("source.bad-ringgold", "expected a Ringgold id (digits, like 5488), found " + in_quotes(value),
                  "write only the number");
    return {.value = value};
  case TextKind::grid:
    if (!is_grid(value))
      return fail("source.bad-grid", "expected a GRID id like grid.5386.8, found " + in_quotes(value),
                  value.rfind("grid.", 0) == 0 ? "" : "GRID ids start with \"grid.\"");
    return {.value = value};
  case TextKind::fundref:
    if (!is_fundref(value))
      return fail("source.bad-fundref",
                  "expected a Crossref Funder Registry id like 10.13039/100000001, found " + in_quotes(value),
                  "copy the funder's DOI from https://search.crossref.org/funding");
    return {.value = std::string(strip_doi_prefix(value))};
  case TextKind::lei:
    return check_lei(value);
  case TextKind::currency:
    return check_currency(value);
  case TextKind::amount:
    if (!is_amount(value))
      return fail("source.bad-amount", "expected an amount like 250000 or 1234.50, found " + in_quotes(value),
                  "write digits only: no thousands separators, currency symbol or sign (the currency "
                  "goes in \"currency\")");
    return {.value = value};
  case TextKind::count:
    if (value.empty() || value.size() > 9 || value[0] == '0' ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return fail("source.bad-count", "expected a whole number from 1, like 5, found " + in_quotes(value), "");
    return {.value = value};
  case TextKind::url:
    if (!is_http_url(value))
      return fail("source.bad-url", "expected an absolute http:// or https:// URL, found " + in_quotes(value),
                  value.find("://") == std::string::npos ? "add \"https://\" in front" : "");
    return {.value = value};
  case TextKind::email:
    if (!is_email(value)) return fail("source.bad-email", "expected an e-mail address, found " + in_quotes(value));
    return {.value = value};
  case TextKind::country:
    return check_country(value);
  case TextKind::language:
    return check_language(value);
  case TextKind::choice: {
    if (std::find(info.choices.begin(), info.choices.end(), value) != info.choices.end())
      return {.value = value};
    std::string choices;
    for (std::string_view choice : info.choices) choices += (choices.empty() ? "" : ", ") + std::string(choice);
    std::string suggestion = closest_match(value, info.choices);
    return fail("source.bad-choice", "expected one of " + choices + ", found " + in_quotes(value),
                suggestion.empty() ? "" : "did you mean \"" + suggestion + "\"?");
  }
  }
  return {.value = value};
}

} // namespace

DateProblem describe_bad_date(std::string_view text, bool allow_present) {
  std::string expected = "expected a date YYYY, YYYY-MM or YYYY-MM-DD" +
                         std::string(allow_present ? " or \"present\"" : "") + ", found " + in_quotes(text);
  if (std::string reason = impossible_day_reason(text); !reason.empty())
    return {in_quotes(text) + " names no day: " + reason, ""};
  // What a liberal reader makes of it ("2019-9", "06/2019", "June 2019", "Present") is the fix
  // to suggest, when it is one date the strict form can say.
  LiberalDate liberal = read_liberal_date(text, true);
  if (liberal.date && liberal.problem.empty()) {
    if (!liberal.date->present) return {expected, "write \"" + format_date(*liberal.date) + "\""};
    if (allow_present) return {expected, "write \"present\" (in lower case) for an entry that is ongoing"};
    return {expected, "only an end date can be \"present\"; leave this date out if it is not known"};
  }
  bool has_letters = std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c); });
  if (has_letters)
    return {expected, "write the date as YYYY or YYYY-MM and put the words in \"date_label\" (e.g. date_label: " +
                          in_quotes(text) + ")"};
  if (text.find('/') != std::string_view::npos) return {expected, "use ISO order with dashes: YYYY-MM-DD"};
  return {expected, ""};
}

std::string known_alias_hint(std::string_view name, std::span<const std::string_view> names) {
  // Field names of JSON Resume and other tools that users carry over.
  static constexpr std::pair<std::string_view, std::string_view> aliases[] = {
      {"startDate", "start"}, {"endDate", "end"},      {"studyType", "degree"},
      {"area", "field"},      {"website", "url"},      {"basics", "person"},
      {"label", "headline"},  {"releaseDate", "date"}, {"company", "organization"},
      {"highlight", "highlights"}, {"gpa", "score"},   {"countryCode", "country"},
      {"postalCode", "postal_code"}, {"author", "authors"}, {"journal", "venue"}};
  for (const auto& [alias, field] : aliases)
    if (name == alias && std::find(names.begin(), names.end(), field) != names.end())
      return "cvport calls this field \"" + std::string(field) + "\"";
  std::string listed;
  for (std::string_view known : names) listed += (listed.empty() ? "" : ", ") + std::string(known);
  return "known fields here: " + listed;
}

} // namespace cvport
