#include "crossref.hpp"

#include <algorithm>
#include <map>

#include "cvport/text.hpp"

namespace cvport::bibtex {

namespace {

std::vector<std::string> split_keys(const std::string& list) {
  std::vector<std::string> keys;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = std::min(list.find(',', start), list.size());
    std::string key = list.substr(start, comma - start);
    key.erase(0, key.find_first_not_of(' '));
    key.erase(key.find_last_not_of(' ') + 1);
    if (!key.empty()) keys.push_back(lower_ascii(key));
    start = comma + 1;
  }
  return keys;
}

// Fields a child never takes from its parent: they name the parent, or are the parent's own.
bool inherited(const std::string& field) {
  return field != "crossref" && field != "xdata" && field != "ids" && field != "key" && field != "title" &&
         field != "subtitle" && field != "titleaddon" && field != "shorttitle";
}

void inherit(BibEntry& child, const BibEntry& parent, bool crossref) {
  auto add = [&](const std::string& name, const BibField& from) {
    if (child.field(name)) return;
    BibField field = from;
    field.name = name;
    child.fields.push_back(std::move(field));
  };
  for (const BibField& field : parent.fields)
    if (inherited(field.name)) add(field.name, field);
  // biber's default crossref mapping: the proceedings' or book's title is the part's booktitle.
  if (const BibField* title = parent.field("title"); crossref && title) add("booktitle", *title);
}

} // namespace

std::set<std::string> resolve_inheritance(BibDatabase& database) {
  // Entries by key, indexed when the first link is followed: most files have none.
  std::map<std::string, size_t> by_key;
  auto index = [&]() -> const std::map<std::string, size_t>& {
    if (by_key.empty())
      for (size_t i = 0; i < database.entries.size(); ++i) by_key.emplace(lower_ascii(database.entries[i].key), i);
    return by_key;
  };
  std::set<std::string> parents;
  for (const BibEntry& entry : database.entries)
    if (entry.type == "xdata") parents.insert(lower_ascii(entry.key));
  for (BibEntry& entry : database.entries) {
    for (const char* link : {"xdata", "crossref"}) {
      const BibField* field = entry.field(link);
      if (!field) continue;
      BibField named = *field; // entry.fields grows below
      for (const std::string& key : split_keys(named.value)) {
        const std::map<std::string, size_t>& entries = index();
        auto found = entries.find(key);
        if (found == entries.end() || &database.entries[found->second] == &entry) {
          database.problems.push_back({CVPORT_SEVERITY_WARNING, "bibtex.missing-parent", named.at,
                                       std::string(link) + " names \"" + key + "\", which the file does not have",
                                       "add that entry, or remove the " + std::string(link) + " field"});
          continue;
        }
        // Copied, not referenced: a parent that is itself a child is filled first in file order.
        BibEntry parent = database.entries[found->second];
        inherit(entry, parent, std::string(link) == "crossref");
        parents.insert(key);
      }
    }
  }
  return parents;
}

} // namespace cvport::bibtex
