// The ORCID importer: the XML and JSON documents of ORCID's API 3.0 (a record, its activities or
// person section, a works list or bulk, one work, the affiliation, funding and peer-review lists,
// and their single items) to the model. A JSON document is read as the XML it renders
// (json_as_xml.hpp), so both forms give the same CV. A 2.x document is read for what maps, with a
// warning.
#ifndef CVPORT_ORCID_READER_HPP
#define CVPORT_ORCID_READER_HPP

#include <string_view>

#include "cvport/plugin_context.hpp"

namespace cvport::orcid {

// Every message is placed at its element (line, column and element path; in a JSON document its
// JSON path, which the host locates). Input that is neither XML nor JSON, an ORCID error document
// or a document ORCID's API does not return for a record are errors.
Cv read_orcid(sdk::ImportContext& context);

// XML whose first 4 KiB declare an ORCID namespace (http://www.orcid.org/ns/...), or a JSON object
// that is an ORCID document (orcid_json_root): a record or any part of one, an ORCID error
// document too (the importer then says what went wrong).
bool detect_orcid(std::string_view input);

} // namespace cvport::orcid

#endif
