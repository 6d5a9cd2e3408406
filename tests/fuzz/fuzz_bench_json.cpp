// bench.json as a continued bench compares it with its plan.
#include "FuzzSupport.h"
#include "grindstone/bench/BenchPlan.h"

using namespace grindstone;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const BenchPlan plan = [] {
        BenchRequest request;
        request.methods = {"triplet", "two-stage"};
        request.miners = {"random"};
        request.seeds = 2;
        return makeBenchPlan(request);
    }();
    return fuzz::refuseOrRead(
        [&] { benchPlanDifferences(fuzz::text(data, size), "bench.json", plan); });
}
