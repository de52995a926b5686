#include "self_ids.hpp"

#include <cstdint>

#include <fmt/format.h>

namespace cvport::orcid {

namespace {

uint64_t fnv1a_64(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

} // namespace

std::string derive_key(std::string_view kind, int year, std::string_view identity) {
  std::string year_text = year > 0 ? std::to_string(year) : "nd";
  uint64_t hash = fnv1a_64(fmt::format("{}\n{}\n{}", kind, year_text, normalized_text(identity)));
  return fmt::format("{}:{}-{:012x}", kind, year_text, hash >> 16);
}

std::string KeyMaker::key(std::string_view kind, std::string_view id, int year,
                          std::string_view identity, std::string_view source) {
  if (!id.empty()) {
    std::string given = fmt::format("{}:{}", kind, id);
    first_source_.emplace(given, std::string(source));
    return given;
  }
  derived_.emplace_back(source);
  std::string base = derive_key(kind, year, identity);
  std::string key = base;
  for (int copy = 2; first_source_.count(key); ++copy) key = fmt::format("{}-{}", base, copy);
  if (key != base)
    reporter_.warning("orcid.duplicate-entry", source,
                      fmt::format("same kind, title and year as {}: its key gets a suffix ({}), "
                                  "which changes if the entries are reordered; remove the "
                                  "duplicate, or give both entries an `id`",
                                  first_source_[base], key));
  first_source_.emplace(key, std::string(source));
  return key;
}

void KeyMaker::report_entries_without_id() {
  if (derived_.empty()) return;
  std::string list;
  for (const std::string& source : derived_) list += (list.empty() ? "" : ", ") + source;
  reporter_.note("orcid.no-entry-id", derived_.front(),
                 fmt::format("{} {} no `id`, so {} ORCID key is made from kind, year and title, "
                             "and editing those makes a new ORCID item (a sync deletes the old "
                             "one, with its visibility settings): add `id: a-name-of-your-own` "
                             "to {}",
                             derived_.size(), derived_.size() == 1 ? "entry has" : "entries have",
                             derived_.size() == 1 ? "its" : "their", list));
}

} // namespace cvport::orcid
