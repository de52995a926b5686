#include "plan_writer.hpp"

#include <array>

#include <fmt/format.h>

#include "identifiers.hpp"

namespace cvport::orcid {

namespace {

constexpr int kPlanVersion = 1;
constexpr std::array<Action, 7> kActions = {Action::create, Action::update,    Action::unchanged, Action::conflict,
                                            Action::not_ready, Action::remove, Action::kept};

std::string basis_name(UpdateBasis basis) {
  switch (basis) {
  case UpdateBasis::summary: return "summary";
  case UpdateBasis::journal: return "journal";
  case UpdateBasis::unknown: return "unknown";
  case UpdateBasis::none: break;
  }
  return "";
}

void replace_all(std::string& text, std::string_view from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

nlohmann::ordered_json request_json(const PlanEntry& entry, const std::string& orcid) {
  if (entry.action == Action::create)
    return {{"method", "POST"}, {"path", resolved_path(entry.item->create_path, orcid)}};
  if (entry.action == Action::update)
    return {{"method", "PUT"}, {"path", resolved_path(entry.item->update_path, orcid, entry.put_code)}};
  return nullptr;
}

} // namespace

std::string delete_path(const PlanEntry& entry, const std::string& orcid) {
  return fmt::format("/v3.0/{}/{}/{}", orcid, api_section(entry.type), entry.put_code);
}

std::string action_name(Action action) {
  switch (action) {
  case Action::create: return "create";
  case Action::update: return "update";
  case Action::unchanged: return "unchanged";
  case Action::conflict: return "conflict";
  case Action::not_ready: return "not-ready";
  case Action::remove: return "delete";
  case Action::kept: return "kept";
  }
  return "";
}

std::string resolved_path(const std::string& path, const std::string& orcid, const std::string& put_code) {
  std::string result = path;
  replace_all(result, "{orcid}", orcid);
  if (!put_code.empty()) replace_all(result, "{put-code}", put_code);
  return result;
}

nlohmann::ordered_json plan_summary(const Plan& plan) {
  nlohmann::ordered_json summary = nlohmann::ordered_json::object();
  for (Action action : kActions) summary[action_name(action)] = 0;
  for (const PlanEntry& entry : plan.entries)
    summary[action_name(entry.action)] = summary[action_name(entry.action)].get<int>() + 1;
  return summary;
}

nlohmann::ordered_json plan_json(const Plan& plan, const std::string& bundle_folder) {
  nlohmann::ordered_json summary = plan_summary(plan);
  nlohmann::ordered_json actions = nlohmann::ordered_json::array();
  for (const PlanEntry& entry : plan.entries) {
    nlohmann::ordered_json item = {{"action", action_name(entry.action)},
                           {"key", entry.key},
                           {"type", entry.type},
                           {"title", entry.title},
                           {"put_code", entry.put_code.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(entry.put_code)},
                           {"reason", entry.reason}};
    if (entry.action == Action::update) item["basis"] = basis_name(entry.basis);
    if (entry.item) {
      item["sources"] = entry.item->sources;
      item["body"] = entry.item->body_file;
      item["sha256"] = entry.item->sha256;
      item["request"] = request_json(entry, plan.orcid);
    } else if (entry.action == Action::remove) {
      item["request"] = {{"method", "DELETE"}, {"path", delete_path(entry, plan.orcid)}};
    } else {
      item["request"] = nullptr;
    }
    actions.push_back(std::move(item));
  }
  return {{"plan_version", kPlanVersion},
          {"orcid", plan.orcid},
          {"client_id", plan.client_id},
          {"bundle", bundle_folder.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(bundle_folder)},
          {"delete", plan.deletes_allowed},
          {"summary", summary},
          {"actions", actions}};
}

std::string plan_table(const Plan& plan) {
  std::string table;
  nlohmann::ordered_json summary = plan_summary(plan); // items() would not keep a temporary alive
  for (const auto& [action, count] : summary.items())
    table += fmt::format("{:<10} {:>5}\n", action, count.get<int>());
  for (const PlanEntry& entry : plan.entries) {
    if (entry.action == Action::create || entry.action == Action::unchanged) continue;
    table += fmt::format("  {:<9} {} {}{}{}\n", action_name(entry.action), entry.type, entry.key,
                         entry.put_code.empty() ? "" : " (put-code " + entry.put_code + ")",
                         entry.reason.empty() ? "" : ": " + entry.reason);
  }
  return table;
}

} // namespace cvport::orcid
