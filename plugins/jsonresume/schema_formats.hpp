// What the official JSON Resume schema accepts, checked the way its validators check it (ajv 8
// with ajv-formats in "full" mode): the partial ISO 8601 date pattern, the "email" format and
// the "uri" format. The cvport model is more liberal (an IRI with "ü" is a fine http(s) URL,
// year 0800 is a fine year), so the writer passes every value through these first.
#ifndef CVPORT_JSONRESUME_SCHEMA_FORMATS_HPP
#define CVPORT_JSONRESUME_SCHEMA_FORMATS_HPP

#include <string>
#include <string_view>

namespace cvport::jsonresume {

// The schema's "iso8601" pattern: YYYY, YYYY-MM or YYYY-MM-DD with the year 1000 to 2999.
bool schema_accepts_date(std::string_view text);

// ajv-formats' full "email" format.
bool schema_accepts_email(std::string_view text);

// An http(s) URL as an RFC 3986 URI that ajv-formats' full "uri" format accepts: bytes outside
// the characters each component allows (non-ASCII, "|", "{", a second "#", a stray "%") are
// percent-encoded. Returns the input unchanged when nothing needs encoding.
std::string to_schema_uri(std::string_view url);

} // namespace cvport::jsonresume

#endif
