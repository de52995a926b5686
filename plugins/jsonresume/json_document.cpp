#include "json_document.hpp"

#include <set>
#include <string>
#include <vector>

#include "json_path.hpp"

namespace cvport::jsonresume {

namespace {

// Follows the parser through the document to know the path of each member, and reports a
// member name that repeats in its object.
class DuplicateMemberCheck {
public:
  explicit DuplicateMemberCheck(sdk::Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  bool operator()(int /*depth*/, Json::parse_event_t event, Json& parsed) {
    switch (event) {
    case Json::parse_event_t::object_start:
      frames_.push_back({});
      break;
    case Json::parse_event_t::array_start:
      frames_.emplace_back().is_array = true;
      break;
    case Json::parse_event_t::key: {
      Frame& frame = frames_.back();
      frame.member = parsed.get<std::string>();
      if (!frame.seen.insert(frame.member).second)
        diagnostics_.warning("jsonresume.duplicate-member", current_path(),
                             "the member \"" + frame.member +
                                 "\" is given twice in the same object; only the "
                                 "last one is read, as JavaScript does; remove the other");
      break;
    }
    case Json::parse_event_t::object_end:
    case Json::parse_event_t::array_end:
      frames_.pop_back();
      element_done();
      break;
    case Json::parse_event_t::value:
      element_done();
      break;
    }
    return true;
  }

private:
  struct Frame {
    bool is_array = false;
    size_t index = 0;   // of the element being parsed, in an array
    std::string member; // being parsed, in an object
    std::set<std::string> seen;
  };

  void element_done() {
    if (!frames_.empty() && frames_.back().is_array) ++frames_.back().index;
  }

  std::string current_path() const {
    std::string path;
    for (const Frame& frame : frames_)
      path = frame.is_array ? index_path(path, frame.index) : join_path(path, frame.member);
    return path;
  }

  sdk::Diagnostics& diagnostics_;
  std::vector<Frame> frames_;
};

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 3,
// column 1: "; the position is reported separately, in characters rather than bytes.
std::string syntax_message(const std::string& what) {
  size_t colon = what.find(": ");
  return "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2));
}

// nlohmann's position is the last character it read: the end of an unexpected token, or the
// character after an invalid literal. A reader wants the token's first character.
size_t token_start(std::string_view text, size_t last, const std::string& message) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (last >= text.size()) return last;
  size_t start = last;
  if (message.find("unexpected string literal") != std::string::npos) {
    // Back to the opening quote: the first '"' before the closing one that no backslash escapes.
    while (start > 0) {
      --start;
      size_t backslashes = 0;
      while (backslashes < start && text[start - 1 - backslashes] == '\\') ++backslashes;
      if (text[start] == '"' && backslashes % 2 == 0) break;
    }
  } else if (message.find("unexpected number literal") != std::string::npos) {
    while (start > 0 && std::string_view("0123456789+-.eE").find(text[start - 1]) != std::string_view::npos)
      --start;
  } else if (message.find(" literal") != std::string::npos &&
             message.find("unexpected '") == std::string::npos) {
    // "unexpected true literal", "invalid literal": back over the letters of the word.
    while (start > 0 && is_letter(text[start - 1])) --start;
  }
  return start;
}

// The code unit of a "\\uXXXX" escape at text[at], or -1 when there is none.
long escaped_code_unit(std::string_view text, size_t at) {
  if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u') return -1;
  long unit = 0;
  for (size_t i = at + 2; i < at + 6; ++i) {
    char c = text[i];
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

} // namespace

std::optional<std::string> with_lone_surrogates_replaced(std::string_view text, std::vector<size_t>* replaced) {
  if (text.find("\\ud") == std::string_view::npos && text.find("\\uD") == std::string_view::npos) return std::nullopt;
  std::string result(text);
  bool any = false;
  bool in_string = false;
  for (size_t at = 0; at < result.size(); ++at) {
    char c = result[at];
    if (!in_string) {
      in_string = c == '"';
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c == '\\') {
      long unit = escaped_code_unit(result, at);
      if (unit < 0xD800 || unit > 0xDFFF) {
        at += unit < 0 ? 1 : 5; // past "\x" or "\uXXXX"
        continue;
      }
      long next = escaped_code_unit(result, at + 6);
      if (unit <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
        at += 11; // a pair: one character
        continue;
      }
      result.replace(at, 6, "\\ufffd");
      any = true;
      if (replaced) replaced->push_back(at);
      at += 5;
    }
  }
  if (!any) return std::nullopt;
  return result;
}

std::optional<Json> parse_document(std::string_view input, sdk::Diagnostics& diagnostics) {
  std::vector<size_t> lone_surrogates;
  std::optional<std::string> repaired = with_lone_surrogates_replaced(input, &lone_surrogates);
  std::string_view text = repaired ? std::string_view(*repaired) : input;
  if (!lone_surrogates.empty()) {
    TextPosition position = position_of(text, lone_surrogates.front());
    std::string message = "half of a UTF-16 surrogate pair (\"" +
                          std::string(input.substr(lone_surrogates.front(), 6)) +
                          "\"), which is no character, is read as U+FFFD (\ufffd)";
    if (lone_surrogates.size() > 1) message += " (" + std::to_string(lone_surrogates.size()) + " times)";
    diagnostics.report(CVPORT_SEVERITY_WARNING, "jsonresume.lone-surrogate", "", message, position.line,
                       position.column);
  }
  DuplicateMemberCheck check(diagnostics);
  try {
    return Json::parse(text.begin(), text.end(), std::ref(check));
  } catch (const Json::parse_error& error) {
    // `byte` counts from 1; at the end of the input the error is just past the last character.
    std::string message = syntax_message(error.what());
    bool at_end = message.find("unexpected end of input") != std::string::npos;
    size_t offset = at_end ? text.size() : token_start(text, error.byte == 0 ? 0 : error.byte - 1, message);
    // A web page or XML file saved as resume.json: say what it is rather than what JSON lacks.
    size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string_view::npos && text[first] == '<') {
      offset = first;
      message = "invalid JSON: this looks like XML or HTML, not JSON (it starts with \"<\")";
    }
    TextPosition position = position_of(text, offset);
    diagnostics.error("jsonresume.syntax", "", message, position.line, position.column);
    return std::nullopt;
  }
}

} // namespace cvport::jsonresume
