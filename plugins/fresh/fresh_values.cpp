#include "fresh_values.hpp"

#include <algorithm>
#include <cctype>

#include "cvport/countries.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/liberal_date.hpp"
#include "cvport/text.hpp"

namespace cvport::fresh {

namespace {

bool is_blank(const std::string& text) { return trim_space(text).empty(); }

// The text of a scalar: a string as it is, a number or true/false as JSON writes it (noted).
std::optional<std::string> scalar_text(const Json& input, const std::string& path, ImportSession& session) {
  if (input.is_string()) return input.get<std::string>();
  if (input.is_number() || input.is_boolean()) {
    session.rewritten(Rewrite::text_of_value, path, "(" + input.dump() + ")");
    return input.dump();
  }
  return std::nullopt;
}

FieldValue read_list(const Json& input, bool joined) {
  if (input.is_string()) return {is_blank(input.get<std::string>()) ? Json() : joined ? input : Json::array({input})};
  if (!input.is_array()) return {Json(), "", "expected an array of texts, found " + json_type_name(input)};
  std::vector<std::string> items;
  for (const Json& item : input) {
    if (!item.is_string()) return {Json(), "", "expected an array of texts, found " + json_type_name(item) + " in it"};
    if (!is_blank(item.get<std::string>())) items.push_back(item.get<std::string>());
  }
  if (items.empty()) return {};
  return {joined ? Json(join_nonempty(items, ", ")) : Json(items)};
}

// "www.example.org", "github.com/jane": a host name with a dot, and no scheme. "jane_doe.png" is
// a file name (no "_" in host names, and a file's extension is no top-level domain).
bool names_a_host(std::string_view url) {
  std::string_view host = url.substr(0, url.find('/'));
  size_t dot = host.rfind('.');
  if (url.find("://") != std::string_view::npos || dot == std::string_view::npos || dot == 0) return false;
  if (!std::all_of(host.begin(), host.end(), [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '.'; }))
    return false;
  std::string top_level = lower_ascii(host.substr(dot + 1));
  for (std::string_view extension : {"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "htm", "html", "json"})
    if (top_level == extension) return false;
  return top_level.size() >= 2 && std::all_of(top_level.begin(), top_level.end(), [](unsigned char c) { return std::isalpha(c); });
}

FieldValue read_url(const std::string& text, const std::string& path, ImportSession& session) {
  std::string url = trimmed(text);
  if (is_http_url(url)) return {url};
  if (names_a_host(url) && is_http_url("https://" + url)) {
    session.rewritten(Rewrite::scheme_added, path, in_quotes(url));
    return {"https://" + url};
  }
  return {Json(), "", "expected an http(s) URL, found " + in_quotes(text)};
}

FieldValue read_date(const std::string& text, bool end, const std::string& path, ImportSession& session) {
  LiberalDate date = read_liberal_date(trimmed(text), end);
  if (!date.date) return {Json(), text, date.problem};
  if (date.rewritten) session.rewritten(Rewrite::date_form, path, in_quotes(text) + " as " + format_date(*date.date));
  return {format_date(*date.date)};
}

FieldValue read_country(const std::string& text, const std::string& path, ImportSession& session) {
  std::string code = upper_ascii(trimmed(text));
  if (code.size() == 2 && is_country_code(code)) return {code};
  if (auto named = country_code_for(text)) {
    session.rewritten(Rewrite::country_named, path, in_quotes(text) + " as " + std::string(*named));
    return {std::string(*named)};
  }
  return {Json(), "", in_quotes(text) + " is not a country name or ISO 3166-1 code cvport knows"};
}

} // namespace

bool is_blank_value(const Json& value) {
  if (value.is_string()) return is_blank(value.get_ref<const std::string&>());
  if (value.is_array() || value.is_object())
    return std::all_of(value.begin(), value.end(), [](const Json& item) { return is_blank_value(item); });
  return value.is_null();
}

FieldValue read_value(ValueKind kind, const Json& input, const std::string& path, ImportSession& session) {
  if (input.is_null()) return {};
  if (kind == ValueKind::list || kind == ValueKind::joined) return read_list(input, kind == ValueKind::joined);
  std::optional<std::string> text = scalar_text(input, path, session);
  if (!text) return {Json(), "", "expected a text, found " + json_type_name(input)};
  if (is_blank(*text)) return {};
  switch (kind) {
  case ValueKind::url:
    return read_url(*text, path, session);
  case ValueKind::email:
    if (is_email(trimmed(*text))) return {trimmed(*text)};
    return {Json(), "", "expected an e-mail address, found " + in_quotes(*text)};
  case ValueKind::date:
  case ValueKind::end_date:
    return read_date(*text, kind == ValueKind::end_date, path, session);
  case ValueKind::country:
    return read_country(*text, path, session);
  default:
    return {*text};
  }
}

} // namespace cvport::fresh
