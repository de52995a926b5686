#include "self_ids.hpp"

#include <cstdint>

#include <fmt/format.h>

namespace cvport::orcid {

namespace {

// Lower-cased ASCII letters, one space for each run of whitespace, no leading or trailing
// space: the parts of a title that survive a cosmetic edit.
std::string normalized(std::string_view text) {
  std::string result;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !result.empty();
      continue;
    }
    if (space) result += ' ';
    space = false;
    result += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  return result;
}

uint64_t fnv1a_64(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

} // namespace

std::string derive_source_work_id(std::string_view kind, int year, std::string_view identity) {
  std::string year_text = year > 0 ? std::to_string(year) : "nd";
  uint64_t hash = fnv1a_64(fmt::format("{}\n{}\n{}", kind, year_text, normalized(identity)));
  return fmt::format("cv-{}-{}-{:012x}", kind, year_text, hash >> 16);
}

std::string SelfIdMinter::mint(std::string_view kind, int year, std::string_view identity,
                               std::string_view source) {
  std::string base = derive_source_work_id(kind, year, identity);
  std::string id = base;
  for (int copy = 2; first_source_.count(id); ++copy) id = fmt::format("{}-{}", base, copy);
  if (id != base)
    reporter_.warning("orcid.duplicate-entry", source,
                      fmt::format("same kind, title and year as {}: its identifier gets a "
                                  "suffix ({}), which changes if the entries are reordered; "
                                  "remove the duplicate or make the titles differ",
                                  first_source_[base], id));
  first_source_.emplace(id, std::string(source));
  return id;
}

} // namespace cvport::orcid
