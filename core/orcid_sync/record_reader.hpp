// Reads an ORCID record as the API returns it (GET /v3.0/{orcid}/record, 3.0, in XML,
// <record:record>, or in JSON, read as the XML it renders: json_as_xml.hpp): every item that has
// a put-code and a source, whatever its section, so a new item type (funding, ...) needs no
// change here.
#ifndef CVPORT_ORCID_RECORD_READER_HPP
#define CVPORT_ORCID_RECORD_READER_HPP

#include <string>
#include <string_view>

#include "orcid_xml.hpp"
#include "sync_types.hpp"

namespace cvport::orcid {

// `text` is XML, or JSON when it starts with "{". `where` names it in messages (a file name, or
// the URL it came from). Throws SyncError (invalid_input) with line and column when the text is
// not well-formed, not a record, or a record of API 2.x (1.x has no record element).
Record read_record(std::string_view text, const std::string& where);

} // namespace cvport::orcid

#endif
