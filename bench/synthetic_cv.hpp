// Synthetic CVs for the benchmarks: the example CV with its publication list grown to any
// length, so the cost of each step can be measured against the size of the CV.
#ifndef CVPORT_BENCH_SYNTHETIC_CV_HPP
#define CVPORT_BENCH_SYNTHETIC_CV_HPP

#include <cstddef>
#include <memory>
#include <string>

namespace cvport::bench {

struct SyntheticCvShape {
  size_t publications = 12; // the example has 12: "seed-sized"
  size_t variant = 0;       // 0 keeps the example's text; others make a distinct CV of the same size
};

// Makes cvport YAML sources from a seed (a valid CV with at least one publication):
// publication k is a copy of the seed's publication k mod the seed's count, its copies told
// apart by id, title and year. A variant rotates the order of the seed's publications and
// shifts their years, so a batch of seed-sized CVs holds distinct CVs of the same size.
// Deterministic: the same shape always gives the same text. The result is valid whenever the
// seed is (award links to publications that a short list leaves out are dropped).
class SyntheticCvMaker {
public:
  // Parses the seed once; throws if it is not YAML or has no publications.
  explicit SyntheticCvMaker(const std::string& seed_yaml);
  ~SyntheticCvMaker();
  std::string make(const SyntheticCvShape& shape) const;

private:
  struct Seed;
  std::unique_ptr<Seed> seed_;
};

} // namespace cvport::bench

#endif
