// Peak heap use of a piece of work, for the benchmarks' "heap_peak" counter.
//
// The benchmark executable replaces malloc and friends with thin wrappers around glibc's own
// allocator that count bytes only while a HeapPeak is alive. Wrapping malloc (rather than
// operator new) also counts what the plugins allocate in C: libzip's buffers, pugixml's DOM.
#ifndef CVPORT_BENCH_HEAP_PEAK_HPP
#define CVPORT_BENCH_HEAP_PEAK_HPP

#include <cstdint>

namespace cvport::bench {

// Counts from construction to destruction; one at a time, single-threaded work only.
class HeapPeak {
public:
  HeapPeak();
  ~HeapPeak();
  HeapPeak(const HeapPeak&) = delete;
  HeapPeak& operator=(const HeapPeak&) = delete;

  // The most bytes the work held at once, above what was allocated before it started.
  int64_t peak_bytes() const;
};

} // namespace cvport::bench

#endif
