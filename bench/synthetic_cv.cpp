#include "synthetic_cv.hpp"

#include <set>
#include <string>
#include <stdexcept>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace cvport::bench {

namespace {

// A date ("2023", "2023-05", "2024-02-29") moved `years` earlier; February 29 becomes the 28th
// so the date stays valid in any year. Other text is left as it is.
std::string earlier_date(const std::string& date, int years) {
  if (date.size() < 4 || date.find_first_not_of("0123456789") < 4) return date;
  std::string moved = std::to_string(std::stoi(date.substr(0, 4)) - years) + date.substr(4);
  if (moved.size() == 10 && moved.compare(4, 6, "-02-29") == 0) moved.back() = '8';
  return moved;
}

// Copy `copy` (0 = the original) of a seed publication, in variant `variant`.
YAML::Node vary_publication(const YAML::Node& original, size_t copy, size_t variant) {
  YAML::Node publication = YAML::Clone(original);
  // Years move back by at most 25, so every date stays plausible.
  int year_shift = int(copy % 20 + variant % 7);
  if (year_shift > 0 && publication["date"])
    publication["date"] = earlier_date(publication["date"].as<std::string>(), year_shift);
  if (copy > 0) {
    publication["id"] = original["id"].as<std::string>() + "-copy" + std::to_string(copy);
    publication["title"] = original["title"].as<std::string>() + " (follow-up study " + std::to_string(copy) + ")";
  }
  return publication;
}

// Awards name the publication they were given for; drop the names a short list leaves out.
void drop_dangling_award_links(YAML::Node cv, const std::set<std::string>& publication_ids) {
  if (!cv["awards"]) return;
  for (YAML::Node award : cv["awards"])
    if (award["for"] && !publication_ids.count(award["for"].as<std::string>())) award.remove("for");
}

} // namespace

struct SyntheticCvMaker::Seed {
  YAML::Node cv;
  std::vector<YAML::Node> publications;
};

SyntheticCvMaker::SyntheticCvMaker(const std::string& seed_yaml) : seed_(std::make_unique<Seed>()) {
  seed_->cv = YAML::Load(seed_yaml);
  for (const YAML::Node& publication : seed_->cv["publications"]) seed_->publications.push_back(publication);
  if (seed_->publications.empty()) throw std::invalid_argument("the seed CV has no publications to repeat");
}

SyntheticCvMaker::~SyntheticCvMaker() = default;

std::string SyntheticCvMaker::make(const SyntheticCvShape& shape) const {
  YAML::Node cv = YAML::Clone(seed_->cv);
  const std::vector<YAML::Node>& originals = seed_->publications;
  YAML::Node publications(YAML::NodeType::Sequence);
  std::set<std::string> ids;
  for (size_t k = 0; k < shape.publications; ++k) {
    const YAML::Node& original = originals[(k + shape.variant) % originals.size()];
    YAML::Node publication = vary_publication(original, k / originals.size(), shape.variant);
    ids.insert(publication["id"].as<std::string>());
    publications.push_back(publication);
  }
  cv["publications"] = publications;
  drop_dangling_award_links(cv, ids);

  YAML::Emitter out;
  out << cv;
  if (!out.good()) throw std::runtime_error("cannot write the synthetic CV: " + out.GetLastError());
  return std::string(out.c_str()) + "\n";
}

} // namespace cvport::bench
