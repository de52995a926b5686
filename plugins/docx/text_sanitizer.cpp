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

// Walks the model through its describe() field lists, so no field can be forgotten.
class SanitizingVisitor {
public:
  explicit SanitizingVisitor(sdk::Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  template <class T> void field(const Field& info, T& value) {
    std::string path =
        path_.empty() ? std::string(info.name) : path_ + "." + std::string(info.name);
    visit(path, value);
  }

  template <class T> void visit(const std::string& path, T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
      clean(path, value);
    } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, Date>) {
      // nothing textual
    } else if constexpr (is_vector<T>::value) {
      for (std::size_t i = 0; i < value.size(); ++i)
        visit(fmt::format("{}[{}]", path, i), value[i]);
    } else {
      std::string saved = std::move(path_);
      path_ = path;
      describe(*this, value);
      path_ = std::move(saved);
    }
  }

private:
  void clean(const std::string& path, std::string& value) {
    SanitizedText result = sanitize_xml_text(value);
    if (!result.removed.empty())
      diagnostics_.warning("docx.removed-characters", path,
                           fmt::format("removed characters that XML 1.0 forbids ({}); delete "
                                       "these control characters from the field in the CV",
                                       result.removed));
    if (result.replaced_sequences > 0)
      diagnostics_.warning("docx.invalid-utf8", path,
                           fmt::format("replaced {} ill-formed UTF-8 sequence(s) with U+FFFD; "
                                       "save the CV as UTF-8",
                                       result.replaced_sequences));
    value = std::move(result.text);
  }

  sdk::Diagnostics& diagnostics_;
  std::string path_;
};

} // namespace

Cv sanitized_copy(const Cv& cv, sdk::Diagnostics& diagnostics) {
  Cv copy = cv;
  SanitizingVisitor visitor(diagnostics);
  describe(visitor, copy);
  return copy;
}

} // namespace cvport::docx
