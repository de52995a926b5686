#include "text.hpp"

#include <fmt/format.h>

#include "cvport/utf8.hpp"

namespace cvport::orcid {

namespace {

bool allowed_in_orcid_text(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c < 0x20) return false;
  if (c >= 0x7F && c <= 0x9F) return false;
  if (c == 0xFFFD || c == 0xFFFE || c == 0xFFFF) return false;
  return true;
}

bool is_line_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Vertical tab, form feed and NEL are line breaks in PDF-extracted text: removed, they still
// separate words.
bool is_refused_break(char32_t c) { return c == 0xB || c == 0xC || c == 0x85; }

} // namespace

SanitizedText sanitize(std::string_view raw) {
  SanitizedText result;
  bool pending_space = false;
  for (size_t at = 0; at < raw.size();) {
    char32_t c = 0;
    size_t length = decode_utf8(raw, at, c);
    if (length == 0) {
      result.removed_characters = true;
      ++at;
      continue;
    }
    if (!allowed_in_orcid_text(c)) {
      result.removed_characters = true;
      if (is_refused_break(c)) pending_space = !result.text.empty();
    } else if (is_line_space(c)) {
      pending_space = !result.text.empty();
    } else {
      if (pending_space) result.text += ' ';
      pending_space = false;
      result.text.append(raw.substr(at, length));
    }
    at += length;
  }
  return result;
}

size_t count_characters(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

namespace {

// The byte offset where the character after the first `characters` characters starts.
size_t byte_offset_of_character(std::string_view text, size_t characters) {
  size_t seen = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
    if (seen == characters) return at;
    ++seen;
  }
  return text.size();
}

} // namespace

std::string clean_text(Reporter& reporter, std::string_view raw, std::string_view path,
                       size_t max_characters) {
  SanitizedText sanitized = sanitize(raw);
  if (sanitized.removed_characters)
    reporter.warning("orcid.control-characters", path,
                     "removed control characters, U+FFFD or malformed UTF-8 that ORCID refuses "
                     "(often pasted from a PDF); check the text of this field in the CV");
  std::string& text = sanitized.text;
  if (max_characters != kNoLimit && count_characters(text) > max_characters) {
    text.resize(byte_offset_of_character(text, max_characters));
    while (!text.empty() && text.back() == ' ') text.pop_back();
    reporter.warning("orcid.text-too-long", path,
                     fmt::format("ORCID takes at most {} characters here: the text is cut; "
                                 "shorten it in the CV",
                                 max_characters));
  }
  return std::move(text);
}

} // namespace cvport::orcid
