#include "schema_formats.hpp"

#include <algorithm>

namespace cvport::jsonresume {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

// A dot-separated run of non-empty atoms made of `allowed` characters.
template <class Allowed> bool dotted_atoms(std::string_view text, Allowed allowed) {
  if (text.empty()) return false;
  size_t start = 0;
  while (true) {
    size_t dot = text.find('.', start);
    std::string_view atom =
        text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (atom.empty() || !std::all_of(atom.begin(), atom.end(), allowed)) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

bool is_domain_label(std::string_view label) {
  if (label.empty() || !is_alnum(label.front()) || !is_alnum(label.back())) return false;
  return std::all_of(label.begin(), label.end(), [](char c) { return is_alnum(c) || c == '-'; });
}

constexpr std::string_view kUnreserved = "-._~";
constexpr std::string_view kSubDelimiters = "!$&'()*+,;=";

// Percent-encodes the bytes of `component` that are neither unreserved, sub-delimiters nor in
// `extra`; keeps existing %XX escapes.
std::string encode_component(std::string_view component, std::string_view extra) {
  static constexpr char kHexDigits[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < component.size(); ++i) {
    char c = component[i];
    bool allowed = is_alnum(c) || kUnreserved.find(c) != std::string_view::npos ||
                   kSubDelimiters.find(c) != std::string_view::npos ||
                   extra.find(c) != std::string_view::npos;
    bool escape =
        c == '%' && i + 2 < component.size() && is_hex(component[i + 1]) && is_hex(component[i + 2]);
    if (allowed || escape) {
      out += c;
    } else {
      auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHexDigits[byte >> 4];
      out += kHexDigits[byte & 0xF];
    }
  }
  return out;
}

} // namespace

bool schema_accepts_date(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  if (!all_digits(text.substr(0, 4)) || text[0] < '1' || text[0] > '2') return false;
  if (text.size() >= 7 && (text[4] != '-' || !all_digits(text.substr(5, 2)) || text[5] > '1')) return false;
  if (text.size() == 10 && (text[7] != '-' || !all_digits(text.substr(8, 2)) || text[8] > '3')) return false;
  return true;
}

bool schema_accepts_email(std::string_view text) {
  size_t at = text.find('@');
  if (at == std::string_view::npos) return false;
  constexpr std::string_view kLocalSpecials = "!#$%&'*+/=?^_`{|}~-";
  bool local_ok = dotted_atoms(text.substr(0, at), [&](char c) {
    return is_alnum(c) || kLocalSpecials.find(c) != std::string_view::npos;
  });
  std::string_view domain = text.substr(at + 1);
  if (!local_ok || domain.find('.') == std::string_view::npos) return false;
  size_t start = 0;
  while (true) {
    size_t dot = domain.find('.', start);
    std::string_view label =
        domain.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (!is_domain_label(label)) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

std::string to_schema_uri(std::string_view url) {
  size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(url);
  size_t authority_start = scheme_end + 3;
  size_t authority_end = url.find_first_of("/?#", authority_start);
  if (authority_end == std::string_view::npos) authority_end = url.size();
  size_t fragment_start = url.find('#', authority_end);
  if (fragment_start == std::string_view::npos) fragment_start = url.size();
  size_t query_start = url.find('?', authority_end);
  if (query_start == std::string_view::npos || query_start > fragment_start) query_start = fragment_start;

  std::string out(url.substr(0, authority_start));
  out += encode_component(url.substr(authority_start, authority_end - authority_start), ":@[]");
  out += encode_component(url.substr(authority_end, query_start - authority_end), ":@/");
  if (query_start < fragment_start)
    out += "?" + encode_component(url.substr(query_start + 1, fragment_start - query_start - 1), ":@/?");
  if (fragment_start < url.size()) out += "#" + encode_component(url.substr(fragment_start + 1), ":@/?");
  return out;
}

} // namespace cvport::jsonresume
