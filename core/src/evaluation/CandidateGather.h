#pragma once

#include <cstdint>

namespace grindstone::evaluation {

/// Extra room `gatherBelow` may write past the last kept candidate.
constexpr int64_t kGatherSlack = 16;

/// Bit of a gathered index that says the candidate is of the query's class.
constexpr uint32_t kRelevantBit = 0x80000000u;

/// Appends every j < count with keys[j] <= limit (NaN never passes) as the candidate
/// (max(keys[j], floor), first + j) to outKeys / outIndex, the index tagged with kRelevantBit
/// when labels[j] == label; returns how many. The outputs need room for count + kGatherSlack
/// values. Uses AVX-512 compression where the CPU has it (unless GRINDSTONE_EVAL_SCALAR is set
/// in the environment, which tests use to cover the plain path).
int64_t gatherBelow(const float* keys, const int32_t* labels, int64_t count, float limit,
                    float floor, int32_t label, uint32_t first, float* outKeys, uint32_t* outIndex);

}  // namespace grindstone::evaluation
