#include "heap_peak.hpp"

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <malloc.h>
#include <new>

#ifdef CVPORT_WITH_MIMALLOC
// The allocator the cvport executable uses (see CVPORT_MIMALLOC in CMakeLists.txt), under its
// own names, so the wrappers below measure and time what the CLI runs.
#include <mimalloc.h>
#define real_malloc mi_malloc
#define real_calloc mi_calloc
#define real_realloc mi_realloc
#define real_memalign mi_memalign
#define real_free mi_free
#define usable_size mi_usable_size
#else
// glibc's allocator under its internal names, so the wrappers below can forward to it. glibc
// documents replacing malloc this way ("Replacing malloc" in its manual).
extern "C" {
void* __libc_malloc(size_t size);
void* __libc_calloc(size_t count, size_t size);
void* __libc_realloc(void* pointer, size_t size);
void* __libc_memalign(size_t alignment, size_t size);
void __libc_free(void* pointer);
}
#define real_malloc __libc_malloc
#define real_calloc __libc_calloc
#define real_realloc __libc_realloc
#define real_memalign __libc_memalign
#define real_free __libc_free
#define usable_size malloc_usable_size
#endif

namespace {

// Off except while a HeapPeak is alive, so the timed iterations pay one relaxed load per call.
std::atomic<bool> counting{false};
std::atomic<int64_t> current_bytes{0};
std::atomic<int64_t> peak_held_bytes{0};

void count_allocation(void* pointer) {
  if (!pointer || !counting.load(std::memory_order_relaxed)) return;
  auto size = int64_t(usable_size(pointer));
  int64_t now = current_bytes.fetch_add(size, std::memory_order_relaxed) + size;
  int64_t peak = peak_held_bytes.load(std::memory_order_relaxed);
  while (now > peak && !peak_held_bytes.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
  }
}

// A block allocated before counting started and freed during it lowers the count below zero;
// the peak is measured from zero, so such frees never hide what the work itself held.
void count_release(void* pointer) {
  if (!pointer || !counting.load(std::memory_order_relaxed)) return;
  current_bytes.fetch_sub(int64_t(usable_size(pointer)), std::memory_order_relaxed);
}

} // namespace

extern "C" {

void* malloc(size_t size) {
  void* pointer = real_malloc(size);
  count_allocation(pointer);
  return pointer;
}

void* calloc(size_t count, size_t size) {
  void* pointer = real_calloc(count, size);
  count_allocation(pointer);
  return pointer;
}

void* realloc(void* pointer, size_t size) {
  count_release(pointer);
  void* moved = real_realloc(pointer, size);
  count_allocation(moved ? moved : (size ? pointer : nullptr)); // a failed realloc keeps the block
  return moved;
}

void free(void* pointer) {
  count_release(pointer);
  real_free(pointer);
}

void* memalign(size_t alignment, size_t size) {
  void* pointer = real_memalign(alignment, size);
  count_allocation(pointer);
  return pointer;
}

void* aligned_alloc(size_t alignment, size_t size) { return memalign(alignment, size); }

int posix_memalign(void** result, size_t alignment, size_t size) {
  if (alignment < sizeof(void*) || (alignment & (alignment - 1)) != 0) return EINVAL;
  void* pointer = memalign(alignment, size);
  if (!pointer) return ENOMEM;
  *result = pointer;
  return 0;
}

} // extern "C"

// C++ allocations through the wrappers too: mimalloc defines operator new and delete itself
// (straight to mi_new, not through malloc), which would hide every C++ allocation.
void* operator new(size_t size) {
  if (void* pointer = malloc(size)) return pointer;
  throw std::bad_alloc();
}
void* operator new[](size_t size) { return operator new(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return malloc(size); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return malloc(size); }
void* operator new(size_t size, std::align_val_t alignment) {
  if (void* pointer = memalign(size_t(alignment), size)) return pointer;
  throw std::bad_alloc();
}
void* operator new[](size_t size, std::align_val_t alignment) { return operator new(size, alignment); }
void operator delete(void* pointer) noexcept { free(pointer); }
void operator delete[](void* pointer) noexcept { free(pointer); }
void operator delete(void* pointer, size_t) noexcept { free(pointer); }
void operator delete[](void* pointer, size_t) noexcept { free(pointer); }
void operator delete(void* pointer, std::align_val_t) noexcept { free(pointer); }
void operator delete[](void* pointer, std::align_val_t) noexcept { free(pointer); }
void operator delete(void* pointer, size_t, std::align_val_t) noexcept { free(pointer); }
void operator delete[](void* pointer, size_t, std::align_val_t) noexcept { free(pointer); }

namespace cvport::bench {

HeapPeak::HeapPeak() {
  current_bytes.store(0);
  peak_held_bytes.store(0);
  counting.store(true);
}

HeapPeak::~HeapPeak() { counting.store(false); }

int64_t HeapPeak::peak_bytes() const { return peak_held_bytes.load(); }

} // namespace cvport::bench
