#pragma once

#include <cstdint>

namespace grindstone::evaluation {

/// Extra room `gatherBelow` may write past the last kept candidate.
constexpr int64_t kGatherSlack = 16;

/// Bit of a gathered index that says the candidate is of the query's class.
constexpr uint32_t kRelevantBit = 0x80000000u;

/// The query's side of a gather.
struct GatherQuery {
    float limit;    ///< keys above it are dropped (NaN never passes)
    float floor;    ///< kept keys below it are raised to it: the key of distance 0
    int32_t label;  ///< the query's class
};

/// Appends every j < count with keys[j] <= query.limit as the candidate
/// (max(keys[j], query.floor), first + j) to outKeys / outIndex, the index tagged with
/// kRelevantBit when labels[j] == query.label; returns how many, and lowers `lowest` to the
/// smallest kept key. The outputs need room for count + kGatherSlack values. Uses AVX-512
/// compression where the CPU has it (unless GRINDSTONE_EVAL_SCALAR is set in the environment,
/// which tests use to cover the plain path).
int64_t gatherBelow(const float* keys, const int32_t* labels, int64_t count, uint32_t first,
                    const GatherQuery& query, float* outKeys, uint32_t* outIndex, float* lowest);

}  // namespace grindstone::evaluation
