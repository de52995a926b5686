// The "orcid" format: a bundle (folder) of ORCID API 3.0 XML documents plus manifest.json.
#ifndef CVPORT_ORCID_WRITER_HPP
#define CVPORT_ORCID_WRITER_HPP

#include "cvport/plugin_context.hpp"

namespace cvport::orcid {

// Writes manifest.json, works/bulk-NNN.xml, <section>/<section>-NNN.xml and
// person/<section>-NNN.xml into the output folder.
void write_orcid(sdk::ExportContext& context);

} // namespace cvport::orcid

#endif
