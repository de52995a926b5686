#include "member_reader.hpp"

#include <algorithm>
#include <cctype>

#include "cvport/countries.hpp"
#include "cvport/date.hpp"
#include "cvport/identifiers.hpp"
#include "cvport/language.hpp"
#include "cvport/text.hpp"
#include "cvport/liberal_date.hpp"
#include "message_text.hpp"

namespace cvport::jsonresume {

namespace {

std::string repaired_url(const std::string& text);

// The text of the language to read: the shared rule of every multilingual value (choose_language).
const Json& chosen_language(const Json& translations, const ImportSession& session) {
  std::vector<std::string> tags;
  for (auto member = translations.begin(); member != translations.end(); ++member) tags.push_back(member.key());
  return translations.at(tags[choose_language(tags, session.language, session.cv_language).index]);
}

class MemberReader {
public:
  MemberReader(const FieldMapping& field, const std::string& path, ImportSession& session)
      : field_(field), path_(path), session_(session) {}

  MemberValue read(const Json& input) {
    MemberValue result;
    const Json* value = &input;
    if (is_multilingual(input)) {
      result.translations = input;
      value = &chosen_language(input, session_);
      std::string tag;
      for (const auto& [name, text] : input.items())
        if (&text == value) tag = name;
      session_.normalised(Normalisation::language_chosen, path_, "\"" + tag + "\"");
    }
    if (field_.kind == ValueKind::list) {
      result.value = list(*value);
      if (translated_list_) result.translations = input; // the whole list, every language kept
    } else
      result.value = single(*value, result.label);
    if (partly_read_) result.original = input;
    return result;
  }

private:
  Json list(const Json& value) {
    if (value.is_null()) return Json();
    if (!value.is_array()) {
      Json item = text(value, path_);
      if (item.is_null()) return Json();
      session_.normalised(Normalisation::type_coerced, path_, "(one value read as a list of one)");
      return Json::array({item});
    }
    Json items = Json::array();
    for (size_t i = 0; i < value.size(); ++i) {
      std::string item_path = path_ + "[" + std::to_string(i) + "]";
      const Json* item = &value[i];
      if (is_multilingual(*item)) {
        translated_list_ = true;
        item = &chosen_language(*item, session_);
        session_.normalised(Normalisation::language_chosen, item_path, "");
      }
      Json read = text(*item, item_path);
      if (!read.is_null()) items.push_back(std::move(read));
    }
    return items.empty() ? Json() : items;
  }

  // A value as text: strings as they are, numbers and booleans as written, an array of texts as
  // paragraphs, an object by its main text member.
  Json text(const Json& value, const std::string& path) {
    switch (value.type()) {
    case Json::value_t::null:
      return Json();
    case Json::value_t::string:
      if (trimmed(value.get_ref<const std::string&>()).empty()) {
        session_.normalised(Normalisation::empty_left_out, path, "");
        return Json();
      }
      return value;
    case Json::value_t::array: {
      std::string paragraphs;
      for (const Json& item : value) {
        Json part = item.is_string() ? item : Json();
        if (part.is_null() || trimmed(part.get_ref<const std::string&>()).empty()) continue;
        paragraphs += (paragraphs.empty() ? "" : "\n\n") + part.get<std::string>();
      }
      if (paragraphs.empty()) return Json();
      session_.normalised(Normalisation::type_coerced, path, "(a list joined as paragraphs)");
      return paragraphs;
    }
    case Json::value_t::object:
      // A link given as {"name": "ada.dev", "url": "https://www.ada.dev"} is its "url".
      for (const char* main : {"url", "name", "title", "text", "value", "label"}) {
        if (std::string_view(main) == "url" && field_.kind != ValueKind::url) continue;
        auto member = value.find(main);
        if (member != value.end() && member->is_string() && !trimmed(member->get_ref<const std::string&>()).empty()) {
          keep_other_members(value, main, path);
          return *member;
        }
      }
      session_.diagnostics.warning("jsonresume.unusable-value", path,
                                   "expected text, found an object without a text member; it is left out");
      return Json();
    default: {
      std::string written = value.dump();
      session_.normalised(Normalisation::type_coerced, path, "(" + written + " read as \"" + written + "\")");
      return written;
    }
    }
  }

  // An object read as its text member `main`: when it has other members ({"name": "C++",
  // "level": "expert"}), the model has no place for them, so the value is kept as written
  // (MemberValue::original) and a warning names them; the message leaves out the text, so that
  // a list of such objects gets one warning with its places.
  void keep_other_members(const Json& object, const std::string& main, const std::string& path) {
    std::string others;
    for (const auto& [name, member] : object.items())
      if (name != main && !member.is_null() && !(member.is_string() && trimmed(member.get<std::string>()).empty()))
        others += (others.empty() ? "" : ", ") + in_quotes(name);
    if (others.empty()) {
      session_.normalised(Normalisation::type_coerced, path, "(an object read as its \"" + main + "\")");
      return;
    }
    partly_read_ = true;
    session_.diagnostics.warning("jsonresume.object-kept", path,
                                 "expected text, found an object: read as its " + in_quotes(main) +
                                     "; its other members (" + others +
                                     ") have no place in cvport, so the value is kept as written in the entry's "
                                     "extra (\"jsonresume-original\"), which JSON Resume export writes into "
                                     "\"x-cvport\" and the other formats do not show");
  }

  Json single(const Json& value, std::string& label) {
    Json read = text(value, path_);
    if (read.is_null()) return read;
    std::string raw = read.get<std::string>();
    std::string clean = trimmed(raw);
    switch (field_.kind) {
    case ValueKind::date:
    case ValueKind::end_date:
      return date(clean, label);
    case ValueKind::url:
      return url(clean);
    case ValueKind::email:
      return email(clean);
    case ValueKind::country:
      return country(raw, clean);
    default:
      return read;
    }
  }

  Json date(const std::string& text, std::string& label) {
    LiberalDate read = read_liberal_date(text, field_.kind == ValueKind::end_date, session_.day_order);
    if (read.date && read.date->present) {
      if (text != "present") session_.normalised(Normalisation::ongoing_word, path_, in_quotes(text));
      return "present";
    }
    if (!read.problem.empty())
      session_.diagnostics.warning("jsonresume.bad-date", path_, read.problem);
    if (!read.date) {
      label = text; // shown as written where the entry can hold a date label
      return Json();
    }
    std::string iso = format_date(*read.date);
    if (read.rewritten) session_.normalised(Normalisation::date_rewritten, path_, in_quotes(text) + " as " + iso);
    return iso;
  }

  Json url(const std::string& written) {
    std::string text = repaired_url(written);
    if (is_http_url(text)) {
      if (text != written) session_.normalised(Normalisation::url_repaired, path_, in_quotes(written) + " as " + in_quotes(text));
      return text;
    }
    // "github.com/x", "www.example.org", "//example.org": a web address without its scheme.
    std::string_view rest = text;
    if (rest.substr(0, 2) == "//") rest.remove_prefix(2);
    size_t host_end = std::min(rest.find('/'), rest.size());
    std::string_view host = rest.substr(0, host_end);
    // A host name starts with a letter or digit: "./photo.jpg", "../index.html" and "." are paths
    // relative to the resume, which cvport cannot resolve.
    bool looks_like_host = !host.empty() && std::isalnum(static_cast<unsigned char>(host.front())) &&
                           host.find("..") == std::string_view::npos && host.find('.') != std::string_view::npos &&
                           rest.find("://") == std::string_view::npos && rest.find('@') == std::string_view::npos;
    // "me.jpg" or "cv.pdf" is a file next to the resume, not a web site.
    std::string_view last = rest.substr(rest.find_last_of('.') + 1);
    for (std::string_view file : {"jpg", "jpeg", "png", "gif", "svg", "webp", "pdf", "html", "htm", "json"})
      if (host_end == rest.size() && last == file) looks_like_host = false;
    std::string fixed = "https://" + std::string(rest);
    if (looks_like_host && is_http_url(fixed)) {
      session_.normalised(Normalisation::scheme_added, path_, in_quotes(written));
      return fixed;
    }
    return unusable(written, "an absolute http:// or https:// URL");
  }

  Json email(const std::string& text) {
    std::string address = text.substr(0, 7) == "mailto:" ? text.substr(7) : text;
    return is_email(address) ? Json(address) : unusable(text, "an e-mail address");
  }

  Json country(const std::string& raw, const std::string& text) {
    if (is_country_code(upper_ascii(text)) && text.size() == 2) return upper_ascii(text);
    if (auto code = country_code_for(text)) {
      session_.normalised(Normalisation::country_named, path_, in_quotes(raw) + " as " + std::string(*code));
      return std::string(*code);
    }
    return unusable(text, "an ISO 3166-1 alpha-2 country code or a country's name");
  }

  Json unusable(const std::string& text, const std::string& what) {
    session_.diagnostics.warning("jsonresume.unusable-value", path_,
                                 in_quotes(text) + " is not " + what + ", which cvport needs here; it is left out");
    return Json();
  }

  const FieldMapping& field_;
  const std::string& path_;
  ImportSession& session_;
  bool translated_list_ = false; // some items of a list were multilingual
  bool partly_read_ = false;     // some objects were read as their text member, and had more
};

// What browsers forgive in an address and the uri format does not: a scheme written in capitals
// ("Https://"), and spaces and other bytes a URI cannot hold as they are ("my photo.jpg"),
// which are percent-encoded ("my%20photo.jpg").
std::string repaired_url(const std::string& text) {
  std::string result = text;
  for (std::string_view scheme : {"https://", "http://"})
    if (result.size() > scheme.size() && lower_ascii(result.substr(0, scheme.size())) == scheme) {
      result.replace(0, scheme.size(), scheme);
      break;
    }
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : result) {
    if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == 0x7F) {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xF];
    } else {
      encoded += char(c);
    }
  }
  return encoded;
}

} // namespace

bool is_multilingual(const Json& value) {
  if (!value.is_object() || value.empty()) return false;
  for (const auto& [tag, text] : value.items())
    if (!is_language_tag(tag) || !(text.is_string() || text.is_array())) return false;
  return true;
}

// Marks which orders of day and month the date members under `value` show.
static void find_day_orders(const Json& value, bool& day_first, bool& month_first) {
  if (value.is_array()) {
    for (const Json& item : value) find_day_orders(item, day_first, month_first);
    return;
  }
  if (!value.is_object()) return;
  for (const auto& [name, member] : value.items()) {
    if (member.is_string() && (name == "startDate" || name == "endDate" || name == "date" || name == "releaseDate")) {
      DayOrder order = numeric_day_order(trimmed(member.get_ref<const std::string&>()));
      day_first = day_first || order == DayOrder::day_first;
      month_first = month_first || order == DayOrder::month_first;
    }
    find_day_orders(member, day_first, month_first);
  }
}

DayOrder day_order_of(const Json& document) {
  bool day_first = false, month_first = false;
  find_day_orders(document, day_first, month_first);
  if (day_first == month_first) return DayOrder::unknown;
  return day_first ? DayOrder::day_first : DayOrder::month_first;
}

MemberValue read_member(const FieldMapping& field, const Json& input, const std::string& path,
                        ImportSession& session) {
  return MemberReader(field, path, session).read(input);
}

} // namespace cvport::jsonresume
