#include "text.hpp"

#include <fmt/format.h>

#include "cvport/text.hpp"
#include "cvport/utf8.hpp"

namespace cvport::orcid {

std::string clean_text(Reporter& reporter, std::string_view raw, std::string_view path,
                       size_t max_characters) {
  std::string text = one_line(raw);
  if (max_characters != kNoLimit && count_code_points(text) > max_characters) {
    text.resize(first_code_points(text, max_characters).size());
    while (!text.empty() && text.back() == ' ') text.pop_back();
    reporter.warning("orcid.text-too-long", path,
                     fmt::format("ORCID takes at most {} characters here: the text is cut; "
                                 "shorten it in the CV",
                                 max_characters));
  }
  return text;
}

} // namespace cvport::orcid
