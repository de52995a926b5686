// libFuzzer target: any bytes as a cvport source file (YAML or JSON). The reader must never
// crash, hang or leak, and whatever it accepts must survive the canonical JSON round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cvport/model_json.hpp"
#include "cvport/pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  cvport::LoadedCv loaded = cvport::load_native_text(text, "fuzz.yaml");
  if (!loaded.cv) return 0;
  std::string canonical = cvport::to_canonical_text(*loaded.cv);
  cvport::LoadedCv again = cvport::load_native_text(canonical, "fuzz.cvport.json");
  if (!again.cv || !(*again.cv == *loaded.cv)) std::abort(); // the canonical form must read back the same
  return 0;
}
