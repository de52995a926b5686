// Reads an ORCID bundle (cvport export --to orcid): its manifest.json (version 2,
// docs/schema/orcid-manifest-2.schema.json) and the request body of every item.
#ifndef CVPORT_ORCID_BUNDLE_READER_HPP
#define CVPORT_ORCID_BUNDLE_READER_HPP

#include <filesystem>

#include "sync_types.hpp"

namespace cvport::orcid {

// Throws SyncError: no_input when the folder, manifest or a body file is missing;
// invalid_input (with the JSON path, or the body file's line and column) when they are not
// what cvport writes.
Bundle read_bundle(const std::filesystem::path& folder);

} // namespace cvport::orcid

#endif
