#include "sync_runner.hpp"

#include <regex>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "credentials.hpp"
#include "cvport/exit_codes.hpp"
#include "item_fields.hpp"
#include "plan_writer.hpp"

namespace cvport::orcid {

namespace {

// Thrown to stop the run: the request's outcome is unknown or the API cannot be reached.
struct Stop {
  std::string reason;
  int status = exit_code::temporary_failure;
};

std::string serialized(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

// ORCID's error document: "409 error 9021: <developer-message>".
struct ApiError {
  std::string code;
  std::string message;
};

ApiError api_error(const pugi::xml_node& error) {
  return {child_named(error, "error-code").child_value(), child_named(error, "developer-message").child_value()};
}

ApiError api_error(const std::string& body) {
  pugi::xml_document document;
  if (!document.load_buffer(body.data(), body.size())) return {"", body.substr(0, 300)};
  return api_error(document.document_element());
}

std::string put_code_from_location(const std::string& location) {
  size_t slash = location.find_last_of('/');
  std::string tail = slash == std::string::npos ? location : location.substr(slash + 1);
  return !tail.empty() && tail.find_first_not_of("0123456789") == std::string::npos ? tail : "";
}

class Runner {
public:
  Runner(const Plan& plan, OrcidApi& api, Journal& journal, const std::string& token,
         const std::function<void(const std::string&)>& say)
      : plan_(plan), api_(api), journal_(journal), token_(token), say_(say) {}

  void create_works(const std::vector<const PlanEntry*>& works);
  void create(const PlanEntry& entry);
  void update(const PlanEntry& entry, const std::string& put_code, bool compare_first);
  void remove(const PlanEntry& entry);

  SyncReport report;

private:
  HttpResponse send(const std::string& method, const std::string& path, const std::string& body,
                    const std::string& key) {
    HttpResponse response = api_.send(method, path, body);
    if (response.status == 0)
      throw Stop{scrubbed(fmt::format("{} {} ({}): no answer: {}{}", method, path, key, response.transport_error,
                                      response.maybe_processed ? "; it may have been carried out" : ""),
                          token_)};
    if (response.status == 429 || response.status >= 500)
      throw Stop{fmt::format("{} {} ({}): ORCID answered {}{}", method, path, key, response.status,
                             method == "POST" && response.status != 429
                                 ? " (a POST is not repeated: ORCID may have carried it out)"
                                 : ", and again on every retry")};
    if (response.status == 401 || response.status == 403)
      throw Stop{scrubbed(fmt::format("{} {} ({}): ORCID refused the token ({}): {}", method, path, key,
                                      response.status, api_error(response.body).message),
                          token_),
                 exit_code::not_permitted};
    return response;
  }

  void record(const std::string& key, JournalEntry entry) {
    std::string error;
    if (!journal_.record(key, std::move(entry), error)) throw Stop{error};
  }

  void failed(const PlanEntry& entry, const std::string& action, long status, const ApiError& error) {
    ++report.failed;
    std::string result = fmt::format("{} error {}: {}", status, error.code, error.message);
    say_(scrubbed(fmt::format("{} {} ({}) failed: {}", action, entry.type, entry.key, result), token_));
    record(entry.key, {entry.type, action, entry.put_code, "", scrubbed(result, token_), false});
  }

  const Plan& plan_;
  OrcidApi& api_;
  Journal& journal_;
  const std::string& token_;
  const std::function<void(const std::string&)>& say_;
};

void Runner::create_works(const std::vector<const PlanEntry*>& works) {
  pugi::xml_document bulk;
  pugi::xml_node declaration = bulk.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node root = bulk.append_child("bulk:bulk");
  root.append_attribute("xmlns:bulk") = "http://www.orcid.org/ns/bulk";
  root.append_attribute("xmlns:work") = "http://www.orcid.org/ns/work";
  root.append_attribute("xmlns:common") = "http://www.orcid.org/ns/common";
  for (const PlanEntry* entry : works) {
    pugi::xml_document work;
    work.load_buffer(entry->item->body.data(), entry->item->body.size());
    root.append_copy(work.document_element());
  }
  std::string path = fmt::format("/v3.0/{}/works", plan_.orcid);
  HttpResponse response = send("POST", path, serialized(bulk), fmt::format("{} works", works.size()));
  pugi::xml_document answer;
  if (response.status != 200 || !answer.load_buffer(response.body.data(), response.body.size())) {
    for (const PlanEntry* entry : works) failed(*entry, "create", response.status, api_error(response.body));
    return;
  }
  std::vector<pugi::xml_node> results;
  for (pugi::xml_node child : answer.document_element().children())
    if (child.type() == pugi::node_element) results.push_back(child);
  for (size_t i = 0; i < works.size(); ++i) {
    const PlanEntry& entry = *works[i];
    if (i >= results.size()) {
      failed(entry, "create", response.status, {"", "no result for this work in the bulk answer"});
      continue;
    }
    if (local_name(results[i]) != "error") {
      ++report.created;
      record(entry.key, {entry.type, "create", results[i].attribute("put-code").value(), entry.item->sha256,
                         "200 (bulk)", true});
      continue;
    }
    ApiError error = api_error(results[i]);
    std::string put_code = put_code_in_message(error.message);
    if (error.code == "9021" && !put_code.empty()) {
      update(entry, put_code, true); // ORCID holds it already: matched, updated if it differs
      continue;
    }
    failed(entry, "create", std::strtol(child_named(results[i], "response-code").child_value(), nullptr, 10), error);
  }
}

void Runner::create(const PlanEntry& entry) {
  std::string path = resolved_path(entry.item->create_path, plan_.orcid);
  HttpResponse response = send("POST", path, entry.item->body, entry.key);
  if (response.status == 201) {
    ++report.created;
    record(entry.key, {entry.type, "create", put_code_from_location(response.location), entry.item->sha256, "201", true});
    return;
  }
  ApiError error = api_error(response.body);
  std::string put_code = put_code_in_message(error.message);
  if (response.status == 409 && !put_code.empty()) return update(entry, put_code, true);
  failed(entry, "create", response.status, error);
}

void Runner::update(const PlanEntry& entry, const std::string& put_code, bool compare_first) {
  std::string path = resolved_path(entry.item->update_path, plan_.orcid, put_code);
  if (compare_first) {
    HttpResponse current = send("GET", path, "", entry.key);
    pugi::xml_document full;
    if (current.status == 200 && full.load_buffer(current.body.data(), current.body.size()) &&
        all_fields(full.document_element()) == entry.item->full_fields) {
      ++report.verified;
      record(entry.key, {entry.type, "verify", put_code, entry.item->sha256, "200 (same content)", true});
      return;
    }
  }
  HttpResponse response = send("PUT", path, with_put_code(entry.item->body, put_code), entry.key);
  if (response.status == 200) {
    ++report.updated;
    record(entry.key, {entry.type, "update", put_code, entry.item->sha256, "200", true});
    return;
  }
  failed(entry, "update", response.status, api_error(response.body));
}

void Runner::remove(const PlanEntry& entry) {
  HttpResponse response = send("DELETE", delete_path(entry, plan_.orcid), "", entry.key);
  if (response.status == 204 || response.status == 200 || response.status == 404) {
    ++report.deleted;
    record(entry.key, {entry.type, "delete", entry.put_code, "", std::to_string(response.status), true});
    return;
  }
  failed(entry, "delete", response.status, api_error(response.body));
}

} // namespace

std::string put_code_in_message(const std::string& message) {
  static const std::regex pattern(R"(put-code (\d+))");
  std::smatch match;
  return std::regex_search(message, match, pattern) ? match.str(1) : "";
}

std::string with_put_code(const std::string& body, const std::string& put_code) {
  pugi::xml_document document;
  if (!document.load_buffer(body.data(), body.size(), pugi::parse_default | pugi::parse_declaration)) return body;
  pugi::xml_node root = document.document_element();
  pugi::xml_attribute attribute = root.attribute("put-code");
  if (!attribute) attribute = root.append_attribute("put-code");
  attribute.set_value(put_code.c_str());
  return serialized(document);
}

SyncReport run_sync(const Plan& plan, OrcidApi& api, Journal& journal, size_t bulk_size, const std::string& token,
                    const std::function<void(const std::string&)>& say) {
  Runner runner(plan, api, journal, token, say);
  try {
    std::vector<const PlanEntry*> works;
    for (const PlanEntry& entry : plan.entries) {
      if (entry.action == Action::create && entry.type == "work") {
        works.push_back(&entry);
        if (works.size() == bulk_size) runner.create_works(works), works.clear();
      }
    }
    if (!works.empty()) runner.create_works(works);
    for (const PlanEntry& entry : plan.entries) {
      if (entry.action == Action::create && entry.type != "work") runner.create(entry);
      if (entry.action == Action::update) runner.update(entry, entry.put_code, entry.basis == UpdateBasis::unknown);
      if (entry.action == Action::remove) runner.remove(entry);
    }
  } catch (const Stop& stop) {
    say(scrubbed("sync stopped: " + stop.reason +
                     (stop.status == exit_code::temporary_failure
                          ? "; run it again to complete (nothing is sent twice: the plan is made from the live record)"
                          : ""),
                 token));
    runner.report.status = stop.status;
    return runner.report;
  }
  runner.report.status = runner.report.failed ? exit_code::some_failed : exit_code::ok;
  return runner.report;
}

} // namespace cvport::orcid
