// Carries a plan out against the member API: creates (works in bulks), updates, deletes, with
// the journal written after each completed request.
#ifndef CVPORT_ORCID_SYNC_RUNNER_HPP
#define CVPORT_ORCID_SYNC_RUNNER_HPP

#include <functional>
#include <string>

#include "http_client.hpp"
#include "journal.hpp"
#include "sync_types.hpp"

namespace cvport::orcid {

struct SyncReport {
  int status = 0;  // exit code: ok, some_failed (ORCID refused items), temporary_failure (stopped)
  int created = 0, updated = 0, deleted = 0, verified = 0, failed = 0;
};

// `say` receives one line per item that failed and the reason a run stopped; every line is
// already scrubbed of the token. A run stops at the first request that may or may not have
// been carried out (no answer to a POST, retries used up): running again completes it, since
// the next plan is made from the live record.
SyncReport run_sync(const Plan& plan, OrcidApi& api, Journal& journal, size_t bulk_size, const std::string& token,
                    const std::function<void(const std::string&)>& say);

// The put-code in ORCID's 409 message (error 9021: "... please see element with put-code 123.
// ..."), or empty.
std::string put_code_in_message(const std::string& message);

// `body` with the put-code attribute set on its root element, as a PUT needs.
std::string with_put_code(const std::string& body, const std::string& put_code);

} // namespace cvport::orcid

#endif
