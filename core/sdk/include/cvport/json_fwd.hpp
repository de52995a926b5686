// The JSON type the SDK passes options and model JSON in, named without its definition: a header
// that only holds a `const Json&` includes this rather than nlohmann/json.hpp, one of the
// costliest headers to compile. Whoever reads or builds a value includes cvport/model_json.hpp
// (or nlohmann/json.hpp) as well.
#ifndef CVPORT_JSON_FWD_HPP
#define CVPORT_JSON_FWD_HPP

#include <nlohmann/json_fwd.hpp>

namespace cvport {

// Ordered, so that options and extra members keep the order they were written in.
// cvport/model_json.hpp declares the same alias: C++ allows an alias to be declared again for
// the same type, and a mismatch would not compile.
using Json = nlohmann::ordered_json;

} // namespace cvport

#endif // CVPORT_JSON_FWD_HPP
