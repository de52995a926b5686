// Where a value of the model being imported came from in the JSON Resume input: canonical paths
// ("organization.name", "highlights[2]") to input paths ("work[3].name", "work[3].highlights[2]").
// Values no mapping covers came from the entry's "x-cvport" member.
#ifndef CVPORT_JSONRESUME_LOCATOR_HPP
#define CVPORT_JSONRESUME_LOCATOR_HPP

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cvport::jsonresume {

class Locator {
public:
  // `fallback` is the input path of the values no mapping covers: "work[3].x-cvport".
  explicit Locator(std::string fallback) : fallback_(std::move(fallback)) {}

  // Values at `canonical` (and below it) came from `input`.
  void map(std::string canonical, std::string input);
  // The same, replacing what an earlier map() said of exactly `canonical`: for a value the
  // reader builds from other members than the one it was first mapped to.
  void remap(const std::string& canonical, std::string input);

  // The input path of the value at `canonical`. A path that is only the parent of a mapped one
  // ("organization" when "organization.name" came from "name") is located at that member,
  // which is where a missing value belongs.
  std::string locate(std::string_view canonical) const;

  // Every mapping made: canonical path, input path.
  const std::vector<std::pair<std::string, std::string>>& mappings() const { return mappings_; }

  // Whether the value at `canonical` came from a standard JSON Resume member.
  bool is_standard(std::string_view canonical) const;

private:
  const std::pair<std::string, std::string>* covering(std::string_view canonical) const;

  std::string fallback_;
  std::vector<std::pair<std::string, std::string>> mappings_;
};

} // namespace cvport::jsonresume

#endif
