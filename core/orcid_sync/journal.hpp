// The sync journal: what `cvport orcid sync` did, one entry per item key, written atomically
// after every completed request. It only saves work: the plan is always recomputed from the
// live record, so a lost or stale journal never causes a duplicate. What it adds is the SHA-256
// of the last body sent, which the record's summary cannot show (contributors, citation, ...),
// so an unchanged item is not PUT again. It holds no token.
#ifndef CVPORT_ORCID_JOURNAL_HPP
#define CVPORT_ORCID_JOURNAL_HPP

#include <filesystem>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace cvport::orcid {

struct JournalEntry {
  std::string type;
  std::string action;   // "create", "update", "delete", "verify" (compared, nothing written)
  std::string put_code; // the item's put-code after the request
  std::string sha256;   // of the bundle body sent (the manifest's sha256); empty for a delete
  std::string result;   // "201", "200", "204", "409 matched put-code 123", "400 error 9001 ..."
  bool ok = false;      // the record now holds this body under this put-code (or no item)
};

class Journal {
public:
  // Reads `path` when it exists and belongs to `orcid` (a journal of another iD is not used);
  // an unreadable journal is ignored with the reason in `warning`, since it only saves work.
  Journal(std::filesystem::path path, std::string orcid, std::string& warning);

  // The entry of `key` if its last request succeeded.
  const JournalEntry* last_success(const std::string& key) const;

  // Records the outcome of one request and rewrites the file atomically. False when the file
  // could not be written (`error` says why).
  bool record(const std::string& key, JournalEntry entry, std::string& error);

  const std::map<std::string, JournalEntry>& entries() const { return entries_; }
  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
  std::string orcid_;
  std::map<std::string, JournalEntry> entries_;
};

} // namespace cvport::orcid

#endif
