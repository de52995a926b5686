// The benchmark of `cvport orcid plan`: the example CV's ORCID bundle against a record of 200
// works (issue 13: under 10 ms).
#ifndef CVPORT_BENCH_ORCID_PLAN_BENCH_HPP
#define CVPORT_BENCH_ORCID_PLAN_BENCH_HPP

#include "bench_inputs.hpp"

namespace cvport::bench {

// Registers "orcid-plan/example/record-200-works" when the orcid format is loaded.
void register_orcid_plan(BenchInputs& inputs);

} // namespace cvport::bench

#endif
