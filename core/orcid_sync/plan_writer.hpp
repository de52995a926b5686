// plan.json (docs/schema/orcid-plan-1.schema.json) and the table `cvport orcid plan` prints.
#ifndef CVPORT_ORCID_PLAN_WRITER_HPP
#define CVPORT_ORCID_PLAN_WRITER_HPP

#include <string>

#include <nlohmann/json.hpp>

#include "sync_types.hpp"

namespace cvport::orcid {

// `bundle_folder` is named in the plan when it outlives the command (empty: a temporary
// export of the CV). Request paths have the iD and put-code filled in.
nlohmann::ordered_json plan_json(const Plan& plan, const std::string& bundle_folder);

// Per action ("create", "update", ...) its number of items, in the plan's order of actions.
nlohmann::ordered_json plan_summary(const Plan& plan);

// One line per action with its count, then one line per item that is neither created nor
// unchanged: its action, type, key, put-code and reason.
std::string plan_table(const Plan& plan);

// The API path of a manifest path with the iD (and the put-code) filled in.
std::string resolved_path(const std::string& path, const std::string& orcid, const std::string& put_code = "");

// DELETE's path for an own record item without a match.
std::string delete_path(const PlanEntry& entry, const std::string& orcid);

} // namespace cvport::orcid

#endif
