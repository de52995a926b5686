// Checks and normalisation of one text value by its kind (DOI, ORCID iD, URL, country, ...).
#ifndef CVPORT_SRC_TEXT_CHECKS_HPP
#define CVPORT_SRC_TEXT_CHECKS_HPP

#include <span>
#include <string>
#include <string_view>

#include "cvport/model.hpp"
#include "cvport/suggest.hpp"
#include "cvport/text.hpp" // trimmed

namespace cvport {

struct TextCheck {
  std::string value;   // the normalised value
  bool is_error = false;
  std::string code;    // set when there is something to say
  std::string message;
  std::string hint;
  bool is_note = false; // something worth knowing, not a problem
};

// Removes control characters that XML 1.0 forbids and most formats cannot show (C0 except tab
// and newlines, DEL, C1, U+FFFE, U+FFFF; a warning says so), trims surrounding whitespace (YAML
// block scalars end with a newline) and checks `text` against the field's kind.
TextCheck check_text_value(std::string_view text, const Field& info);

struct DateProblem {
  std::string message;
  std::string hint;
};

// Why `text` is not a date of the source format, and its fix when one can be guessed: the ISO
// form of "2019-9" or "June 2019", "present" for "Present", the month length of "2013-02-30",
// "date_label" for words such as "Summer 2023".
DateProblem describe_bad_date(std::string_view text, bool allow_present);

// A hint for a field name that belongs to another format (JSON Resume's "startDate"), when
// no close spelling exists.
std::string known_alias_hint(std::string_view name, std::span<const std::string_view> names);

} // namespace cvport

#endif
