// Reading one member of a JSON Resume entry liberally: whatever JSON type and whatever form real
// files use (a number for a text, an array of paragraphs, {"de": ..., "en": ...}, "06/2020",
// "github.com/x", "USA"), the value the model field wants, with a note or warning saying what
// was done. Nothing here is an error: a value that cannot be read is left out with a warning.
#ifndef CVPORT_JSONRESUME_MEMBER_READER_HPP
#define CVPORT_JSONRESUME_MEMBER_READER_HPP

#include <string>

#include "cvport/model_json.hpp"
#include "import_session.hpp"
#include "mapping.hpp"

namespace cvport::jsonresume {

struct MemberValue {
  Json value;        // canonical JSON for the field; null = nothing to keep
  Json translations; // the multilingual object a text was chosen from; null = none
  std::string label; // a date that is no date ("Summer 2019"): to be kept as the entry's date_label
  // The value as written, when the model keeps only part of it: objects read as their text member
  // whose other members ({"name": "C++", "level": "expert"}) have no place. null = none.
  Json original;
};

MemberValue read_member(const FieldMapping& field, const Json& input, const std::string& path,
                        ImportSession& session);

// The order of day and month the file's numeric dates with a day show: day first when some
// ("15/01/2019") show it and none shows the month first ("01/15/2019"), and the reverse;
// unknown when none shows it or they disagree. Only the date members of entries are looked at.
DayOrder day_order_of(const Json& document);

// A multilingual value: an object whose members are all language tags ("de", "en", "pt-BR")
// with text values.
bool is_multilingual(const Json& value);

} // namespace cvport::jsonresume

#endif
