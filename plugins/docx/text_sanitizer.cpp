#include "text_sanitizer.hpp"

#include <type_traits>
#include <vector>

#include <fmt/format.h>

#include "unicode_text.hpp"

namespace cvport::docx {

SanitizedText sanitize_xml_text(std::string_view text) {
  SanitizedText result;
  result.text.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    bool valid = true;
    char32_t c = next_code_point(text, at, valid);
    if (!valid) ++result.replaced_sequences;
    if (c == '\r') {
      // "\r\n" and a lone "\r" both end a line.
      if (at < text.size() && text[at] == '\n') ++at;
      result.text += '\n';
    } else if (is_xml_char(c)) {
      append_utf8(result.text, c);
    } else {
      if (!result.removed.empty()) result.removed += ", ";
      result.removed += fmt::format("U+{:04X}", static_cast<std::uint32_t>(c));
    }
  }
  return result;
}

namespace {

template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};

// True when every byte is printable ASCII, tab or line feed: nothing for XML to refuse, nothing
// to rewrite. Most CV text is; only the rest is decoded code point by code point.
bool is_plain_ascii(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || (byte < 0x20 && byte != '\t' && byte != '\n')) return false;
  }
  return true;
}

// Walks the model through its describe() field lists, so no field can be forgotten.
class SanitizingVisitor {
public:
  SanitizingVisitor(sdk::Diagnostics& diagnostics, const ModelPath& path)
      : diagnostics_(diagnostics), path_(path) {}

  template <class T> void field(const Field& info, T& value) { visit(path_.field(info.name), value); }

  template <class T> void visit(const ModelPath& path, T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      if (!is_plain_ascii(value)) clean(path, value);
    } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, Date>) {
      // nothing textual
    } else if constexpr (is_vector<T>::value) {
      for (std::size_t i = 0; i < value.size(); ++i) visit(path.item(i), value[i]);
    } else {
      SanitizingVisitor inner(diagnostics_, path);
      describe(inner, value);
    }
  }

private:
  void clean(const ModelPath& path, std::string& value) {
    SanitizedText result = sanitize_xml_text(value);
    if (!result.removed.empty())
      diagnostics_.warning("docx.removed-characters", path.text(),
                           fmt::format("removed characters that XML 1.0 forbids ({}); delete "
                                       "these control characters from the field in the CV",
                                       result.removed));
    if (result.replaced_sequences > 0)
      diagnostics_.warning("docx.invalid-utf8", path.text(),
                           fmt::format("replaced {} ill-formed UTF-8 sequence(s) with U+FFFD; "
                                       "save the CV as UTF-8",
                                       result.replaced_sequences));
    value = std::move(result.text);
  }

  sdk::Diagnostics& diagnostics_;
  const ModelPath& path_;
};

} // namespace

Cv sanitized_copy(const Cv& cv, sdk::Diagnostics& diagnostics) {
  Cv copy = cv;
  ModelPath root;
  SanitizingVisitor visitor(diagnostics, root);
  describe(visitor, copy);
  return copy;
}

} // namespace cvport::docx
