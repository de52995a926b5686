#include "journal.hpp"

#include <fstream>
#include <sstream>

#include "cvport/output_commit.hpp"
#include "cvport/file_bytes.hpp"

namespace cvport::orcid {

namespace {

constexpr int kJournalVersion = 1;

} // namespace

Journal::Journal(std::filesystem::path path, std::string orcid, std::string& warning)
    : path_(std::move(path)), orcid_(std::move(orcid)) {
  std::optional<std::string> text = read_file_bytes(path_);
  if (!text) return; // a first run
  nlohmann::json journal = nlohmann::json::parse(*text, nullptr, false);
  if (journal.is_discarded() || !journal.is_object() || journal.value("journal_version", 0) != kJournalVersion ||
      !journal.contains("entries") || !journal["entries"].is_object()) {
    warning = path_.string() + ": not a cvport sync journal; it is not used and will be replaced";
    return;
  }
  if (journal.value("orcid", "") != orcid_) {
    warning = path_.string() + ": a journal of another ORCID iD (" + journal.value("orcid", "") +
              "); it is not used and will be replaced";
    return;
  }
  for (const auto& [key, value] : journal["entries"].items()) {
    if (!value.is_object()) continue;
    entries_[key] = {value.value("type", ""),     value.value("action", ""), value.value("put_code", ""),
                     value.value("sha256", ""),   value.value("result", ""), value.value("ok", false)};
  }
}

const JournalEntry* Journal::last_success(const std::string& key) const {
  auto found = entries_.find(key);
  return found != entries_.end() && found->second.ok ? &found->second : nullptr;
}

bool Journal::record(const std::string& key, JournalEntry entry, std::string& error) {
  entries_[key] = std::move(entry);
  nlohmann::json entries = nlohmann::json::object();
  for (const auto& [name, value] : entries_)
    entries[name] = {{"type", value.type},     {"action", value.action}, {"put_code", value.put_code},
                     {"sha256", value.sha256}, {"result", value.result}, {"ok", value.ok}};
  nlohmann::json journal = {{"journal_version", kJournalVersion}, {"orcid", orcid_}, {"entries", entries}};
  DiagnosticList diagnostics;
  if (commit_file(path_, journal.dump(2) + "\n", diagnostics)) return true;
  error = path_.string() + ": the journal could not be written";
  for (const Diagnostic& diagnostic : diagnostics.items()) error += ": " + diagnostic.message;
  return false;
}

} // namespace cvport::orcid
