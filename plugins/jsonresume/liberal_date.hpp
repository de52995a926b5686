// Reading the dates people write in resume.json files. JSON Resume asks for ISO 8601 (2019,
// 2019-06, 2019-06-01); real files also hold "06/2019", "June 2019", "Now" and days that do not
// exist. This reads every form docs/formats/jsonresume.md lists, and says what it did.
#ifndef CVPORT_JSONRESUME_LIBERAL_DATE_HPP
#define CVPORT_JSONRESUME_LIBERAL_DATE_HPP

#include <optional>
#include <string>
#include <string_view>

#include "cvport/model.hpp"

namespace cvport::jsonresume {

struct LiberalDate {
  std::optional<Date> date; // what was read; nothing when the text is no date at all
  bool rewritten = false;   // the text was not the ISO form of `date` (a note says so)
  std::string problem;      // why part of the text was not kept ("September has 30 days"), or why none was
};

// `allow_present`: the words for an ongoing entry ("present", "now", "current", "today",
// "ongoing", in any case) give Date{.present = true}.
LiberalDate read_liberal_date(std::string_view text, bool allow_present);

} // namespace cvport::jsonresume

#endif
