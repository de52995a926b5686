// The plan: pairs the bundle's items with the record's, using only what both hold (keys and
// normalised identifiers), so that no local state is needed to avoid duplicates.
#ifndef CVPORT_ORCID_MATCHER_HPP
#define CVPORT_ORCID_MATCHER_HPP

#include "journal.hpp"
#include "sync_types.hpp"

namespace cvport::orcid {

// For every bundle item, in bundle order:
// - not ready: `not-ready` (never sent; a matching own item is left as it is).
// - an own item of the same type (source client id == client_id) whose key matches: the
//   source-work-id for activities, the normalised value for person items; failing that, an own
//   item of the same type that shares a normalised self id (a re-keyed item, which ORCID would
//   refuse as a duplicate): `update` when the summary's fields differ, when the journal's hash
//   of the last body sent differs, or when there is no journal entry (sync then compares the
//   full item); otherwise `unchanged`.
// - else an item of another source with the same type and a shared normalised self id (other
//   than a source-work-id, which is each client's own), or for person items the same value:
//   `conflict`, left alone.
// - else `create`.
// Then every own record item without a match: `delete` when `allow_delete` and the manifest's
// `authoritative` lists its type and kind (the part of its key before the first ':'),
// otherwise `kept`. Items of other sources are never touched.
Plan make_plan(const Bundle& bundle, const Record& record, const std::string& client_id,
               const Journal* journal, bool allow_delete);

} // namespace cvport::orcid

#endif
